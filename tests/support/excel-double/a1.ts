import { columnLetter } from '../../../src/core/grid';

/** A1 addresses as Excel reads them. Zero-based, inclusive rectangles. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The double names columns exactly as the core does. */
export const columnName = columnLetter;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses `A1`, `A1:M90`, `A:C`, `1:3` (no sheet part); null when Excel would refuse it. */
export function parseLocalAddress(address: string): Rect | null {
  const parts = address.trim().split(':');
  if (parts.length === 1) {
    const m = CELL.exec(parts[0] ?? '');
    if (!m) return null;
    return checked(
      Number(m[2]) - 1,
      columnIndex(m[1] ?? ''),
      Number(m[2]) - 1,
      columnIndex(m[1] ?? ''),
    );
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1] ?? '');
    const c2 = columnIndex(cb[1] ?? '');
    return checked(Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
  }
  const colA = COLUMN.exec(a);
  const colB = COLUMN.exec(b);
  if (colA && colB) {
    const c1 = columnIndex(colA[1] ?? '');
    const c2 = columnIndex(colB[1] ?? '');
    return checked(0, Math.min(c1, c2), MAX_ROWS - 1, Math.max(c1, c2));
  }
  const rowA = ROW.exec(a);
  const rowB = ROW.exec(b);
  if (rowA && rowB) {
    const r1 = Number(rowA[1]) - 1;
    const r2 = Number(rowB[1]) - 1;
    return checked(Math.min(r1, r2), 0, Math.max(r1, r2), MAX_COLUMNS - 1);
  }
  return null;
}

function checked(top: number, left: number, bottom: number, right: number): Rect | null {
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) return null;
  return { top, left, bottom, right };
}

export function rectAddress(rect: Rect): string {
  const a = `${columnName(rect.left)}${rect.top + 1}`;
  const b = `${columnName(rect.right)}${rect.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Excel quotes a sheet name in a reference unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
}

/** Splits `'My sheet'!A1:B2` into the sheet name and the local address. */
export function splitSheetAddress(ref: string): { sheet: string | null; local: string } {
  const text = ref.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  if (quoted) return { sheet: (quoted[1] ?? '').replace(/''/g, "'"), local: quoted[2] ?? '' };
  const bare = /^([^'!]+)!(.*)$/.exec(text);
  if (bare) return { sheet: bare[1] ?? '', local: bare[2] ?? '' };
  return { sheet: null, local: text };
}
