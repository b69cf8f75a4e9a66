import type { IsoDate } from '../dates';
import { addDays, daysBetween } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { BUILT_IN_VOCABULARY, isDoneStatus, type StatusVocabulary } from '../status';

/**
 * Where a measure stands on the as-of date, in the order a leader's sheet lists them:
 * overdue, due soon, later (has a deadline beyond the window), ongoing (no readable deadline), done.
 */
export type Urgency = 'overdue' | 'dueSoon' | 'later' | 'ongoing' | 'done';

export const URGENCY_RANK: Readonly<Record<Urgency, number>> = {
  overdue: 0,
  dueSoon: 1,
  later: 2,
  ongoing: 3,
  done: 4,
};

export interface UrgencyOptions {
  readonly today: IsoDate;
  /** Days after today still counted as due soon (30: today … today+30, both included). */
  readonly dueSoonDays: number;
  /** Which statuses are finished; the built-in list when not given. */
  readonly statuses?: StatusVocabulary;
}

/** The as-of date, the last day still due soon, and the vocabulary that says what is done. */
export interface UrgencyWindow {
  readonly today: IsoDate;
  readonly horizon: IsoDate;
  readonly statuses: StatusVocabulary;
}

export function urgencyWindow(options: UrgencyOptions): UrgencyWindow {
  return {
    today: options.today,
    horizon: addDays(options.today, options.dueSoonDays),
    statuses: options.statuses ?? BUILT_IN_VOCABULARY,
  };
}

/** ISO dates compare correctly as strings. */
export function urgencyOf(row: LedgerRow, window: UrgencyWindow): Urgency {
  if (isDoneStatus(row.status, window.statuses)) return 'done';
  const deadline = row.deadline;
  if (deadline === null) return 'ongoing';
  if (deadline < window.today) return 'overdue';
  if (deadline <= window.horizon) return 'dueSoon';
  return 'later';
}

/** Days past the deadline for an overdue row, otherwise 0. */
export function daysOverdue(row: LedgerRow, urgency: Urgency, today: IsoDate): number {
  return urgency === 'overdue' && row.deadline !== null ? daysBetween(row.deadline, today) : 0;
}

export interface RankedRow {
  readonly row: LedgerRow;
  readonly urgency: Urgency;
  readonly daysOverdue: number;
}

/**
 * Urgency order: overdue, due soon, later, ongoing, done; within the first three the earliest
 * deadline first (for overdue rows, the most days overdue first); ties in sheet order.
 */
export function compareRanked(a: RankedRow, b: RankedRow): number {
  const byRank = URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency];
  if (byRank !== 0) return byRank;
  if (a.urgency === 'overdue' || a.urgency === 'dueSoon' || a.urgency === 'later') {
    const da = a.row.deadline as string;
    const db = b.row.deadline as string;
    if (da !== db) return da < db ? -1 : 1;
  }
  return a.row.row - b.row.row;
}

/** Ledger rows with their urgency, in urgency order (the sort is stable: equal rows keep order). */
export function rankRows(rows: readonly LedgerRow[], options: UrgencyOptions): RankedRow[] {
  const window = urgencyWindow(options);
  return rows
    .map((row) => {
      const urgency = urgencyOf(row, window);
      return { row, urgency, daysOverdue: daysOverdue(row, urgency, options.today) };
    })
    .sort(compareRanked);
}
