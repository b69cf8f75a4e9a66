import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseList } from '../../src/core/list/parse';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { libreofficeConvert } from '../support/libreoffice';
import { openpyxlDump } from '../support/openpyxl-dump';
import { expectSheetAsPlanned } from '../support/plan-readback';
import { extractParts, partDigests, partText, xmllint } from '../support/xlsx-parts';

/**
 * The package writer on a new workbook (src/xlsx/package, no ExcelJS): every part of a plan is
 * written, and read back by openpyxl and LibreOffice as the plan says, cell by cell.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-plan-writer-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const empty = { merges: [], validations: [], conditionalFormats: [] } as const;

/** A sheet with most of what a plan can say, odd corners included. */
const kitchenSink: SheetPlan = {
  ...empty,
  name: "O'Neil 的表!",
  rows: [
    [{ text: ' 前后有空格 ' }, null, { link: { text: '去别处', target: "'日期'!B2" } }],
    [{ text: '换\n行和\t制表<&>"\'' }, { number: -0.125 }, { bool: true }, { bool: false }],
    [{ date: '2026-02-28' }, { date: '1900-03-01' }, { number: 1e21 }, { text: '末' }],
    [],
    [{ text: '=SUM(A1:A3)' }, { link: { text: '回到自己', target: "'O''Neil 的表!'!A1" } }],
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
    { range: 'D8:E9', style: { bold: false, wrap: false, fontName: '宋体' } },
    { range: 'F1', style: {} },
    { range: 'C3', style: { numberFormat: 'General' } },
  ],
  merges: ['A5:B5', 'D6:E10', 'G1:G2'],
  rowHeights: [null, 30, null, 18.75, null, null, null, null, null, null, null, 22],
  freeze: { rows: 0, columns: 2 },
  print: {
    orientation: 'portrait',
    paper: 'A4',
    fitToWidth: false,
    repeatRows: '1:2',
    header: '&C整改台账',
    footer: '&C第 &P 页 共 &N 页',
  },
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

/** A table with marks: validations, conditional formats, a formula, text numbers. */
const marked: SheetPlan = {
  name: '表',
  rows: [
    [{ text: '序号' }, { text: '状态' }, { text: '截止\n日期' }, { text: '倍数' }],
    [{ text: '1' }, { text: '推进中' }, { date: '2026-12-01' }, { formula: 'A2*2' }],
    [{ text: '2' }, { text: '已完成' }, { date: '2027-01-01' }, { formula: 'A3*2' }],
  ],
  columns: [{ width: 8 }, { width: 10 }, { width: 12, style: { numberFormat: 'yyyy-mm-dd' } }],
  styles: [{ range: 'A1:D1', style: { bold: true, fill: '#DDEBF7' } }],
  merges: [],
  table: { name: 'Marked', range: 'A1:D3', style: 'TableStyleLight9' },
  validations: [
    {
      range: 'B2:B3',
      rule: { kind: 'list', source: '"推进中,已完成"' },
      allowBlank: true,
      prompt: { title: '状态', message: '从列表中选择' },
      error: { title: '状态有误', message: '只能选列表中的状态' },
    },
    {
      range: 'C2:C3',
      rule: { kind: 'date', min: '2020-01-01', max: '2035-12-31' },
      allowBlank: true,
      prompt: { title: '日期', message: '填写日期' },
      error: { title: '日期有误', message: '须为 2020—2035 年的日期' },
    },
  ],
  conditionalFormats: [
    {
      range: 'A2:D3',
      formula: '$B2="已完成"',
      style: { fill: '#C6EFCE', fontColor: '#006100' },
      priority: 1,
      stopIfTrue: true,
    },
    {
      range: 'A2:D3',
      formula: 'AND(ISNUMBER($C2),$C2<TODAY())',
      style: { fill: '#FFC7CE' },
      priority: 2,
      stopIfTrue: false,
    },
  ],
  freeze: { rows: 1, columns: 0 },
  textNumbers: ['A2:A3'],
};

async function write(plan: WorkbookPlan, name: string): Promise<string> {
  const out = join(dir, name);
  await writeNewWorkbook(plan, out, new Date(Date.UTC(2026, 10, 29, 10)));
  return out;
}

async function wellFormed(xlsx: string, name: string): Promise<void> {
  const parts = Object.keys(await partDigests(xlsx)).filter(
    (p) => p.endsWith('.xml') || p.endsWith('.rels'),
  );
  const out = join(dir, `${name}-xml`);
  await extractParts(xlsx, out, parts);
  expect(await xmllint(parts.map((p) => join(out, p)))).toBe('');
}

describe('a new workbook written from the plan', () => {
  const plan: WorkbookPlan = { sheets: [kitchenSink, datesAndViews, marked] };

  it('reads back in openpyxl as planned: values, final styles, merges, links, views, marks, print', async () => {
    const out = await write(plan, 'kitchen.xlsx');
    await wellFormed(out, 'kitchen');
    const dump = await openpyxlDump(out);
    expect(dump.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const sheet of plan.sheets) {
      expectSheetAsPlanned(
        dump.sheets.find((s) => s.name === sheet.name),
        sheet,
      );
    }
    const [first] = dump.sheets;
    expect(first?.print.header).toBe('整改台账');
    expect(first?.print.footer).toBe('第 &P 页 共 &N 页');
    expect(dump.names).toEqual(
      expect.arrayContaining(['RECTIFY_OWNED_1', 'RECTIFY_OWNED_2', 'RECTIFY_OWNED_3']),
    );
    // Text numbers carry Excel's ignored error; text that looks like a formula stays text.
    const sheet3 = await partText(out, 'xl/worksheets/sheet3.xml');
    expect(sheet3).toContain(
      '<ignoredErrors><ignoredError sqref="A2:A3" numberStoredAsText="1"/></ignoredErrors>',
    );
    expect(await partText(out, 'xl/worksheets/sheet1.xml')).not.toContain('<f>');
    expect(await partText(out, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
    expect(await partText(out, 'xl/tables/table1.xml')).toContain('name="截止_x000a_日期"');
  }, 60_000);

  it('opens in LibreOffice, which computes the formulas and keeps values, links and the table', async () => {
    const out = await write(plan, 'lo.xlsx');
    const converted = await libreofficeConvert(out, join(dir, 'lo'));
    const dump = await openpyxlDump(converted);
    const table = dump.sheets.find((s) => s.name === '表');
    expect(table?.cells['C2']?.v).toBe('2026-12-01');
    expect(table?.cells['D2']?.v).toBe('=A2*2');
    expect(table?.cells['A2']?.v).toBe('1');
    expect(Object.keys(table?.tables ?? {})).toHaveLength(1);
    const sink = dump.sheets.find((s) => s.name === kitchenSink.name);
    expect(sink?.cells['A1']?.v).toBe(' 前后有空格 ');
    expect(sink?.cells['C1']?.link).toBe("'日期'!B2");
    expect(sink?.cells['A3']?.v).toBe('2026-02-28');
    expect(sink?.merges).toEqual(['A5:B5', 'D6:E10', 'G1:G2']);
  }, 180_000);

  it('gives the embedded list’s ledger exactly as planned, every sheet', async () => {
    const list = parseList(readFileSync('seeds/baojing-rectification-list.txt', 'utf8'));
    const ledger = buildLedgerWorkbookPlan(list, {
      today: '2026-11-29',
      sourceName: 'seed.txt',
      generatedAt: '2026-11-29 10:00',
    });
    const out = await write(ledger, 'ledger.xlsx');
    await wellFormed(out, 'ledger');
    const dump = await openpyxlDump(out);
    expect(dump.sheets.map((s) => s.name)).toEqual(ledger.sheets.map((s) => s.name));
    for (const sheet of ledger.sheets) {
      expectSheetAsPlanned(
        dump.sheets.find((s) => s.name === sheet.name),
        sheet,
      );
    }
  }, 60_000);
});
