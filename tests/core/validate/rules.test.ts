import { describe, expect, it } from 'vitest';
import { excelSerialFromIso } from '../../../src/core/dates';
import { LEDGER_COLUMNS, REMOVED_FROM_LIST_MARKER, SHEETS } from '../../../src/core/ledger/model';
import type { ValidationReport } from '../../../src/core/validate/types';
import { validateWorkbook } from '../../../src/core/validate/validate';
import type { FixtureOptions, Row } from './fixture';
import { TODAY, fixture, goodRow, utc } from './fixture';

async function check(options: FixtureOptions, staleDays = 90): Promise<ValidationReport> {
  return validateWorkbook(await fixture(options), { today: TODAY, staleDays });
}

/** `severity code@cell` for every issue, in report order. */
function found(report: ValidationReport): string[] {
  return report.issues.map((i) => `${i.severity} ${i.code}@${i.sheet}!${i.cell}`);
}

async function one(overrides: Row, staleDays = 90): Promise<string[]> {
  return found(await check({ rows: [goodRow('1', overrides)] }, staleDays));
}

describe('validateWorkbook on real .xlsx fixtures', () => {
  it('finds nothing in a clean ledger', async () => {
    const report = await check({ rows: [goodRow('1'), goodRow('2'), goodRow('3')] });
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ today: TODAY, errors: 0, warnings: 0 });
  });

  it('missing-sheet: a workbook without 台账', async () => {
    const report = await check({
      rows: [],
      edit: (ledger, wb) => wb.removeWorksheet(ledger.id),
    });
    expect(found(report)).toEqual(['error missing-sheet@台账!']);
    expect(report.issues[0]?.message).toContain('找不到“台账”工作表');
  });

  it('missing-column: each absent column once, and the other rules still run', async () => {
    const headers = LEDGER_COLUMNS.filter((h) => h !== '状态' && h !== '备注');
    const report = await check({ headers, rows: [goodRow('1', { 整改措施: null })] });
    expect(found(report)).toEqual([
      'error missing-column@台账!',
      'error missing-column@台账!',
      'error required@台账!C2',
    ]);
    expect(report.issues.slice(0, 2).map((i) => i.column)).toEqual(['状态', '备注']);
  });

  describe('required', () => {
    it('points at the empty cell, also in rows after blank rows', async () => {
      const report = await check({
        rows: [
          goodRow('1', { 整改措施: '  ' }),
          null,
          null,
          goodRow('2', { 状态: null, 责任单位: null }),
        ],
      });
      expect(found(report)).toEqual([
        'error required@台账!C2',
        'error required@台账!D5',
        'error required@台账!H5',
      ]);
      expect(report.issues[2]).toMatchObject({ row: 5, column: '状态', value: '' });
    });

    it('reports the lower cells of a merged 问题序号 (their value is only in the top-left)', async () => {
      const report = await check({
        rows: [goodRow('1'), goodRow('2', { 问题序号: null }), goodRow('3', { 问题序号: null })],
        edit: (ledger) => ledger.mergeCells('A2:A4'),
      });
      expect(found(report)).toEqual(['error required@台账!A3', 'error required@台账!A4']);
      expect(report.issues[0]?.message).toContain('合并单元格');
    });
  });

  it('unknown-item: a number not in 清单, or not a number', async () => {
    expect(await one({ 问题序号: 9 })).toEqual(['error unknown-item@台账!A2']);
    const report = await check({ rows: [goodRow('1', { 问题序号: '第二项' })] });
    expect(report.issues[0]).toMatchObject({ code: 'unknown-item', cell: 'A2', value: '第二项' });
    expect(await one({ 问题序号: '２' })).toEqual([]);
  });

  it('duplicate-key: both rows of a repeated 问题序号 + 措施序号', async () => {
    const report = await check({
      rows: [goodRow('1'), goodRow('2'), null, goodRow('1', { 问题序号: '2' })],
    });
    expect(found(report)).toEqual(['error duplicate-key@台账!B2', 'error duplicate-key@台账!B5']);
    expect(report.issues[0]?.message).toContain('另见第 5 行');
    expect(report.issues[1]?.message).toContain('另见第 2 行');
  });

  it('duplicate-key: every row of a pair repeated three times, pointing at the others', async () => {
    const report = await check({ rows: [goodRow('3'), goodRow('3'), goodRow('4'), goodRow('3')] });
    expect(found(report)).toEqual([
      'error duplicate-key@台账!B2',
      'error duplicate-key@台账!B3',
      'error duplicate-key@台账!B5',
    ]);
    expect(report.issues[1]?.message).toContain('另见第 2、5 行');
  });

  describe('dates', () => {
    it.each(['2022年2月30日', '明年', '2022-13-01'])('bad-date: %s in 截止日期', async (text) => {
      const report = await check({ rows: [goodRow('1', { 截止日期: text })] });
      expect(found(report)).toEqual(['error bad-date@台账!G2']);
      expect(report.issues[0]).toMatchObject({ value: text, column: '截止日期' });
    });

    it('bad-date in 完成日期 and 更新日期 is not also a done/stale finding', async () => {
      expect(await one({ 完成日期: '上月', 更新日期: '2026-11-31' })).toEqual([
        'error bad-date@台账!I2',
        'error bad-date@台账!L2',
      ]);
    });

    it.each([
      ['2026/12/31'],
      ['2026-12-31'],
      ['2026年12月31日'],
      ['2026.12.31'],
      [excelSerialFromIso('2026-12-31')],
    ])('reads %s in 截止日期 as the date it is', async (value) => {
      expect(await one({ 截止日期: value })).toEqual([]);
    });

    it('future-date: 完成日期 and 更新日期 after today', async () => {
      expect(
        await one({ 状态: '已完成', 完成日期: utc('2026-11-30'), 更新日期: '2026/12/1' }),
      ).toEqual(['error future-date@台账!I2', 'error future-date@台账!L2']);
      expect(await one({ 状态: '已完成', 完成日期: utc(TODAY), 更新日期: utc(TODAY) })).toEqual([]);
    });

    it('done-without-date and date-without-done', async () => {
      expect(await one({ 状态: '已销号', 完成日期: null })).toEqual([
        'error done-without-date@台账!I2',
      ]);
      expect(await one({ 完成日期: '2026年11月1日' })).toEqual([
        'warning date-without-done@台账!I2',
      ]);
    });
  });

  it('bad-status: a status not in 名录', async () => {
    const report = await check({ rows: [goodRow('1', { 状态: '完成' })] });
    expect(found(report)).toEqual(['error bad-status@台账!H2']);
    expect(report.issues[0]?.message).toBe(
      '台账!H2（第2行“状态”）：“完成”不是有效状态，应为以下之一：未启动、推进中、持续推进、已完成、已销号（新状态请加入名录并在“状态类别”列注明类别）。',
    );
    expect(report.issues[0]?.messageEn).toContain('"完成" is not a status');
  });

  describe('overdue and progress', () => {
    const late = { 问题序号: 1, 截止日期: utc('2026-06-30') };

    it('overdue-no-progress: past the deadline, not done, nothing in 整改进展', async () => {
      const report = await check({ rows: [goodRow('1', { ...late, 整改进展: null })] });
      expect(found(report)).toEqual(['error overdue-no-progress@台账!J2']);
      expect(report.issues[0]?.message).toContain('截止日期 2026-06-30 已过 152 天');
    });

    it('overdue: the same row explained is a warning on 截止日期', async () => {
      expect(await one({ ...late, 整改进展: '因汛期延后' })).toEqual(['warning overdue@台账!G2']);
      expect(await one({ ...late, 状态: '已完成', 完成日期: utc('2026-06-01') })).toEqual([]);
      expect(await one({ 问题序号: 3, 截止日期: utc(TODAY), 整改进展: null })).toEqual([
        'warning no-progress@台账!J2',
      ]);
    });

    it('no-progress: 推进中 or 持续推进 with an empty 整改进展', async () => {
      expect(await one({ 整改进展: ' ' })).toEqual(['warning no-progress@台账!J2']);
      expect(await one({ 状态: '持续推进', 整改进展: null })).toEqual([
        'warning no-progress@台账!J2',
      ]);
      expect(await one({ 状态: '未启动', 整改进展: null })).toEqual([]);
    });

    it('stale: never updated, or longer ago than the window', async () => {
      expect(await one({ 更新日期: null })).toEqual(['warning stale@台账!L2']);
      expect(await one({ 更新日期: utc('2026-08-30') })).toEqual(['warning stale@台账!L2']);
      expect(await one({ 更新日期: utc('2026-08-31') })).toEqual([]);
      expect(await one({ 更新日期: utc('2026-10-29') }, 30)).toEqual(['warning stale@台账!L2']);
      expect(await one({ 更新日期: null, 状态: '已完成', 完成日期: utc('2026-01-01') })).toEqual(
        [],
      );
    });
  });

  it('unknown-leader (error) and unknown-unit (warning) name the unknown names', async () => {
    const report = await check({
      rows: [goodRow('1', { 督办县领导: '张三、王五', 责任单位: '县住建局，县财政局' })],
    });
    expect(found(report)).toEqual(['warning unknown-unit@台账!D2', 'error unknown-leader@台账!E2']);
    expect(report.issues[1]?.message).toContain('“王五”不在名录的督办县领导中');
    expect(report.issues[0]?.message).toContain('“县财政局”');
  });

  it('deadline-mismatch: neither the item deadline nor a milestone of the measure', async () => {
    expect(await one({ 截止日期: utc('2026-12-30') })).toEqual([
      'warning deadline-mismatch@台账!G2',
    ]);
    expect(await one({ 措施序号: '3', 截止日期: utc('2026-12-15') })).toEqual([]);
    expect(await one({ 措施序号: '4', 截止日期: utc('2026-12-15') })).toEqual([
      'warning deadline-mismatch@台账!G2',
    ]);
    // Item 3 has no date in 清单 and no milestones: nothing to compare with.
    expect(await one({ 问题序号: 3, 截止日期: utc('2027-01-01') })).toEqual([]);
  });

  it('rows marked removed from the list raise neither duplicate-key nor deadline-mismatch', async () => {
    // A re-import kept old measure 2-1 (its key unchanged) after the list renumbered another
    // measure to 2-1: the pair collides, and the old row's deadline belongs to the old item.
    const removed = goodRow('1', {
      整改措施: `${REMOVED_FROM_LIST_MARKER}旧措施1`,
      截止日期: utc('2026-12-30'),
    });
    expect(found(await check({ rows: [goodRow('1'), removed] }))).toEqual([]);
    // The same row unmarked is a live measure, and both rules see it.
    const live = goodRow('1', { 整改措施: '旧措施1', 截止日期: utc('2026-12-30') });
    expect(found(await check({ rows: [goodRow('1'), live] }))).toEqual([
      'error duplicate-key@台账!B2',
      'error duplicate-key@台账!B3',
      'warning deadline-mismatch@台账!G3',
    ]);
    // Live rows that repeat a key are still reported, whatever removed rows share it.
    expect(found(await check({ rows: [goodRow('1'), removed, goodRow('1')] }))).toEqual([
      'error duplicate-key@台账!B2',
      'error duplicate-key@台账!B4',
    ]);
  });

  it('cell-error: error values anywhere in 台账, reported once', async () => {
    const headers = [...LEDGER_COLUMNS, '自查'];
    const report = await check({
      headers,
      rows: [
        goodRow('1', { 状态: { error: '#N/A' }, 更新日期: { error: '#VALUE!' } }),
        goodRow('2', { 自查: { formula: '1/0', result: { error: '#DIV/0!' } } }),
      ],
      edit: (ledger) => {
        ledger.getCell('D3').value = { formula: 'X1', result: { error: '#REF!' } };
      },
    });
    expect(found(report)).toEqual([
      'error cell-error@台账!H2',
      'error cell-error@台账!L2',
      'error cell-error@台账!D3',
      'error cell-error@台账!N3',
    ]);
    expect(report.issues.map((i) => [i.column, i.value])).toEqual([
      ['状态', '#N/A'],
      ['更新日期', '#VALUE!'],
      ['责任单位', '#REF!'],
      ['自查', '#DIV/0!'],
    ]);
  });

  it('finds columns by name when reordered, spaced and mixed with extra columns', async () => {
    const headers = [
      '备 注',
      '自编号',
      '状态 ',
      ...LEDGER_COLUMNS.filter((h) => h !== '备注' && h !== '状态'),
    ];
    const report = await check({
      headers,
      rows: [goodRow('1', { 自编号: 'X-1' }), null, goodRow('2', { 状态: '办结', 整改进展: null })],
    });
    // 状态 is column C, 整改进展 is now column L.
    expect(found(report)).toEqual(['error bad-status@台账!C4']);
    const headers2 = [...headers];
    const r2 = await check({
      headers: headers2,
      rows: [goodRow('1', { 整改进展: null })],
    });
    expect(found(r2)).toEqual(['warning no-progress@台账!L2']);
  });

  it('skips the checks of a missing reference sheet with one warning each', async () => {
    const rows = [
      goodRow('1', { 问题序号: 9, 督办县领导: '王五', 状态: '办结' }),
      goodRow('2', { 问题序号: 8, 督办县领导: '赵六' }),
    ];
    const report = await check({ rows, omit: [SHEETS.items, SHEETS.lists] });
    expect(found(report)).toEqual([
      'error bad-status@台账!H2',
      'warning missing-reference@清单!',
      'warning missing-reference@名录!',
    ]);
    expect(report.issues[1]?.message).toContain('已跳过');
    const noMilestones = await check({
      rows: [goodRow('1', { 截止日期: utc('2027-03-01') })],
      omit: [SHEETS.milestones],
    });
    expect(found(noMilestones)).toEqual(['warning missing-reference@时间节点!']);
  });

  it('orders issues by sheet, row and column, errors before warnings in one cell', async () => {
    const report = await check({
      rows: [
        goodRow('1', { 更新日期: null, 状态: '完成', 整改进展: null }),
        goodRow('2', { 责任单位: '县外单位', 问题序号: 0 }),
      ],
    });
    expect(found(report)).toEqual([
      'error bad-status@台账!H2',
      'warning stale@台账!L2',
      'error unknown-item@台账!A3',
      'warning unknown-unit@台账!D3',
    ]);
    expect(report).toMatchObject({ errors: 2, warnings: 2 });
  });
});
