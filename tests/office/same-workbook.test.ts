import { describe, expect, it } from 'vitest';
import type { WorkbookPlan } from '../../src/core/plan';
import { buildSummaryPlan, staleSummarySheets } from '../../src/core/summary';
import { validationSheetPlan } from '../../src/core/validate/sheet-plan';
import { validateWorkbook } from '../../src/core/validate/validate';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { applyPlan } from '../../src/office/apply-plan';
import { newPackage } from '../../src/xlsx/package/new-package';
import { Package } from '../../src/xlsx/package/parts';
import { readWorkbook } from '../../src/xlsx/reader';
import { APPLICATION, planBytes } from '../../src/xlsx/write-plan';
import { ExcelDouble } from '../support/excel-double';
import { lookDifferences, planAreas } from '../support/workbook-view/differences';
import { excelLook } from '../support/workbook-view/excel-look';
import { fileLook } from '../support/workbook-view/file-look';
import type { WorkbookLook } from '../support/workbook-view/view';
import { TODAY, seedList } from './fixtures';

/**
 * One plan, two shells: the file writer (src/xlsx) and the Office shell (src/office, on the Excel
 * double) must make the same workbook, cell for cell — values, number formats, final styles,
 * merges, links, marks, panes, widths, heights, sheet order and states, names. Each side is read
 * back on its own terms (the file through our reader and its XML, the double through its state).
 */

const NOW = new Date('2025-01-01T01:00:00Z');
const options = { today: TODAY, sourceName: 'seed', generatedAt: '2025-01-01 09:00' };
/** The user's blank sheet every new Excel workbook has; the file writer's new package has none. */
const USER_SHEET = 'Sheet1';

/** Both shells, the same plans in the same order; the looks after each step. */
async function bothShells(steps: readonly ((file: Uint8Array | null) => WorkbookPlan)[]) {
  const excel = new ExcelDouble([USER_SHEET]);
  let bytes: Uint8Array | null = null;
  const compared: { plan: WorkbookPlan; file: WorkbookLook; host: WorkbookLook }[] = [];
  for (const step of steps) {
    const plan = step(bytes);
    const retire = (owned: readonly string[]) => staleSummarySheets(owned, plan);
    const pkg: Package = bytes === null ? newPackage(NOW, APPLICATION) : Package.open(bytes);
    bytes = (await planBytes(pkg, plan, retire, 'compared.xlsx', NOW)).bytes;
    await excel.run((context) => applyPlan(context, plan, { retire }));
    const areas = planAreas(plan.sheets);
    compared.push({
      plan,
      file: fileLook(bytes, areas),
      host: excelLook(excel.workbook, areas, [USER_SHEET]),
    });
  }
  return compared;
}

const ledger = () =>
  buildLedgerWorkbookPlan(seedList(), { ...options, ledgerId: '0f8e2c4a-ledger' });
/** A sheet the user need not see, with a tab colour (as the monthly cycle writes them). */
const hiddenSheet = (): WorkbookPlan => ({
  sheets: [
    {
      name: '分发记录',
      rows: [
        [{ text: '单位' }, { text: '分发日期' }],
        [{ text: '县财政局' }, { date: TODAY }],
      ],
      columns: [{ width: 20 }, { width: 12, style: { horizontal: 'center' } }],
      styles: [{ range: 'A1:B1', style: { bold: true, fill: '#DDEBF7', border: true } }],
      merges: [],
      validations: [],
      conditionalFormats: [],
      tabColor: '#808080',
      hidden: true,
    },
  ],
});
const summaries = (bytes: Uint8Array | null) =>
  buildSummaryPlan(readWorkbook(bytes!, { fileName: 'compared.xlsx' }), { today: TODAY });
const validation = (bytes: Uint8Array | null) =>
  validationSheetPlan(
    validateWorkbook(readWorkbook(bytes!, { fileName: 'compared.xlsx' }), {
      today: TODAY,
      staleDays: 90,
    }),
  );

describe('the file writer and the Office shell make the same workbook from the same plan', () => {
  it('a new ledger workbook, then its summaries and 校验结果, then the summaries again', async () => {
    const steps = await bothShells([ledger, summaries, validation, hiddenSheet, summaries]);
    for (const { plan, file, host } of steps) {
      expect(file.sheets.length, 'sheets').toBeGreaterThanOrEqual(plan.sheets.length);
      expect(lookDifferences(file, host).slice(0, 4000)).toEqual([]);
    }
    // The comparison covers what a person sees: every kind of thing is there to compare.
    const last = steps[0]!.file;
    const all = last.sheets;
    expect(all.some((s) => Object.keys(s.links).length > 0 || s.merges.length > 0)).toBe(true);
    expect(all.some((s) => s.validations.length > 0)).toBe(true);
    expect(all.some((s) => s.conditionalFormats.length > 0)).toBe(true);
    expect(all.some((s) => s.freeze.rows > 0)).toBe(true);
    expect(all.some((s) => s.table !== null)).toBe(true);
    expect(all.some((s) => Object.keys(s.heights).length > 0)).toBe(true);
    expect(
      all.some((s) => Object.values(s.cells).some((c) => c.fill !== null && c.border.top !== null)),
    ).toBe(true);
    expect(steps[1]!.file.sheets.some((s) => Object.keys(s.links).length > 0)).toBe(true);
    expect(steps[3]!.file.sheets.find((s) => s.name === '分发记录')?.state).toBe('hidden');
    expect(last.names.map((n) => n.name)).toContain('RECTIFY_LEDGER_ID');
  });
});
