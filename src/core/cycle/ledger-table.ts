import type { Grid, GridCell } from '../grid';
import { cellText, normalizeHeader } from '../ledger/cell-text';
import { readLedger } from '../ledger/read';
import { valueKey } from './cells';

/** One body row of a 台账 grid, with the key the cycle matches rows by. */
export interface KeyedRow {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly cells: readonly GridCell[];
  /** 问题序号 + 措施序号, or null when either is blank. */
  readonly key: string | null;
  readonly units: readonly string[];
}

/** A 台账 grid read for the cycle: its header as written (every column, not only the ledger's). */
export interface LedgerTable {
  readonly headerRow: number;
  /** Header text of each column, as written. */
  readonly headers: readonly string[];
  /** Header with its whitespace removed → zero-based column (the leftmost wins). */
  readonly columnOf: ReadonlyMap<string, number>;
  readonly rows: readonly KeyedRow[];
  /** Zero-based row after the last non-blank body row. */
  readonly endRow: number;
  readonly missingColumns: readonly string[];
}

export function rowKey(item: GridCell | undefined, measure: GridCell | undefined): string | null {
  const a = valueKey(item);
  const b = valueKey(measure);
  return a === '' || b === '' ? null : `${a}|${b}`;
}

export function readLedgerTable(grid: Grid): LedgerTable {
  const reading = readLedger(grid);
  const headerCells = grid.rows[reading.headerRow] ?? [];
  const headers = headerCells.map((c) => cellText(c).trim());
  const columnOf = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (key !== '' && !columnOf.has(key)) columnOf.set(key, i);
  });
  const itemAt = reading.columns['问题序号'];
  const measureAt = reading.columns['措施序号'];
  const rows = reading.rows.map((r) => ({
    row: r.row - 1,
    cells: r.sheetRow,
    key:
      itemAt === undefined || measureAt === undefined
        ? null
        : rowKey(r.sheetRow[itemAt], r.sheetRow[measureAt]),
    units: r.units,
  }));
  const last = rows.at(-1);
  return {
    headerRow: reading.headerRow,
    headers,
    columnOf,
    rows,
    endRow: last === undefined ? reading.headerRow + 1 : last.row + 1,
    missingColumns: reading.missingColumns,
  };
}

/** The cell of a row under a header (by name, whitespace ignored), or null. */
export function cellUnder(table: LedgerTable, row: readonly GridCell[], header: string): GridCell {
  const at = table.columnOf.get(normalizeHeader(header));
  return at === undefined ? null : (row[at] ?? null);
}
