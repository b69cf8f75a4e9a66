import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS } from '../../src/core/ledger/model';
// The 台账's header row (0-based): a title row and the 填报 line sit above it.
import { LEDGER_HEADER_ROW as H } from '../../src/core/workbook/ledger-layout';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { t } from '../../src/core/i18n';
import { createOfficeOperations } from '../../src/office/office-operations';
import { readWorkbookFile } from '../support/exceljs-read';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { mergeFile } from '../support/merge-file';
import { saveWorkbook } from '../support/plan-workbook';
import { seedList } from '../core/merge/revision';
import { ExcelDouble, OfficeDouble } from '../support/excel-double';

/**
 * What a re-import keeps of a cell the user worked on, property by property, in the add-in
 * (Office.js within ExcelApi 1.8, on the Excel double) and in the command line (the .xlsx file
 * shell). README's table says the same; where the add-in cannot, the pane says so before the user
 * confirms (office.reimportLimits, in inspectWorkbook's result).
 */

const TODAY = '2026-11-29';
const OPTIONS = { today: TODAY, sourceName: 'seed.txt', generatedAt: '2026-11-01 09:00' };
const c = (h: (typeof LEDGER_COLUMNS)[number]) => LEDGER_COLUMNS.indexOf(h);
const EXTRA = LEDGER_COLUMNS.length; // the column the user added
const LONG = `进展：${'已召开专题会议，督促责任单位逐项落实。'.repeat(500)}`;

type Kept = 'kept' | 'lost';
/** Property → [add-in, command line]. */
export const REIMPORT_KEEPS: Record<string, [Kept, Kept]> = {
  'text (状态)': ['kept', 'kept'],
  'a date typed as text (完成日期)': ['kept', 'kept'],
  'a date with its own number format (更新日期)': ['kept', 'kept'],
  'a formula on its own row (备注)': ['kept', 'kept'],
  'an external hyperlink (佐证材料)': ['kept', 'kept'],
  'a 10,000-character note (整改进展)': ['kept', 'kept'],
  'a column the user added': ['kept', 'kept'],
  'a number format on the user’s number': ['kept', 'kept'],
  'the cell’s fill colour': ['kept', 'kept'],
  'the cell’s font (bold, colour)': ['kept', 'kept'],
  'a border the user drew': ['lost', 'kept'],
  'formatted runs inside a cell (rich text)': ['lost', 'kept'],
  'a note (批注) on the cell': ['lost', 'kept'],
};

async function addinResult(): Promise<Record<string, Kept>> {
  const excel = new ExcelDouble(['Sheet1']);
  const office = new OfficeDouble(excel, { excelApi: '1.8' });
  const ops = createOfficeOperations({ run: excel.run, office: office.global, now: () => 'x' });
  await ops.importList(seedList(), { today: TODAY });
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEETS.ledger);
    const at = (col: number) => ws.getRange(`${String.fromCharCode(65 + col)}${H + 2}`);
    ws.getRange(`${String.fromCharCode(65 + EXTRA)}${H + 1}`).values = [['联系人']];
    at(c('状态')).values = [['推进中']];
    at(c('完成日期')).values = [['2024年3月5日']];
    at(c('更新日期')).numberFormat = [['yyyy"年"m"月"d"日"']];
    at(c('更新日期')).values = [[45413]];
    at(c('备注')).values = [['=IF(H4="已完成","完成","跟进")']];
    at(c('佐证材料')).hyperlink = { address: 'https://example.gov.cn/1', textToDisplay: '佐证' };
    at(c('整改进展')).values = [[LONG]];
    at(EXTRA).values = [['张三']];
    at(EXTRA + 1).numberFormat = [['0.0']];
    at(EXTRA + 1).values = [[4.5]];
    at(c('状态')).format.fill.color = '#FFFF00';
    at(c('状态')).format.font.bold = true;
    at(c('状态')).format.font.color = '#C00000';
    at(c('完成日期')).format.borders.getItem('EdgeBottom').style = 'Double';
    await context.sync();
  });
  const state = await ops.inspectWorkbook();
  expect(state.reimportLimits).toBe(t('zh', 'office.reimportLimits'));
  await ops.importList(seedList(), { today: TODAY });
  const ws = excel.workbook.sheet(SHEETS.ledger);
  const cell = (col: number) => ws.cell(H + 1, col);
  const fmt = (col: number, path: string) => ws.effectiveFormat(H + 1, col, path);
  const k = (ok: boolean): Kept => (ok ? 'kept' : 'lost');
  return {
    'text (状态)': k(cell(c('状态'))?.value === '推进中'),
    'a date typed as text (完成日期)': k(cell(c('完成日期'))?.value === '2024年3月5日'),
    'a date with its own number format (更新日期)': k(
      cell(c('更新日期'))?.value === 45413 &&
        cell(c('更新日期'))?.numberFormat === 'yyyy"年"m"月"d"日"',
    ),
    'a formula on its own row (备注)': k(
      cell(c('备注'))?.formula === '=IF(H4="已完成","完成","跟进")',
    ),
    'an external hyperlink (佐证材料)': k(
      ws.hyperlinks.get('K4')?.address === 'https://example.gov.cn/1',
    ),
    'a 10,000-character note (整改进展)': k(cell(c('整改进展'))?.value === LONG),
    'a column the user added': k(cell(EXTRA)?.value === '张三'),
    'a number format on the user’s number': k(
      cell(EXTRA + 1)?.value === 4.5 && cell(EXTRA + 1)?.numberFormat === '0.0',
    ),
    'the cell’s fill colour': k(fmt(c('状态'), 'fill.color') === '#FFFF00'),
    'the cell’s font (bold, colour)': k(
      fmt(c('状态'), 'font.bold') === true && fmt(c('状态'), 'font.color') === '#C00000',
    ),
    'a border the user drew': k(fmt(c('完成日期'), 'borders.EdgeBottom.style') === 'Double'),
    // ExcelApi 1.8 has no way to read either (cell properties are 1.9, comments 1.10, notes
    // 1.18), so the add-in cannot even set them up here: what it cannot read it cannot carry.
    'formatted runs inside a cell (rich text)': 'lost',
    'a note (批注) on the cell': 'lost',
  };
}

async function cliResult(): Promise<Record<string, Kept>> {
  const dir = await mkdtemp(join(tmpdir(), 'rectify-keeps-'));
  try {
    const path = join(dir, 'ledger.xlsx');
    await writeNewWorkbook(buildLedgerWorkbookPlan(seedList(), OPTIONS), path);
    const book = await readWorkbookFile(path);
    const ws = book.getWorksheet(SHEETS.ledger)!;
    const at = (col: number) => ws.getCell(H + 2, col + 1);
    ws.getCell(H + 1, EXTRA + 1).value = '联系人';
    at(c('状态')).value = '推进中';
    at(c('完成日期')).value = '2024年3月5日';
    at(c('更新日期')).value = new Date(Date.UTC(2024, 4, 1));
    at(c('更新日期')).numFmt = 'yyyy"年"m"月"d"日"';
    at(c('备注')).value = { formula: 'IF(H4="已完成","完成","跟进")' };
    at(c('佐证材料')).value = { text: '佐证', hyperlink: 'https://example.gov.cn/1' };
    at(c('整改进展')).value = {
      richText: [{ text: '重点：', font: { bold: true } }, { text: LONG }],
    };
    at(EXTRA).value = '张三';
    at(EXTRA).note = '电话核实';
    at(EXTRA + 1).value = 4.5;
    at(EXTRA + 1).numFmt = '0.0';
    const status = at(c('状态'));
    status.style = {
      ...status.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } },
      font: { bold: true, color: { argb: 'FFC00000' } },
    };
    const done = at(c('完成日期'));
    done.style = { ...done.style, border: { bottom: { style: 'double' } } };
    await saveWorkbook(book, path);

    const merged = `${path}.merged.xlsx`;
    await mergeFile(path, seedList(), OPTIONS, merged);
    await copyFile(merged, path);
    const after = (await readWorkbookFile(path)).getWorksheet(SHEETS.ledger)!;
    const cell = (col: number) => after.getCell(H + 2, col + 1);
    const k = (ok: boolean): Kept => (ok ? 'kept' : 'lost');
    const rich = cell(c('整改进展')).value as ExcelJS.CellRichTextValue;
    const link = cell(c('佐证材料')).value as ExcelJS.CellHyperlinkValue;
    const fill = (cell(c('状态')).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    return {
      'text (状态)': k(cell(c('状态')).value === '推进中'),
      'a date typed as text (完成日期)': k(cell(c('完成日期')).value === '2024年3月5日'),
      'a date with its own number format (更新日期)': k(
        (cell(c('更新日期')).value as Date).toISOString().startsWith('2024-05-01') &&
          cell(c('更新日期')).numFmt === 'yyyy"年"m"月"d"日"',
      ),
      'a formula on its own row (备注)': k(
        (cell(c('备注')).value as ExcelJS.CellFormulaValue).formula ===
          'IF(H4="已完成","完成","跟进")',
      ),
      'an external hyperlink (佐证材料)': k(link?.hyperlink === 'https://example.gov.cn/1'),
      'a 10,000-character note (整改进展)': k(
        rich?.richText?.map((r) => r.text).join('') === `重点：${LONG}`,
      ),
      'a column the user added': k(cell(EXTRA).value === '张三'),
      'a number format on the user’s number': k(
        cell(EXTRA + 1).value === 4.5 && cell(EXTRA + 1).numFmt === '0.0',
      ),
      'the cell’s fill colour': k(fill === 'FFFFFF00'),
      'the cell’s font (bold, colour)': k(
        cell(c('状态')).font?.bold === true && cell(c('状态')).font?.color?.argb === 'FFC00000',
      ),
      'a border the user drew': k(cell(c('完成日期')).border?.bottom?.style === 'double'),
      'formatted runs inside a cell (rich text)': k(rich?.richText?.[0]?.font?.bold === true),
      'a note (批注) on the cell': k(String(cell(EXTRA).note ?? '') === '电话核实'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('what a re-import keeps, property by property', () => {
  it('in the add-in (ExcelApi 1.8)', async () => {
    const got = await addinResult();
    expect(got).toEqual(
      Object.fromEntries(Object.entries(REIMPORT_KEEPS).map(([p, [a]]) => [p, a])),
    );
  });

  it('in the command line (.xlsx)', async () => {
    const got = await cliResult();
    expect(got).toEqual(
      Object.fromEntries(Object.entries(REIMPORT_KEEPS).map(([p, [, cli]]) => [p, cli])),
    );
  }, 60_000);

  it('the pane is told what the add-in cannot keep, before the user confirms', () => {
    for (const [property, [addin]] of Object.entries(REIMPORT_KEEPS))
      if (addin === 'lost') expect(property.length).toBeGreaterThan(0);
    expect(t('zh', 'office.reimportLimits')).toMatch(/批注.*部分文字的格式.*边框/);
    expect(t('en', 'office.reimportLimits')).toMatch(/notes.*part of a cell.*borders/);
  });
});
