import type { IsoDate } from '../dates';
import type { Grid, GridCell } from '../grid';
import { isDateCell } from '../grid';
import { cellText, isBlankCell } from './cell-text';
import { parseDateText, readDateCell } from './date-cell';
import { findHeader } from './header';
import type { LedgerColumn } from './model';
import { LEDGER_COLUMNS, splitNames } from './model';
import type { LedgerRow } from './row';

export interface LedgerReading {
  /** Non-blank rows below the header, in sheet order. */
  readonly rows: LedgerRow[];
  /** Ledger header → zero-based column index, for the headers that were found. */
  readonly columns: Record<string, number>;
  /** Ledger headers not found in the header row, in ledger order. */
  readonly missingColumns: string[];
  /** Zero-based row of the header (0 unless a title row sits above it). */
  readonly headerRow: number;
}

/**
 * Reads a 台账 grid by header name, so reordered, renamed-by-a-space and extra columns all work.
 * Blank rows are skipped (a row counts as blank when every ledger column is empty). Typed fields are
 * null where a cell is empty or unreadable; `ledgerCell` gives the raw values for the rules.
 */
export function readLedger(grid: Grid): LedgerReading {
  const header = findHeader(grid.rows, LEDGER_COLUMNS);
  const columns: Record<string, number> = { ...header.columns };
  const missingColumns = LEDGER_COLUMNS.filter((c) => columns[c] === undefined);
  // Column index per ledger column; -1 where the column is missing.
  const at = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, columns[c] ?? -1])) as Record<
    LedgerColumn,
    number
  >;
  const present = Object.values(at).filter((i) => i >= 0);
  const rows: LedgerRow[] = [];
  if (present.length === 0) return { rows, columns, missingColumns, headerRow: header.row };
  const names = new NameLists();
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const sheetRow = grid.rows[r];
    if (sheetRow === undefined || isBlankRow(sheetRow, present)) continue;
    rows.push(toLedgerRow(r + 1, sheetRow, at, columns, names));
  }
  return { rows, columns, missingColumns, headerRow: header.row };
}

function isBlankRow(row: readonly GridCell[], present: readonly number[]): boolean {
  for (const i of present) if (!isBlankCell(row[i])) return false;
  return true;
}

function toLedgerRow(
  row: number,
  sheetRow: readonly GridCell[],
  at: ColumnIndexes,
  columns: Readonly<Record<string, number>>,
  names: NameLists,
): LedgerRow {
  return {
    row,
    item: readItemNumber(pick(sheetRow, at.问题序号)),
    measure: textOf(pick(sheetRow, at.措施序号)),
    measureText: textOf(pick(sheetRow, at.整改措施)),
    units: names.of(textOf(pick(sheetRow, at.责任单位))),
    leaders: names.of(textOf(pick(sheetRow, at.督办县领导))),
    deadlineText: textOf(pick(sheetRow, at.整改时限)),
    deadline: dateOf(pick(sheetRow, at.截止日期)),
    status: textOf(pick(sheetRow, at.状态)),
    doneDate: dateOf(pick(sheetRow, at.完成日期)),
    progress: textOf(pick(sheetRow, at.整改进展)),
    evidence: textOf(pick(sheetRow, at.佐证材料)),
    updated: dateOf(pick(sheetRow, at.更新日期)),
    note: textOf(pick(sheetRow, at.备注)),
    sheetRow,
    at: columns,
  };
}

/** Zero-based sheet column of each ledger column; -1 where the ledger has no such column. */
type ColumnIndexes = Readonly<Record<LedgerColumn, number>>;

function pick(row: readonly GridCell[], index: number): GridCell {
  return index < 0 ? null : (row[index] ?? null);
}

function textOf(cell: GridCell): string {
  return cell === null ? '' : cellText(cell).trim();
}

/**
 * `splitNames` once per distinct text: a ledger repeats a few dozen unit and leader cells over
 * all its rows, so rows share one frozen list per text.
 */
class NameLists {
  readonly #lists = new Map<string, readonly string[]>();

  of(text: string): readonly string[] {
    let names = this.#lists.get(text);
    if (names === undefined) {
      names = Object.freeze(splitNames(text));
      this.#lists.set(text, names);
    }
    return names;
  }
}

/** The date of a date cell, without allocating a reading for the common cases. */
function dateOf(cell: GridCell): IsoDate | null {
  if (cell === null) return null;
  if (isDateCell(cell)) return cell.date;
  if (typeof cell === 'string') return parseDateText(cell);
  const reading = readDateCell(cell);
  return reading.kind === 'date' ? reading.date : null;
}

/** 问题序号 as a positive whole number (`3`, `"3"`, `"３"`), or null. */
export function readItemNumber(cell: GridCell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell.normalize('NFKC').trim();
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}
