import type { IsoDate } from '../dates';
import { addDays, daysBetween } from '../dates';
import { isDoneStatus } from '../ledger/model';
import { dayNumber } from '../validate/day-number';
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
  if (isDone(row.status)) return 'done';
  const deadline = row.deadline;
  if (deadline === null) return 'ongoing';
  if (deadline < window.today) return 'overdue';
  if (deadline <= window.horizon) return 'dueSoon';
  return 'later';
}

/** `isDoneStatus`, answered without trimming for the statuses of the list as they are written. */
function isDone(status: string): boolean {
  switch (status) {
    case '已完成':
    case '已销号':
      return true;
    case '推进中':
    case '持续推进':
    case '未启动':
      return false;
    default:
      return isDoneStatus(status);
  }
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

/** The urgencies in rank order: `URGENCIES[URGENCY_RANK[u]] === u`. */
export const URGENCIES: readonly Urgency[] = ['overdue', 'dueSoon', 'later', 'ongoing', 'done'];
const OVERDUE = 0;
const LAST_DATED = 2; // overdue, due soon and later are ordered by deadline

/**
 * The work of `rankRows` without the records: the ledger indexes in urgency order, and each row's
 * urgency and days overdue (by ledger index). Summaries of 100,000 rows use it directly.
 */
export interface Ranking {
  /** Ranked position → index in the ledger rows. */
  readonly order: Int32Array;
  /** By ledger index: the rank of the row's urgency (`URGENCY_RANK`; `URGENCIES` names it). */
  readonly ranks: Uint8Array;
  /** By ledger index: days past the deadline when overdue, otherwise 0. */
  readonly daysOverdue: Float64Array;
}

/**
 * Ledger rows in urgency order: overdue (most days overdue first), due soon, later (by deadline),
 * ongoing, done. Ties keep sheet order, so the result is the same on every run.
 * Within the first three groups "earliest deadline first" is the same as "most overdue first".
 */
export function ranking(rows: readonly LedgerRow[], options: UrgencyOptions): Ranking {
  const reader = new RankingReader(rows.length, options);
  for (let i = 0; i < rows.length; i++) reader.read(i, rows[i] as LedgerRow);
  return reader.ranking(rows);
}

/**
 * `ranking` one row at a time, so a caller that reads every row for other reasons too can do it
 * in the same pass: at 100,000 rows, each pass over the row records costs more than its work.
 */
export class RankingReader {
  private readonly window: UrgencyWindow;
  private readonly todayDay: number;
  private readonly ranks: Uint8Array;
  /** Deadline as a day number, for the rows ordered by deadline. */
  private readonly days: Int32Array;
  private readonly daysOverdue: Float64Array;
  private firstDay = Infinity;
  private lastDay = -Infinity;
  private previousRow = -Infinity;
  private inSheetOrder = true;

  constructor(count: number, options: UrgencyOptions) {
    this.window = urgencyWindow(options);
    this.todayDay = dayNumber(options.today);
    this.ranks = new Uint8Array(count);
    this.days = new Int32Array(count);
    this.daysOverdue = new Float64Array(count);
  }

  /** Reads row `i` (rows are read once each, in ledger order); returns its urgency's rank. */
  read(i: number, row: LedgerRow): number {
    const rank = URGENCY_RANK[urgencyOf(row, this.window)];
    this.ranks[i] = rank;
    if (rank <= LAST_DATED) {
      const day = dayNumber(row.deadline as IsoDate);
      this.days[i] = day;
      if (day < this.firstDay) this.firstDay = day;
      if (day > this.lastDay) this.lastDay = day;
      if (rank === OVERDUE) this.daysOverdue[i] = this.todayDay - day;
    }
    if (!(this.previousRow <= row.row)) this.inSheetOrder = false;
    this.previousRow = row.row;
    return rank;
  }

  /** Days past the deadline of row `i`, once read, when overdue; otherwise 0. */
  daysOverdueOf(i: number): number {
    return this.daysOverdue[i] as number;
  }

  /** The ranking of `rows`, every one of them read. */
  ranking(rows: readonly LedgerRow[]): Ranking {
    const { ranks, days, daysOverdue, firstDay, lastDay } = this;
    const span = lastDay >= firstDay ? lastDay - firstDay + 1 : 0;
    const order = !this.inSheetOrder
      ? sortedByKeyThenRow(sortKeys(ranks, days), rows)
      : (LAST_DATED + 1) * span <= rows.length * 4 + 65_536
        ? bucketSorted(ranks, days, firstDay, span)
        : sortedByKey(sortKeys(ranks, days));
    return { order, ranks, daysOverdue };
  }
}

/**
 * Indexes by (rank, deadline day), ties by index, in two passes: a counting sort with one bucket
 * per rank and day (deadlines of a ledger span a few thousand days; `ranking` checks the span).
 */
function bucketSorted(ranks: Uint8Array, days: Int32Array, firstDay: number, span: number) {
  const count = ranks.length;
  const undated = (LAST_DATED + 1) * span - LAST_DATED - 1; // buckets of ranks 3, 4 follow
  const bucketOf = (i: number): number => {
    const rank = ranks[i] as number;
    return rank <= LAST_DATED ? rank * span + (days[i] as number) - firstDay : undated + rank;
  };
  const starts = new Int32Array(undated + URGENCIES.length + 1);
  for (let i = 0; i < count; i++) (starts[bucketOf(i) + 1] as number)++;
  for (let b = 1; b < starts.length; b++) (starts[b] as number) += starts[b - 1] as number;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[(starts[bucketOf(i)] as number)++] = i;
  return order;
}

/** One number per row, in urgency order: rank, then deadline day. */
function sortKeys(ranks: Uint8Array, days: Int32Array): Float64Array {
  const keys = new Float64Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i] as number;
    keys[i] = rank * DAY_SPAN + (rank <= LAST_DATED ? (days[i] as number) : 0);
  }
  return keys;
}

/**
 * Indexes by key, ties by index, for rows in sheet order: key and index fold into one exact
 * number, and a typed array sorts those natively, with no comparator called.
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
  const { order, ranks, daysOverdue } = ranking(rows, options);
  const ranked: RankedRow[] = [];
  for (let position = 0; position < order.length; position++) {
    const i = order[position] as number;
    ranked.push({
      row: rows[i] as LedgerRow,
      urgency: URGENCIES[ranks[i] as number] as Urgency,
      daysOverdue: daysOverdue[i] as number,
      order: position,
    });
  }
  return ranked;
}

/** More days than any IsoDate spans (years 0000–9999), so rank × span + day never overlaps. */
const DAY_SPAN = 4_000_000;
/** More than the days from year 0000 to 1970, so every key plus it is positive. */
const KEY_OFFSET = 1_000_000;

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
