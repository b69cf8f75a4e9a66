import type { IsoDate } from './dates';

/**
 * A sheet as any shell reads it: plain cell values, row 0 = sheet row 1, column 0 = column A.
 * Merged areas carry their value in the top-left cell only (as Excel reports them).
 */
export type GridCell =
  | null
  | string
  | number
  | boolean
  /** A cell whose number format shows a date (shells convert serials and Date objects). */
  | { readonly date: IsoDate }
  /** An Excel error value such as `#N/A` or `#REF!`. */
  | { readonly error: string };

export interface Grid {
  readonly sheet: string;
  readonly rows: readonly (readonly GridCell[])[];
}

/** What a shell can tell the core about a workbook without the core touching it. */
export interface WorkbookSnapshot {
  readonly sheetNames: readonly string[];
  /** Returns null when the workbook has no sheet of that name. */
  grid(sheet: string): Grid | null;
}

export function isDateCell(cell: GridCell): cell is { readonly date: IsoDate } {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

export function isErrorCell(cell: GridCell): cell is { readonly error: string } {
  return typeof cell === 'object' && cell !== null && 'error' in cell;
}

/** `0 → A`, `27 → AB`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Zero-based row and column to an A1 address such as `H12`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
