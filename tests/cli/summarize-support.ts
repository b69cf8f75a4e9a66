import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { definedNames } from '../support/plan-workbook';
import { COMMANDS } from '../../src/cli/commands/index';
import { buildProgram, runProgram } from '../../src/cli/program';
import { parseList } from '../../src/core/list/parse';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';

const root = join(import.meta.dirname, '..', '..');

/** The seed list as a fresh ledger workbook file, made by the real parser, plan and shell. */
export async function writeSeedLedger(path: string): Promise<void> {
  const text = await readFile(join(root, 'seeds', 'baojing-rectification-list.txt'), 'utf8');
  await writeNewWorkbook(
    buildLedgerWorkbookPlan(parseList(text), {
      today: '2026-11-29',
      sourceName: 'baojing-rectification-list.txt',
      generatedAt: '2026-11-29 08:00',
    }),
    path,
  );
}

/** Runs `rectify …` in this process (the same program main.ts runs) and captures its output. */
export async function rectify(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runProgram(buildProgram(COMMANDS), args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

export async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export function iso(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}

/** A cell's value as plain data (dates as ISO, hyperlinks as their text). */
export function plain(value: ExcelJS.CellValue): unknown {
  if (value instanceof Date) return iso(value);
  if (value !== null && typeof value === 'object' && 'text' in value) return value.text;
  if (value !== null && typeof value === 'object' && 'richText' in value) {
    return value.richText.map((r) => r.text).join('');
  }
  return value ?? null;
}

/** Every row of a sheet as plain values, columns 1…width. */
export function table(ws: ExcelJS.Worksheet, width: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Array.from({ length: width }, (_, c) => plain(row.getCell(c + 1).value)));
  }
  return out;
}

/** Everything a person could see or rely on in a sheet, cell by cell: values, formulas, styles. */
export function fingerprint(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push({ address: cell.address, model: cell.model });
    });
  });
  const columns = (ws.columns ?? []).map((c) => c.width ?? null);
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return { name: ws.name, cells, columns, merges };
}

/** Everything a person or a program could rely on, per sheet, as ExcelJS reads it back. */
export function sheetState(ws: ExcelJS.Worksheet) {
  const model = ws.model as unknown as Record<string, unknown>;
  return {
    ...(fingerprint(ws) as { name: string }),
    state: ws.state,
    views: ws.views,
    printTitlesRow: ws.pageSetup.printTitlesRow ?? null,
    printArea: ws.pageSetup.printArea ?? null,
    paper: [ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.fitToPage],
    fit: [ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight],
    tabColor: ws.properties.tabColor ?? null,
    rowHeights: Array.from({ length: ws.rowCount }, (_, r) => ws.getRow(r + 1).height ?? null),
    conditionalFormattings: model['conditionalFormattings'],
    dataValidations: model['dataValidations'],
    tables: Object.keys((ws as unknown as { tables?: object }).tables ?? {}),
  };
}

export async function workbookState(path: string) {
  const book = await load(path);
  return {
    sheets: book.worksheets.map((ws) => sheetState(ws)),
    names: definedNames(book).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
