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
  /** Position in the ranked ledger (0 = most urgent): a cheap key for per-row caches. */
  readonly order: number;
}

/**
 * Ledger rows in urgency order: overdue (most days overdue first), due soon, later (by deadline),
 * ongoing, done. Ties keep sheet order, so the result is the same on every run.
 * Within the first three groups "earliest deadline first" is the same as "most overdue first".
 */
export function rankRows(rows: readonly LedgerRow[], options: UrgencyOptions): RankedRow[] {
  const window = urgencyWindow(options);
  const todayDay = dayNumber(options.today);
  const urgencies: Urgency[] = new Array<Urgency>(rows.length);
  // One numeric key per row (group, then deadline day), compared as numbers: at 100,000 rows a
  // comparator that re-reads strings and records costs several times more.
  const keys = new Float64Array(rows.length);
  const days = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    const urgency = urgencyOf(row, window);
    const dated = urgency === 'overdue' || urgency === 'dueSoon' || urgency === 'later';
    const day = dated ? dayNumber(row.deadline as IsoDate) : 0;
    urgencies[i] = urgency;
    days[i] = day;
    keys[i] = URGENCY_RANK[urgency] * DAY_SPAN + day;
  }
  const order = Array.from({ length: rows.length }, (_, i) => i);
  order.sort(
    (a, b) =>
      (keys[a] as number) - (keys[b] as number) ||
      (rows[a] as LedgerRow).row - (rows[b] as LedgerRow).row,
  );
  return order.map((i, position) => {
    const urgency = urgencies[i] as Urgency;
    return {
      row: rows[i] as LedgerRow,
      urgency,
      daysOverdue: urgency === 'overdue' ? todayDay - (days[i] as number) : 0,
      order: position,
    };
  });
}

/** More days than any IsoDate spans (years 1900–9999), so group × span + day never overlaps. */
const DAY_SPAN = 4_000_000;

/** Days since 1900-01-01 of an ISO date: cheap and exact for comparing and subtracting. */
function dayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000) + 25_567;
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
