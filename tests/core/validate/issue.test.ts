import { describe, expect, it } from 'vitest';
import { message } from '../../../src/core/i18n';
import type { Detail } from '../../../src/core/validate/issue';
import { cellFinding, sheetFinding, sortFindings } from '../../../src/core/validate/issue';

const detail: Detail = message('validate.badStatus', {
  status: '完成了',
  statuses: ['未启动', '已完成'],
  sheet: '名录',
  categoryColumn: '状态类别',
});
const ZH =
  '“完成了”不是有效状态，应为以下之一：未启动、已完成（新状态请加入名录并在“状态类别”列注明类别）。';
const EN =
  '"完成了" is not a status; expected one of: 未启动, 已完成 (add a new status to sheet 名录, with its category in column "状态类别").';
const at = (rowIndex: number, columnIndex: number, column = '状态', sheet = '台账') => ({
  sheet,
  rowIndex,
  columnIndex,
  column,
});

describe('a finding', () => {
  it('keeps its message as key and parameters, rendered with the cell prefix only when read', () => {
    let computed = 0;
    const counted: Detail = message('validate.duplicateKey', {
      item: 3,
      measure: '2',
      rows: () => {
        computed++;
        return [5, 9];
      },
    });
    const finding = cellFinding('error', 'duplicate-key', at(11, 7), '2', counted);
    expect(computed).toBe(0);
    expect(finding.detail).toBe(counted);
    expect(finding.cell).toBe('H12');
    expect(finding.row).toBe(12);
    expect(finding.message).toBe(
      '台账!H12（第12行“状态”）：问题序号 3 的措施序号“2”重复出现（另见第 5、9 行）；每条措施只应占一行。',
    );
    expect(finding.messageEn).toBe(
      '台账!H12 (row 12, 状态): item 3 measure "2" appears more than once (also row 5, 9); one row per measure.',
    );
    expect(computed).toBe(2);
  });

  it('has no prefix and no cell when it concerns a whole sheet', () => {
    const finding = sheetFinding('error', 'missing-column', '台账', '备注', detail);
    expect(finding).toMatchObject({ cell: '', row: 0, column: '备注', value: '' });
    expect(finding.message).toBe(ZH);
    expect(finding.messageEn).toBe(EN);
  });

  it('turns into the plain ValidationIssue, fields in contract order, for JSON', () => {
    const finding = cellFinding('warning', 'bad-status', at(1, 0, '问题序号'), 'x', detail);
    const plain = JSON.parse(JSON.stringify(finding)) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual([
      'severity',
      'code',
      'sheet',
      'cell',
      'row',
      'column',
      'value',
      'message',
      'messageEn',
    ]);
    expect(plain).toEqual({
      severity: 'warning',
      code: 'bad-status',
      sheet: '台账',
      cell: 'A2',
      row: 2,
      column: '问题序号',
      value: 'x',
      message: `台账!A2（第2行“问题序号”）：${ZH}`,
      messageEn: `台账!A2 (row 2, 问题序号): ${EN}`,
    });
  });

  it('compares equal to a finding that says the same', () => {
    const again: Detail = { ...detail };
    expect(cellFinding('error', 'c', at(1, 1), 'v', detail)).toEqual(
      cellFinding('error', 'c', at(1, 1), 'v', again),
    );
    expect(cellFinding('error', 'c', at(1, 1), 'v', detail)).not.toEqual(
      cellFinding('error', 'c', at(1, 2), 'v', detail),
    );
  });
});

describe('sortFindings', () => {
  it('orders by workbook sheet order (absent sheets last, as found), row, column, errors first', () => {
    const f = (severity: 'error' | 'warning', code: string, ...where: Parameters<typeof at>) =>
      cellFinding(severity, code, at(...where), '', detail);
    const sorted = sortFindings(
      [
        f('warning', 'w-late', 4, 2),
        f('warning', 'gone', 0, 0, '', '不存在'),
        f('warning', 'w-first', 1, 3),
        f('error', 'e-same-cell', 1, 3),
        f('warning', 'list', 2, 0, '', '清单'),
        f('warning', 'w-second', 1, 3),
        sheetFinding('error', 'sheet', '台账', '备注', detail),
        f('error', 'left', 1, 0),
      ],
      ['清单', '台账'],
    );
    expect(sorted.map((s) => s.code)).toEqual([
      'list',
      'sheet',
      'left',
      'e-same-cell',
      'w-first',
      'w-second',
      'w-late',
      'gone',
    ]);
  });
});
