import type { IsoDate } from '../dates';
import type { GridCell } from '../grid';
import type { LedgerColumn } from './model';

/**
 * One ledger row as the rules and summaries see it, read by header name from a 台账 grid.
 * Typed fields are null where the cell is empty or unreadable; `ledgerCell` gives what was there.
 */
export interface LedgerRow {
  /** 1-based sheet row number. */
  readonly row: number;
  readonly item: number | null;
  readonly measure: string;
  readonly measureText: string;
  readonly units: readonly string[];
  readonly leaders: readonly string[];
  readonly deadlineText: string;
  readonly deadline: IsoDate | null;
  readonly status: string;
  readonly doneDate: IsoDate | null;
  readonly progress: string;
  readonly evidence: string;
  readonly updated: IsoDate | null;
  readonly note: string;
  /**
   * The sheet row as read and where each ledger column sits in it (shared by all rows of a
   * reading), for rules that must show the value found: see `ledgerCell`. Kept as the row itself
   * rather than a copy by header, which was a large part of reading a 100,000-row ledger.
   */
  readonly sheetRow: readonly GridCell[];
  readonly at: Readonly<Record<string, number>>;
}

/** The raw cell of a ledger column in a row; null when empty or when the ledger lacks the column. */
export function ledgerCell(row: LedgerRow, column: LedgerColumn): GridCell {
  const index = row.at[column];
  return index === undefined ? null : (row.sheetRow[index] ?? null);
}
