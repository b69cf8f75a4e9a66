import type { IsoDate } from '../dates';
import type { GridCell } from '../grid';

/**
 * One ledger row as the rules and summaries see it, read by header name from a 台账 grid.
 * Typed fields are null where the cell is empty or unreadable; `cells` keeps what was there.
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
  /** The raw cells by ledger column header, for rules that must show the value found. */
  readonly cells: Readonly<Record<string, GridCell>>;
}
