import type { IsoDate } from '../dates';
import { addDays, daysBetween } from '../dates';
import { isDoneStatus } from '../ledger/model';
import { dayNumber as daysSince1970 } from '../validate/day-number';
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
 * The work of `rankRows` without the records: the ledger indexes in urgency order, and each row's
 * urgency and days overdue (by ledger index). Summaries of 100,000 rows use it directly.
 */
export interface Ranking {
  /** Ranked position → index in the ledger rows. */
  readonly order: Int32Array;
  /** By ledger index. */
  readonly urgencies: readonly Urgency[];
  /** By ledger index: days past the deadline when overdue, otherwise 0. */
  readonly daysOverdue: Float64Array;
}

/**
 * Ledger rows in urgency order: overdue (most days overdue first), due soon, later (by deadline),
 * ongoing, done. Ties keep sheet order, so the result is the same on every run.
 * Within the first three groups "earliest deadline first" is the same as "most overdue first".
 */
export function ranking(rows: readonly LedgerRow[], options: UrgencyOptions): Ranking {
  const window = urgencyWindow(options);
  const todayDay = dayNumber(options.today);
  const count = rows.length;
  const urgencies: Urgency[] = [];
  // One numeric key per row (group, then deadline day): comparing numbers instead of re-reading
  // strings and records is what keeps 100,000 rows cheap.
  const keys = new Float64Array(count);
  const daysOverdue = new Float64Array(count);
  let inSheetOrder = true;
  for (let i = 0; i < count; i++) {
    const row = rows[i] as LedgerRow;
    const urgency = urgencyOf(row, window);
    let key = URGENCY_RANK[urgency] * DAY_SPAN;
    if (urgency === 'overdue' || urgency === 'dueSoon' || urgency === 'later') {
      const day = dayNumber(row.deadline as IsoDate);
      key += day;
      if (urgency === 'overdue') daysOverdue[i] = todayDay - day;
    }
    urgencies.push(urgency);
    keys[i] = key;
    if (i > 0 && !((rows[i - 1] as LedgerRow).row <= row.row)) inSheetOrder = false;
  }
  const order = inSheetOrder ? sortedByKey(keys) : sortedByKeyThenRow(keys, rows);
  return { order, urgencies, daysOverdue };
}

/**
 * Indexes by key, ties by index, when the rows are already in sheet order (as `readLedger` gives
 * them): key and index fold into one exact number, and a typed array sorts those natively, with
 * no comparator called 1.7 million times.
 */
function sortedByKey(keys: Float64Array): Int32Array {
  const count = keys.length;
  const composite = new Float64Array(count);
  // Keys lie in (-KEY_OFFSET, 5 × DAY_SPAN); shifted they are positive, and (key + offset) × count
  // + index stays below 2^53 for any ledger Excel can hold.
  for (let i = 0; i < count; i++) composite[i] = ((keys[i] as number) + KEY_OFFSET) * count + i;
  composite.sort();
  const order = new Int32Array(count);
  for (let p = 0; p < count; p++) order[p] = (composite[p] as number) % count;
  return order;
}

/** Indexes by key, ties by sheet row (then index: the sort is stable), for rows in any order. */
function sortedByKeyThenRow(keys: Float64Array, rows: readonly LedgerRow[]): Int32Array {
  const order = Array.from({ length: rows.length }, (_, i) => i);
  order.sort(
    (a, b) =>
      (keys[a] as number) - (keys[b] as number) ||
      (rows[a] as LedgerRow).row - (rows[b] as LedgerRow).row,
  );
  return Int32Array.from(order);
}

export function rankRows(rows: readonly LedgerRow[], options: UrgencyOptions): RankedRow[] {
  const { order, urgencies, daysOverdue } = ranking(rows, options);
  const ranked: RankedRow[] = [];
  for (let position = 0; position < order.length; position++) {
    const i = order[position] as number;
    ranked.push({
      row: rows[i] as LedgerRow,
      urgency: urgencies[i] as Urgency,
      daysOverdue: daysOverdue[i] as number,
      order: position,
    });
  }
  return ranked;
}

/** More days than any IsoDate spans (years 0000–9999), so group × span + day never overlaps. */
const DAY_SPAN = 4_000_000;
/** More than the days from year 0000 to 1900, so every key plus it is positive. */
const KEY_OFFSET = 1_000_000;

/** Days since 1900-01-01 of an ISO date: cheap and exact for comparing and subtracting. */
function dayNumber(date: IsoDate): number {
  return daysSince1970(date) + 25_567;
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
