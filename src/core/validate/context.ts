import type { IsoDate } from '../dates';
import type { LedgerColumn } from '../ledger/model';
import type { LedgerRow } from '../ledger/row';
import type { Detail } from './issue';
import { Finding } from './issue';
import type { Severity } from './types';
import type { References } from './references';
import type { StatusVocabulary } from '../status';

/** Everything a rule needs besides the row: where columns are, today, and the references. */
export interface RuleContext {
  readonly sheet: string;
  readonly columns: Readonly<Record<string, number>>;
  readonly today: IsoDate;
  /** `dayNumber(today)`, computed once. */
  readonly todayNumber: number;
  readonly staleDays: number;
  readonly refs: References;
  /** From 名录 with their categories, or the built-in list when 名录 has none. */
  readonly statuses: StatusVocabulary;
  /** Only errors are wanted (a count for the summaries): rules may skip checks that only warn. */
  readonly errorsOnly: boolean;
}

/** Whether the ledger has `column`: rules ask before looking, since a finding needs its cell. */
export function hasColumn(ctx: RuleContext, column: LedgerColumn): boolean {
  return ctx.columns[column] !== undefined;
}

/**
 * A finding about `column` of a ledger row (ask `hasColumn` first). Built straight from the row,
 * since rules run ten times per row and a cell reference made per look was most of their garbage.
 */
export function rowFinding(
  severity: Severity,
  code: string,
  ctx: RuleContext,
  row: LedgerRow,
  column: LedgerColumn,
  value: string,
  detail: Detail,
): Finding {
  const columnIndex = ctx.columns[column] ?? -1;
  return new Finding(severity, code, ctx.sheet, row.row, columnIndex, column, value, detail);
}
