import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { readWorkbookSource } from '../../src/xlsx/read';
import { saveOwnedSheets, type OwnedSheetsSaved } from '../../src/xlsx/save-owned-sheets';
import { workbookState, writeSeedLedger } from '../cli/summarize-support';
import {
  extractParts,
  openpyxlSheets,
  partDigests,
  partText,
  xmllint,
} from '../support/xlsx-parts';

/**
 * The direct sheet writer (src/xlsx/package/plan-*.ts) against the ExcelJS shell it replaces:
 * plans using every part of a SheetPlan it supports are saved both ways into the same ledger and
 * must read back the same, cell for cell (values, styles, merges, links, widths, heights, views,
 * print setup); a plan it does not support goes through the scratch ExcelJS workbook.
 */

let dir: string;
let ledger: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-plan-sheet-xml-'));
  ledger = join(dir, 'ledger.xlsx');
  await writeSeedLedger(ledger);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let n = 0;
async function save(plan: WorkbookPlan, method: 'auto' | 'full') {
  const input = join(dir, `in-${++n}.xlsx`);
  await copyFile(ledger, input);
  const out = join(dir, `out-${n}-${method}.xlsx`);
  const saved = await saveOwnedSheets(await readWorkbookSource(input), plan, [], out, { method });
  return { saved, out };
}

/** Saves the plan by the patch and by the full ExcelJS save; both must read back the same. */
async function bothWays(plan: WorkbookPlan): Promise<{ saved: OwnedSheetsSaved; out: string }> {
  const fast = await save(plan, 'auto');
  const full = await save(plan, 'full');
  expect(fast.saved.method).toBe('patch');
  expect(await workbookState(fast.out)).toEqual(await workbookState(full.out));
  return fast;
}

const empty = { merges: [], validations: [], conditionalFormats: [] } as const;

/** A sheet with most of what a plan can say, odd corners included. */
const kitchenSink: SheetPlan = {
  ...empty,
  name: '全部 的表!',
  rows: [
    [{ text: ' 前后有空格 ' }, null, { link: { text: '去台账', target: "'台账'!B3" } }],
    [
      { text: '控制\u0001字符\u0008与\u000b\u007f换\n行\r和\t制表<&>"\'' },
      { number: -0.125 },
      { bool: true },
      { bool: false },
    ],
    [{ date: '2026-02-28' }, { date: '1900-03-01' }, { number: 1e21 }, { text: '末' }],
    [],
    [{ text: '=SUM(A1:A3)' }, { link: { text: '回到自己', target: "'全部 的表!'!A1" } }],
    [null, null, null, null, null, { text: '列外' }],
  ],
  columns: [
    { width: 9, style: { bold: true } },
    { width: 9 },
    { width: 12, style: { numberFormat: '0.00' } },
    { width: 12, style: { numberFormat: '0.00' } },
    { width: 30, style: {} },
  ],
  styles: [
    { range: 'A1:C2', style: { border: true, vertical: 'middle', wrap: true } },
    { range: 'B2', style: { fill: '#FFEB9C', fontColor: '#7F6000', italic: true, fontSize: 9 } },
    { range: 'A3:B3', style: { numberFormat: 'yyyy"年"m"月"d"日"', horizontal: 'right' } },
    { range: 'D8:E9', style: { bold: false, wrap: false } },
    { range: 'F1', style: {} },
    { range: 'C3', style: { numberFormat: 'General' } },
  ],
  merges: ['A5:B5', 'D6:E10', 'G1:G2'],
  rowHeights: [null, 30, null, 18.75, null, null, null, null, null, null, null, 22],
  freeze: { rows: 0, columns: 2 },
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, repeatRows: '1:2' },
  tabColor: '#548235',
};

/** Dates with no number format, frozen rows and columns, landscape fitted to the width. */
const datesAndViews: SheetPlan = {
  ...empty,
  name: '日期',
  rows: [
    [{ date: '2026-11-29' }, { text: 'x' }],
    [{ number: 3 }, { date: '2025-01-01' }],
  ],
  columns: [{ width: 15 }],
  styles: [{ range: 'A1:A2', style: { border: true } }],
  freeze: { rows: 1, columns: 1 },
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
};

const frozenRowsOnly: SheetPlan = {
  ...empty,
  name: '冻结',
  rows: [[{ text: '标题' }]],
  columns: [],
  styles: [],
  freeze: { rows: 3, columns: 0 },
};

describe('the direct writer gives what the ExcelJS shell gives', () => {
  it('for every cell kind, style, merge, link, width, height, view and print setting', async () => {
    const { saved, out } = await bothWays({
      sheets: [kitchenSink, datesAndViews, frozenRowsOnly],
    });
    expect(saved.writer).toBe('plan');

    // Characters XML 1.0 cannot carry never reach the file; text is inline, never a formula.
    const digests = await partDigests(out);
    const sheetParts = Object.keys(digests).filter((p) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(p),
    );
    const texts = await Promise.all(sheetParts.map((p) => partText(out, p)));
    const mine = texts.find((t) => t.includes('前后有空格')) as string;
    expect(mine).toBeDefined();
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(mine)).toBe(false);
    expect(mine).toContain('<t>=SUM(A1:A3)</t>');
    expect(mine).not.toContain('<f>');
    expect(mine).toContain('<t xml:space="preserve"> 前后有空格 </t>');

    const xmlDir = join(dir, 'xml');
    await extractParts(out, xmlDir, sheetParts);
    expect(await xmllint(sheetParts.map((p) => join(xmlDir, p)))).toBe('');
    expect(await openpyxlSheets(out)).toContain('全部 的表!');
  }, 60_000);

  it('but quotes print titles as Excel does and keeps empty text an empty inline string', async () => {
    // Where the ExcelJS shell is wrong or loses something, the direct writer does not copy it:
    // ExcelJS quotes print titles without doubling an apostrophe (a name Excel rejects), and
    // an empty text is an empty string cell (ExcelJS reads an empty inline string back as empty).
    const { saved, out } = await save(
      {
        sheets: [
          {
            ...frozenRowsOnly,
            name: "O'Neil",
            rows: [[{ text: '' }, { text: 'x' }]],
            print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: '1:1' },
          },
        ],
      },
      'auto',
    );
    expect(saved.writer).toBe('plan');
    expect(await partText(out, 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="5">&apos;O&apos;&apos;Neil&apos;!$1:$1</definedName>',
    );
    const digests = await partDigests(out);
    const part = Object.keys(digests).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    const texts = await Promise.all(part.map((p) => partText(out, p)));
    expect(texts.some((t) => t.includes('<c r="A1" t="inlineStr"><is><t></t></is></c>'))).toBe(
      true,
    );
    expect(await openpyxlSheets(out)).toContain("O'Neil");
  }, 60_000);

  it('for a sheet with nothing in it and an empty plan row set', async () => {
    const { saved } = await bothWays({
      sheets: [{ ...empty, name: '空', rows: [], columns: [{ width: 20 }], styles: [] }],
    });
    expect(saved.writer).toBe('plan');
  }, 60_000);
});

describe('plans the direct writer does not support', () => {
  it('go through the scratch ExcelJS workbook, still by patching, with the same result', async () => {
    const withValidation: SheetPlan = {
      ...datesAndViews,
      name: '有校验',
      validations: [
        {
          range: 'B1:B5',
          rule: { kind: 'list', source: '"是,否"' },
          allowBlank: true,
          prompt: { title: '选择', message: '是或否' },
          error: { title: '不对', message: '只能选是或否' },
        },
      ],
    };
    const { saved } = await bothWays({ sheets: [frozenRowsOnly, withValidation] });
    expect(saved.writer).toBe('scratch');
    expect(saved.scratchReason).toContain('有校验');
    expect(saved.scratchReason).toContain('data validations');
  }, 60_000);

  it('a formula the product wrote goes through the scratch workbook too', async () => {
    const { saved } = await bothWays({
      sheets: [{ ...frozenRowsOnly, name: '公式', rows: [[{ number: 2 }, { formula: 'A1*2' }]] }],
    });
    expect(saved.writer).toBe('scratch');
    expect(saved.scratchReason).toContain('formula');
  }, 60_000);
});
