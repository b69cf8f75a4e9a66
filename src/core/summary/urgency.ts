import type { IsoDate } from '../dates';
import { addDays, daysBetween } from '../dates';
import { isDoneStatus } from '../ledger/model';
import type { LedgerRow } from '../ledger/row';

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
}

/** Precomputed bounds, so classifying a row is two string comparisons. */
export interface UrgencyWindow {
  readonly today: IsoDate;
  readonly horizon: IsoDate;
}

export function urgencyWindow(options: UrgencyOptions): UrgencyWindow {
  return { today: options.today, horizon: addDays(options.today, options.dueSoonDays) };
}

/** ISO dates compare correctly as strings, which keeps this cheap at 100,000 rows. */
export function urgencyOf(row: LedgerRow, window: UrgencyWindow): Urgency {
  if (isDoneStatus(row.status)) return 'done';
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
 * Ledger rows in urgency order: overdue (most days overdue first), due soon, later (by deadline),
 * ongoing, done. Ties keep sheet order, so the result is the same on every run.
 * Within the first three groups "earliest deadline first" is the same as "most overdue first".
 */
export function rankRows(rows: readonly LedgerRow[], options: UrgencyOptions): RankedRow[] {
  const window = urgencyWindow(options);
  const ranked = rows.map((row) => {
    const urgency = urgencyOf(row, window);
    return { row, urgency, daysOverdue: daysOverdue(row, urgency, options.today) };
  });
  return ranked.sort(compareRanked);
}

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
