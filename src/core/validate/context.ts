import type { IsoDate } from '../dates';
import type { LedgerColumn } from '../ledger/model';
import type { LedgerRow } from '../ledger/row';
import type { CellRef } from './issue';
import type { References } from './references';

/** Everything a rule needs besides the row: where columns are, today, and the references. */
export interface RuleContext {
  readonly sheet: string;
  readonly columns: Readonly<Record<string, number>>;
  readonly today: IsoDate;
  /** `dayNumber(today)`, computed once. */
  readonly todayNumber: number;
  readonly staleDays: number;
  readonly refs: References;
  /** From 名录, or the built-in list when 名录 has none. */
  readonly statuses: readonly string[];
}

/** The cell of `column` in `row`, or null when the ledger has no such column. */
export function cellOf(ctx: RuleContext, row: LedgerRow, column: LedgerColumn): CellRef | null {
  const columnIndex = ctx.columns[column];
  if (columnIndex === undefined) return null;
  return { sheet: ctx.sheet, rowIndex: row.row - 1, columnIndex, column };
}
