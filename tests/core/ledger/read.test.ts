import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../../src/core/grid';
import { LEDGER_COLUMNS, splitNames } from '../../../src/core/ledger/model';
import { readLedger } from '../../../src/core/ledger/read';
import { ledgerCell } from '../../../src/core/ledger/row';

const H = [...LEDGER_COLUMNS];

function row(values: Partial<Record<string, GridCell>>, headers: readonly string[] = H) {
  return headers.map((h) => values[h.replace(/\s+/g, '')] ?? null);
}

describe('readLedger', () => {
  it('reads every field of a row by header name', () => {
    const reading = readLedger({
      sheet: '台账',
      rows: [
        H,
        row({
          问题序号: 3,
          措施序号: '一.1',
          整改措施: '  建立台账 ',
          责任单位: '县住建局、县水利局',
          督办县领导: '张三，李四',
          整改时限: '2022年6月30日前',
          截止日期: { date: '2022-06-30' },
          状态: ' 已完成 ',
          完成日期: '2022/6/28',
          整改进展: '已完成',
          佐证材料: '文件1',
          更新日期: 44742,
          备注: 'x',
        }),
      ],
    });
    expect(reading.missingColumns).toEqual([]);
    expect(reading.headerRow).toBe(0);
    expect(reading.columns['状态']).toBe(7);
    expect(reading.rows).toHaveLength(1);
    const r = reading.rows[0]!;
    expect(r).toMatchObject({
      row: 2,
      item: 3,
      measure: '一.1',
      measureText: '建立台账',
      units: ['县住建局', '县水利局'],
      leaders: ['张三', '李四'],
      deadlineText: '2022年6月30日前',
      deadline: '2022-06-30',
      status: '已完成',
      doneDate: '2022-06-28',
      progress: '已完成',
      evidence: '文件1',
      updated: '2022-06-30',
      note: 'x',
    });
    expect(ledgerCell(r, '完成日期')).toBe('2022/6/28');
  });

  it('finds reordered columns, headers with stray whitespace, and ignores extra columns', () => {
    const headers = [
      '备注',
      '自编号',
      ' 状 态 ',
      '问题\n序号',
      ...H.filter((h) => !['备注', '状态', '问题序号'].includes(h)),
    ];
    const reading = readLedger({
      sheet: '台账',
      rows: [headers, row({ 问题序号: '７', 状态: '推进中', 自编号: 'A-1', 备注: 'n' }, headers)],
    });
    expect(reading.columns).toMatchObject({ 备注: 0, 状态: 2, 问题序号: 3 });
    expect(reading.columns['自编号']).toBeUndefined();
    expect(reading.missingColumns).toEqual([]);
    expect(reading.rows[0]).toMatchObject({ row: 2, item: 7, status: '推进中', note: 'n' });
  });

  it('skips blank rows and keeps the sheet row numbers of rows after them', () => {
    const reading = readLedger({
      sheet: '台账',
      rows: [
        H,
        row({ 问题序号: 1, 措施序号: '1' }),
        [],
        row({ 整改措施: '   ' }),
        [null, null],
        row({ 问题序号: 2, 措施序号: '1' }),
      ],
    });
    expect(reading.rows.map((r) => [r.row, r.item])).toEqual([
      [2, 1],
      [6, 2],
    ]);
  });

  it('treats a row with text only in an extra column as blank', () => {
    const headers = [...H, '说明'];
    const reading = readLedger({
      sheet: '台账',
      rows: [headers, row({ 说明: '以下为补充' }, headers), row({ 问题序号: 1 }, headers)],
    });
    expect(reading.rows.map((r) => r.row)).toEqual([3]);
  });

  it('reports missing columns and still reads the rest', () => {
    const headers = H.filter((h) => h !== '更新日期' && h !== '状态');
    const reading = readLedger({
      sheet: '台账',
      rows: [headers, row({ 问题序号: 1, 整改进展: 'p' }, headers)],
    });
    expect(reading.missingColumns).toEqual(['状态', '更新日期']);
    expect(reading.rows[0]).toMatchObject({ item: 1, progress: 'p', status: '', updated: null });
    expect(ledgerCell(reading.rows[0]!, '状态')).toBeNull();
  });

  it('finds the header below a title row', () => {
    const reading = readLedger({
      sheet: '台账',
      rows: [['某县整改台账'], H, row({ 问题序号: 4 })],
    });
    expect(reading.headerRow).toBe(1);
    expect(reading.rows[0]).toMatchObject({ row: 3, item: 4 });
  });

  it('keeps unreadable values as null fields but in cells, and reads error values as such', () => {
    const reading = readLedger({
      sheet: '台账',
      rows: [
        H,
        row({
          问题序号: '第三项',
          截止日期: '明年',
          完成日期: { error: '#VALUE!' },
          状态: { error: '#N/A' },
          措施序号: 2,
        }),
      ],
    });
    const r = reading.rows[0]!;
    expect(r.item).toBeNull();
    expect(r.deadline).toBeNull();
    expect(r.doneDate).toBeNull();
    expect(r.status).toBe('#N/A');
    expect(r.measure).toBe('2');
    expect(ledgerCell(r, '截止日期')).toBe('明年');
    expect(ledgerCell(r, '完成日期')).toEqual({ error: '#VALUE!' });
  });

  it('returns no rows for an empty grid or a sheet without any ledger header', () => {
    expect(readLedger({ sheet: '台账', rows: [] })).toEqual({
      rows: [],
      columns: {},
      missingColumns: H,
      headerRow: 0,
    });
    expect(
      readLedger({
        sheet: '台账',
        rows: [
          ['a', 'b'],
          [1, 2],
        ],
      }).rows,
    ).toEqual([]);
  });
});

describe('readLedger names', () => {
  it('splits 责任单位 and 督办县领导 exactly as splitNames does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('县住建局', ' 张三 ', '、', ',', '，', ';', '；', '\n', ' ', 'a'),
          {
            maxLength: 12,
          },
        ),
        (parts) => {
          const text = parts.join('');
          const r = readLedger({
            sheet: '台账',
            rows: [H, row({ 责任单位: text, 督办县领导: text, 问题序号: 1 })],
          });
          expect(r.rows[0]?.units).toEqual(splitNames(text.trim()));
          expect(r.rows[0]?.leaders).toEqual(splitNames(text));
        },
      ),
    );
  });
});
