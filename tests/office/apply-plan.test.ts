import { describe, expect, it } from 'vitest';
import { SHEETS, TABLES } from '../../src/core/ledger/model';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { applyPlan } from '../../src/office/apply-plan';
import { SheetConflictError, TableNameConflictError } from '../../src/office/errors';
import { ExcelDouble } from '../support/excel-double';
import { TODAY, seedList } from './fixtures';

const options = { today: TODAY, sourceName: 'seed', generatedAt: '2025-01-01 09:00' };

function sheet(name: string, rows: SheetPlan['rows'], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    rows,
    columns: [],
    styles: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    ...extra,
  };
}

describe('applyPlan on the Excel double', () => {
  it('lays out the seed ledger workbook in one look and one write request', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const plan = buildLedgerWorkbookPlan(seedList(), options);
    const result = await excel.run((context) => applyPlan(context, plan));

    expect(excel.workbook.sheetNames()).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
    expect(excel.syncCount).toBe(2);
    expect(result.syncs).toBe(2);
    expect(excel.requests[1]?.calculationSuspended).toBe(true);
    expect(result.owned).toEqual(plan.sheets.map((s) => s.name));

    // Every plan cell arrived, as Excel reports it.
    for (const sheetPlan of plan.sheets) {
      const model = excel.workbook.sheet(sheetPlan.name);
      sheetPlan.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const got = model.cell(r, c);
          if (cell === null) return expect(got?.value ?? '').toBe('');
          if ('text' in cell) return expect(got?.value).toBe(cell.text);
          if ('number' in cell) return expect(got?.value).toBe(cell.number);
          if ('date' in cell) {
            expect(got?.numberFormat).toMatch(/y/);
            return expect(typeof got?.value).toBe('number');
          }
          return undefined;
        }),
      );
      expect(model.validations).toHaveLength(sheetPlan.validations.length);
      expect(model.conditionalFormats.map((f) => f.formula)).toEqual(
        [...sheetPlan.conditionalFormats]
          .sort((a, b) => a.priority - b.priority)
          .map((f) => `=${f.formula}`),
      );
      if (sheetPlan.freeze) expect(model.freeze).toEqual(sheetPlan.freeze);
      // Widths in points, as Office.js takes them (7 px a character, 0.75 pt a pixel).
      sheetPlan.columns.forEach((column, c) => {
        const width = model.formatAt(`${String.fromCharCode(65 + c)}1`, 'columnWidth') as number;
        expect(width / 0.75 / 7).toBeCloseTo(column.width, 0);
      });
      if (sheetPlan.tabColor) expect(model.tabColor).toBe(sheetPlan.tabColor);
    }
    const ledgerPlan = plan.sheets.find((s) => s.name === SHEETS.ledger);
    const ledgerTable = excel.workbook.findTable(TABLES.ledger);
    expect(ledgerTable?.sheet.name).toBe(SHEETS.ledger);
    expect(ledgerTable?.style).toBe(ledgerPlan?.table?.style);

    // Ownership in the names the xlsx shell reads: RECTIFY_OWNED_n → the sheet's A1.
    expect(excel.workbook.names.map((n) => [n.name, excel.workbook.nameFormula(n)])).toEqual(
      plan.sheets.map((s, i) => [`RECTIFY_OWNED_${i + 1}`, `=${s.name}!$A$1`]),
    );
  });

  it('converts stored column widths to points with the pixels a .xlsx of that width shows', async () => {
    const { widthInPoints } = await import('../../src/office/sheet-format');
    // Excel's default column: stored width 9.140625 (shown as 8.43) is 64 px = 48 pt.
    expect(widthInPoints(9.140625)).toBe(48);
    // ExcelJS writes `width: 10` as stored width 10: 70 px = 52.5 pt.
    expect(widthInPoints(10)).toBe(52.5);
  });

  it('keeps document text as text, whatever it looks like', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const tricky = [
      '=SUM(A1)',
      '+86 0743',
      '-整改',
      '@张三',
      '001',
      '2023-12-31',
      'TRUE',
      '#N/A',
      '2023年12月31日',
      ' 前导空格',
      '整改=完成',
    ];
    await excel.run((context) =>
      applyPlan(context, {
        sheets: [
          sheet(
            '说明',
            tricky.map((t) => [{ text: t }]),
          ),
        ],
      }),
    );
    tricky.forEach((t, r) => {
      const cell = excel.workbook.sheet('说明').cell(r, 0);
      expect(cell?.value).toBe(t);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.error).toBeUndefined();
    });
    // Chinese text is written as is; only what Excel could misread gets the apostrophe.
    expect(excel.workbook.sheet('说明').cell(10, 0)?.quotePrefix).toBeUndefined();
  });

  it('writes links as real in-workbook hyperlinks and formulas as formulas', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run((context) =>
      applyPlan(context, {
        sheets: [
          sheet('校验结果', [
            [
              { link: { text: '台账!H12 "状态"', target: "'台账'!H12" } },
              { formula: 'COUNTA(A:A)' },
            ],
          ]),
        ],
      }),
    );
    const link = excel.workbook.cellAt('校验结果', 'A1');
    expect(link?.formula).toBeUndefined();
    expect(excel.workbook.sheet('校验结果').hyperlinks.get('A1')).toEqual({
      documentReference: "'台账'!H12",
      textToDisplay: '台账!H12 "状态"',
    });
    expect(link?.value).toBe('台账!H12 "状态"');
    expect(excel.workbook.cellAt('校验结果', 'B1')?.formula).toBe('=COUNTA(A:A)');
  });

  it('re-runs in place: same positions, one table, the same marks and names', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const plan = buildLedgerWorkbookPlan(seedList(), options);
    await excel.run((context) => applyPlan(context, plan));
    // The user moves 台账 to the front: a re-run keeps it there.
    const ledger = excel.workbook.sheet(SHEETS.ledger);
    excel.workbook.sheets.splice(excel.workbook.sheets.indexOf(ledger), 1);
    excel.workbook.sheets.unshift(ledger);
    const before = excel.workbook.sheetNames();
    excel.resetRequests();
    const result = await excel.run((context) => applyPlan(context, plan));
    expect(excel.workbook.sheetNames()).toEqual(before);
    expect(result.sheets.every((s) => s.action === 'replaced')).toBe(true);
    expect(excel.syncCount).toBe(3); // look, write (with the backups), remove the backups
    expect(excel.workbook.tables.map((t) => t.name).sort()).toEqual(
      plan.sheets.flatMap((s) => (s.table ? [s.table.name] : [])).sort(),
    );
    for (const sheetPlan of plan.sheets) {
      const model = excel.workbook.sheet(sheetPlan.name);
      expect(model.conditionalFormats).toHaveLength(sheetPlan.conditionalFormats.length);
      expect(model.validations).toHaveLength(sheetPlan.validations.length);
    }
    expect(excel.workbook.names).toHaveLength(plan.sheets.length);
  });

  it('recognises a workbook made by the xlsx shell (quoted ownership references)', async () => {
    const excel = new ExcelDouble(['说明', '台账']);
    excel.workbook.addName('RECTIFY_OWNED_1', "='说明'!$A$1", '');
    excel.workbook.addName('RECTIFY_OWNED_2', "='台账'!$A$1", '');
    excel.workbook.sheet('台账').ensureCell(5, 5).value = 'old';
    await excel.run((context) =>
      applyPlan(context, { sheets: [sheet('台账', [[{ text: '问题序号' }]])] }),
    );
    expect(excel.workbook.sheetNames()).toEqual(['说明', '台账']);
    expect(excel.workbook.cellAt('台账', 'F6')?.value).toBe('');
    // 说明 stays owned although this plan did not touch it.
    expect(excel.workbook.names.map((n) => excel.workbook.nameFormula(n))).toEqual([
      '=说明!$A$1',
      '=台账!$A$1',
    ]);
  });

  it("never touches a user's sheet or table: it stops before changing anything", async () => {
    const excel = new ExcelDouble(['台账', '我的表']);
    excel.workbook.sheet('台账').ensureCell(0, 0).value = '我的数据';
    const plan = buildLedgerWorkbookPlan(seedList(), options);
    await expect(excel.run((context) => applyPlan(context, plan))).rejects.toBeInstanceOf(
      SheetConflictError,
    );
    expect(excel.workbook.sheetNames()).toEqual(['台账', '我的表']);
    expect(excel.workbook.cellAt('台账', 'A1')?.value).toBe('我的数据');
    expect(excel.requests.every((r) => r.calculationSuspended === false)).toBe(true);

    const other = new ExcelDouble(['我的表']);
    other.workbook.sheet('我的表').ensureCell(0, 0).value = 'h';
    other.workbook.addTable(other.workbook.sheet('我的表'), {
      top: 0,
      left: 0,
      bottom: 1,
      right: 0,
    });
    other.workbook.renameTable(other.workbook.tables[0]!, TABLES.ledger);
    await expect(other.run((context) => applyPlan(context, plan))).rejects.toBeInstanceOf(
      TableNameConflictError,
    );
    expect(other.workbook.sheetNames()).toEqual(['我的表']);
  });

  it('retires owned sheets the plan made obsolete, never a user sheet', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const summaries = (names: string[]) => ({
      sheets: names.map((n) => sheet(n, [[{ text: n }]])),
    });
    await excel.run((context) =>
      applyPlan(context, summaries(['领导汇总', '汇总-张三', '汇总-李四'])),
    );
    excel.workbook.addSheet('汇总-王五'); // the user's own
    const retire = (owned: readonly string[]) => [
      ...owned.filter((n) => n.startsWith('汇总-')),
      '汇总-王五',
    ];
    const result = await excel.run((context) =>
      applyPlan(context, summaries(['领导汇总', '汇总-张三']), { retire }),
    );
    expect(result.retired).toEqual(['汇总-李四']);
    expect(excel.workbook.sheetNames()).toEqual(['Sheet1', '领导汇总', '汇总-张三', '汇总-王五']);
    expect(result.owned).toEqual(['领导汇总', '汇总-张三']);
    expect(excel.workbook.names).toHaveLength(2);
  });

  it('splits a large plan into requests under the limit', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const text = '加强组织领导，明确责任分工，细化工作任务，定期调度推进。'.repeat(3);
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      { number: i + 1 },
      { text },
      { date: '2025-12-31' },
    ]);
    const plan: WorkbookPlan = { sheets: [sheet('台账', rows)] };
    const result = await excel.run((context) => applyPlan(context, plan));
    const writes = excel.requests.slice(1);
    expect(writes.length).toBeGreaterThan(1);
    expect(result.syncs).toBe(excel.syncCount);
    for (const r of excel.requests) expect(r.requestBytes).toBeLessThan(4_000_000);
    expect(writes.every((r) => r.calculationSuspended)).toBe(true);
    expect(excel.workbook.cellAt('台账', 'B60000')?.value).toBe(text);
    expect(excel.workbook.cellAt('台账', 'C60000')?.value).toBe(46022);
  });

  it('refuses a plan with sheet protection before changing anything (the file writer writes it)', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const before = excel.workbook.snapshot();
    const plan: WorkbookPlan = {
      sheets: [sheet('回收表', [[{ text: '单位' }]], { protection: { unlocked: ['A2:A9'] } })],
    };
    await expect(excel.run((context) => applyPlan(context, plan))).rejects.toThrow(
      /加载项尚不能写入带工作表保护的“回收表”.*未做任何修改/,
    );
    expect(excel.workbook.snapshot()).toEqual(before);
  });
});
