import { expect } from 'vitest';
import type { WorkbookPlan } from '../../../src/core/plan';
import { buildSummaryPlan, staleSummarySheets } from '../../../src/core/summary';
import { validationSheetPlan } from '../../../src/core/validate/sheet-plan';
import { validateWorkbook } from '../../../src/core/validate/validate';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';
import { printPlan } from '../../../src/core/workbook/print';
import { newPackage } from '../../../src/xlsx/package/new-package';
import { Package } from '../../../src/xlsx/package/parts';
import { readWorkbook } from '../../../src/xlsx/reader';
import { APPLICATION, planBytes } from '../../../src/xlsx/write-plan';
import { TODAY, seedList } from '../../office/fixtures';
import { lookDifferences, planAreas } from './differences';
import { fileLook } from './file-look';
import type { Area, WorkbookLook } from './view';

/**
 * One plan, two shells: the file writer (src/xlsx) and an add-in shell on its host's double must
 * make the same workbook, cell for cell. The same plans in the same order — a ledger with its
 * identifier, its summaries, 校验结果, a hidden sheet, the summaries again — each side read back
 * on its own terms (the file through our reader and its XML, the double through its state).
 */

/** An add-in shell on its double: carries a plan out, and shows the workbook it made. */
export interface ShellUnderTest {
  apply(plan: WorkbookPlan, retire: (owned: readonly string[]) => readonly string[]): Promise<void>;
  look(areas: ReadonlyMap<string, Area>): WorkbookLook;
}

const NOW = new Date('2025-01-01T01:00:00Z');
const options = { today: TODAY, sourceName: 'seed', generatedAt: '2025-01-01 09:00' };
const read = (bytes: Uint8Array | null) => readWorkbook(bytes!, { fileName: 'compared.xlsx' });

export const STEPS: readonly ((file: Uint8Array | null) => WorkbookPlan)[] = [
  () => buildLedgerWorkbookPlan(seedList(), { ...options, ledgerId: '0f8e2c4a-ledger' }),
  (bytes) => buildSummaryPlan(read(bytes), { today: TODAY }),
  (bytes) => validationSheetPlan(validateWorkbook(read(bytes), { today: TODAY, staleDays: 90 })),
  // A sheet the user need not see, with a tab colour (as the monthly cycle writes them).
  () => ({
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
      // A title with ampersands (`&&L` is text, not the left part) printed on every page.
      {
        name: '打印样张',
        rows: [[{ text: '序号' }], [{ text: '1' }], [{ text: '2' }]],
        columns: [{ width: 10 }],
        styles: [],
        merges: [],
        validations: [],
        conditionalFormats: [],
        print: printPlan(
          'landscape',
          { title: 'R&L 整改 & 销号', sheet: '打印样张', asOf: TODAY },
          '1:1',
        ),
        textNumbers: ['A2:A3'],
      },
    ],
  }),
  (bytes) => buildSummaryPlan(read(bytes), { today: TODAY }),
];

/** Runs every step through the file writer and the shell; the looks after each. */
export async function compareWithFileWriter(shell: ShellUnderTest) {
  let bytes: Uint8Array | null = null;
  const compared: { plan: WorkbookPlan; file: WorkbookLook; host: WorkbookLook }[] = [];
  for (const step of STEPS) {
    const plan = step(bytes);
    const retire = (owned: readonly string[]) => staleSummarySheets(owned, plan);
    const pkg: Package = bytes === null ? newPackage(NOW, APPLICATION) : Package.open(bytes);
    bytes = (await planBytes(pkg, plan, retire, 'compared.xlsx', NOW)).bytes;
    await shell.apply(plan, retire);
    const areas = planAreas(plan.sheets);
    compared.push({ plan, file: fileLook(bytes, areas), host: shell.look(areas) });
  }
  return compared;
}

/** The looks are the same after every step, and the steps cover every kind of thing compared. */
export function expectSameWorkbooks(
  steps: Awaited<ReturnType<typeof compareWithFileWriter>>,
  /** Leaves out what a host cannot make (its test names each such difference and checks it). */
  compared: (look: WorkbookLook) => WorkbookLook = (look) => look,
) {
  for (const { file, host } of steps)
    expect(lookDifferences(compared(file), compared(host)).slice(0, 200)).toEqual([]);
  const first = steps[0]!.file;
  const all = first.sheets;
  expect(all.some((s) => s.merges.length > 0)).toBe(true);
  expect(all.some((s) => s.validations.length > 0)).toBe(true);
  expect(all.some((s) => s.conditionalFormats.length > 0)).toBe(true);
  expect(all.some((s) => s.freeze.rows > 0)).toBe(true);
  expect(all.some((s) => s.table !== null)).toBe(true);
  expect(all.some((s) => Object.keys(s.heights).length > 0)).toBe(true);
  expect(all.some((s) => Object.keys(s.widths).length > 0)).toBe(true);
  expect(
    all.some((s) => Object.values(s.cells).some((c) => c.fill !== null && c.border.top !== null)),
  ).toBe(true);
  expect(first.names.map((n) => n.name)).toContain('RECTIFY_LEDGER_ID');
  // Print setup and ignored errors are compared too: the summaries have all of it.
  const summaries = steps[1]!.file.sheets;
  expect(summaries.some((s) => s.print?.orientation === 'landscape')).toBe(true);
  expect(summaries.some((s) => s.print?.orientation === 'portrait')).toBe(true);
  expect(summaries.every((s) => s.print?.paperSize === 9)).toBe(true);
  expect(summaries.every((s) => s.print?.fitTo?.wide === 1 && s.print.fitTo.tall === 0)).toBe(true);
  expect(summaries.some((s) => s.print?.titleRows === '$7:$7')).toBe(true);
  expect(summaries.every((s) => s.print?.header.left !== '' && s.print?.footer.center !== '')).toBe(
    true,
  );
  expect(summaries[0]!.print?.margins).toEqual({
    left: 50.4,
    right: 50.4,
    top: 54,
    bottom: 54,
    header: 21.6,
    footer: 21.6,
  });
  expect(summaries.some((s) => s.numberAsTextIgnored.length > 0)).toBe(true);
  expect(steps[3]!.file.sheets.find((s) => s.name === '分发记录')?.print).toBeNull();
  const sample = steps[3]!.file.sheets.find((s) => s.name === '打印样张');
  expect(sample?.print?.header).toEqual({
    left: 'R&&L 整改 && 销号',
    center: '',
    right: '打印样张',
  });
  expect(sample?.print?.titleRows).toBe('$1:$1');
  expect(sample?.numberAsTextIgnored).toEqual(['A2:A3']);
  expect(steps[1]!.file.sheets.some((s) => Object.keys(s.links).length > 0)).toBe(true);
  expect(steps[3]!.file.sheets.find((s) => s.name === '分发记录')?.state).toBe('hidden');
}
