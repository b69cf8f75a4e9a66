import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { ownedSheets } from '../../src/core/ownership';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { definedNames } from '../../src/xlsx/names';
import { SheetConflictError, TableNameConflictError } from '../../src/xlsx/errors';
import { fixtureList } from '../core/workbook/fixture';

const options = { today: '2026-11-29', sourceName: 'a.txt', generatedAt: 'then' };
const ledgerPlan = buildLedgerWorkbookPlan(fixtureList, options);

function summaryPlan(name: string, value: string): WorkbookPlan {
  const sheet: SheetPlan = {
    name,
    rows: [[{ text: value }]],
    columns: [{ width: 10 }],
    styles: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
  };
  return { sheets: [sheet] };
}

/** Saves and reloads, so every assertion is about what a file really holds. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

function names(wb: ExcelJS.Workbook): [string, string][] {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  return model.map((n) => [n.name, n.ranges.join(',')]);
}

function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const mine = wb.addWorksheet('我的统计');
  mine.getCell('A1').value = '自己的表';
  mine.getCell('B2').value = 42;
  mine.getCell('B3').value = { formula: 'B2*2', result: 84 } as ExcelJS.CellFormulaValue;
  wb.definedNames.add("'我的统计'!$B$2", 'MyTotal');
  return wb;
}

describe('applyPlan', () => {
  it('adds the plan to a workbook after the user sheets and leaves them alone', async () => {
    const wb = userWorkbook();
    const result = applyPlan(wb, ledgerPlan);
    expect(result.sheets.map((s) => [s.name, s.action, s.rows])).toEqual([
      ['说明', 'created', ledgerPlan.sheets[0]?.rows.length],
      ['清单', 'created', 4],
      ['台账', 'created', 6],
      ['时间节点', 'created', 2],
      ['名录', 'created', 5],
    ]);
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual([
      '我的统计',
      '说明',
      '清单',
      '台账',
      '时间节点',
      '名录',
    ]);
    const mine = back.getWorksheet('我的统计');
    expect(mine?.getCell('A1').value).toBe('自己的表');
    expect(mine?.getCell('B3').formula).toBe('B2*2');
    expect(names(back)).toContainEqual(['MyTotal', "'我的统计'!$B$2"]);
  });

  it('replaces owned sheets in place and keeps user sheets, names and other owned sheets', async () => {
    const wb = userWorkbook();
    applyPlan(wb, ledgerPlan);
    applyPlan(wb, summaryPlan('领导汇总', 'v1'));
    wb.addWorksheet('后来的表').getCell('A1').value = 'later';
    // The user moves 台账 to the front: a rebuilt ledger stays where the user put it.
    const order = (n: string) => wb.getWorksheet(n) as ExcelJS.Worksheet & { orderNo: number };
    order('台账').orderNo = -1;
    const smaller = structuredClone(fixtureList);
    smaller.items = smaller.items.slice(0, 2);
    const before = await roundTrip(wb);
    const result = applyPlan(before, buildLedgerWorkbookPlan(smaller, options));
    expect(result.sheets.every((s) => s.action === 'replaced')).toBe(true);
    const back = await roundTrip(before);
    expect(back.worksheets.map((w) => w.name)).toEqual([
      '台账',
      '我的统计',
      '说明',
      '清单',
      '时间节点',
      '名录',
      '领导汇总',
      '后来的表',
    ]);
    expect(back.getWorksheet('台账')?.actualRowCount).toBe(4);
    expect(back.getWorksheet('后来的表')?.getCell('A1').value).toBe('later');
    expect(back.getWorksheet('领导汇总')?.getCell('A1').value).toBe('v1');
    expect(names(back)).toEqual([
      ['MyTotal', "'我的统计'!$B$2"],
      ['RECTIFY_OWNED_1', "'台账'!$A$1"],
      ['RECTIFY_OWNED_2', "'说明'!$A$1"],
      ['RECTIFY_OWNED_3', "'清单'!$A$1"],
      ['RECTIFY_OWNED_4', "'时间节点'!$A$1"],
      ['RECTIFY_OWNED_5', "'名录'!$A$1"],
      ['RECTIFY_OWNED_6', "'领导汇总'!$A$1"],
    ]);
  });

  it('gives the same file when run twice', async () => {
    const once = new ExcelJS.Workbook();
    applyPlan(once, ledgerPlan);
    const twice = await roundTrip(once);
    applyPlan(twice, ledgerPlan);
    const a = await roundTrip(once);
    const b = await roundTrip(twice);
    expect(b.worksheets.map((w) => [w.name, w.getSheetValues()])).toEqual(
      a.worksheets.map((w) => [w.name, w.getSheetValues()]),
    );
    expect(names(b)).toEqual(names(a));
  });

  it('refuses, naming the sheet and changing nothing, when a user sheet has a wanted name', () => {
    const wb = userWorkbook();
    wb.addWorksheet('台账').getCell('A1').value = '用户自己的台账';
    let error: unknown;
    try {
      applyPlan(wb, ledgerPlan);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SheetConflictError);
    expect((error as SheetConflictError).sheets).toEqual(['台账']);
    expect((error as Error).message).toContain('“台账”');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['我的统计', '台账']);
    expect(wb.getWorksheet('台账')?.getCell('A1').value).toBe('用户自己的台账');
    expect(names(wb)).toEqual([['MyTotal', "'我的统计'!$B$2"]]);
  });

  it('refuses when a user sheet holds a table with a name the plan needs', async () => {
    const wb = userWorkbook();
    wb.getWorksheet('我的统计')?.addTable({
      name: 'ledger',
      ref: 'D1',
      columns: [{ name: '列' }],
      rows: [['值']],
    });
    const reloaded = await roundTrip(wb);
    expect(() => applyPlan(reloaded, ledgerPlan)).toThrow(TableNameConflictError);
    expect(() => applyPlan(reloaded, ledgerPlan)).toThrow(/我的统计/);
    expect(reloaded.worksheets.map((w) => w.name)).toEqual(['我的统计']);
  });

  it('matches an owned sheet whatever its case and takes the plan spelling', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, summaryPlan('summary', 'old'));
    applyPlan(wb, summaryPlan('Summary', 'new'));
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => [w.name, w.getCell('A1').value])).toEqual([
      ['Summary', 'new'],
    ]);
    expect(ownedSheets(definedNames(back))).toEqual(['Summary']);
  });

  it('marks sheets with quotes, spaces and digits in their names so they read back', async () => {
    const wb = new ExcelJS.Workbook();
    const hostile = ["汇总-O'Brien", '汇总 张三', '2024', 'A1'];
    for (const name of hostile) applyPlan(wb, summaryPlan(name, name));
    const back = await roundTrip(wb);
    expect(ownedSheets(definedNames(back))).toEqual(hostile);
    applyPlan(back, summaryPlan("汇总-O'Brien", 'again'));
    const again = await roundTrip(back);
    expect(again.worksheets.map((w) => w.name)).toEqual(hostile);
    expect(again.getWorksheet("汇总-O'Brien")?.getCell('A1').value).toBe('again');
  });
});
