import type { GridCell } from '../grid';
import { cellText, normalizeHeader } from './cell-text';

/** How many rows from the top a header row may be found in (a title row above it is common). */
const HEADER_SEARCH_ROWS = 10;

export interface HeaderMatch {
  /** Zero-based row of the header. */
  readonly row: number;
  /** Wanted header → zero-based column; only headers that were found. */
  readonly columns: Readonly<Record<string, number>>;
}

/**
 * Finds the header row: the first row when it names any wanted header (the normal case), otherwise
 * the row among the first few that names the most of them. Whitespace inside headers is ignored;
 * when a header appears twice the leftmost wins.
 */
export function findHeader(
  rows: readonly (readonly GridCell[])[],
  wanted: readonly string[],
): HeaderMatch {
  let best: HeaderMatch = { row: 0, columns: {} };
  let bestCount = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchHeaders(rows[r] ?? [], wanted);
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { row: r, columns };
      bestCount = count;
    }
    if (r === 0 && count > 0) return best;
  }
  return best;
}

export function matchHeaders(
  row: readonly GridCell[],
  wanted: readonly string[],
): Record<string, number> {
  const byNormal = new Map<string, string>();
  for (const w of wanted) byNormal.set(normalizeHeader(w), w);
  const columns: Record<string, number> = {};
  for (let c = 0; c < row.length; c++) {
    const header = byNormal.get(normalizeHeader(cellText(row[c])));
    if (header !== undefined && columns[header] === undefined) columns[header] = c;
  }
  return columns;
}
