import type { DefinedName } from '../core/ownership';
import { message } from '../core/i18n';
import { RectifyError } from '../office/errors';
import type { EtRange, EtWorkbook, EtWorksheet } from './et-api';

/** The workbook open in WPS表格, or a clear message when there is none. */
export function activeBook(book: EtWorkbook | null): EtWorkbook {
  if (book === null || book === undefined) throw new RectifyError(message('wps.noWorkbook'));
  return book;
}

/** Every sheet, in workbook order (Worksheets is 1-based). */
export function allSheets(book: EtWorkbook): EtWorksheet[] {
  const sheets: EtWorksheet[] = [];
  const count = book.Worksheets.Count;
  for (let i = 1; i <= count; i++) sheets.push(book.Worksheets.Item(i));
  return sheets;
}

/** The sheet of that name ignoring case (as Excel and WPS compare them), or null. */
export function findSheet(book: EtWorkbook, name: string): EtWorksheet | null {
  const lower = name.toLowerCase();
  return allSheets(book).find((s) => s.Name.toLowerCase() === lower) ?? null;
}

/** wps-jsapi types UsedRange as a number; it is a Range, and anything else is a failure. */
export function usedRange(sheet: EtWorksheet): EtRange {
  const used = sheet.UsedRange;
  if (typeof used !== 'object' || used === null)
    throw new RectifyError(message('wps.usedRangeNotRange', { sheet: sheet.Name }));
  return used;
}

/** The used area from A1 as 0-based last row and column, or null for an empty sheet. */
export function usedExtent(sheet: EtWorksheet): { bottom: number; right: number } | null {
  const used = usedRange(sheet);
  const bottom = used.Row - 1 + used.Rows.Count - 1;
  const right = used.Column - 1 + used.Columns.Count - 1;
  // VBA reports A1 as the used range of an empty sheet.
  if (bottom === 0 && right === 0 && isEmpty(used.Value2)) return null;
  return { bottom, right };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Value2 as rows: a single cell comes back as a scalar, a block as rows of values. */
export function valueRows(value: unknown, rows: number, columns: number): unknown[][] {
  if (rows === 1 && columns === 1 && !Array.isArray(value)) return [[value]];
  const misshapen = () => new RectifyError(message('wps.valueShape', { rows, columns }));
  if (!Array.isArray(value) || value.length !== rows) throw misshapen();
  return value.map((row) => {
    if (!Array.isArray(row) || row.length !== columns) throw misshapen();
    return row as unknown[];
  });
}

/** The workbook's defined names as the core reads them (Names is 1-based). */
export function definedNames(book: EtWorkbook): DefinedName[] {
  const out: DefinedName[] = [];
  const count = book.Names.Count;
  for (let i = 1; i <= count; i++) {
    const n = book.Names.Item(i);
    out.push({ name: String(n.Name), reference: String(n.RefersTo) });
  }
  return out;
}
