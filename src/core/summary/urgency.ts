import type { IsoDate } from '../dates';
import { addDays, dayNumber, daysBetween } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { BUILT_IN_VOCABULARY, type StatusCategory, type StatusVocabulary } from '../status';

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
  return urgencyIn(row, window.statuses.categoryOf(row.status), window);
}

function urgencyIn(
  row: LedgerRow,
  category: StatusCategory | null,
  window: UrgencyWindow,
): Urgency {
  if (category === 'done') return 'done';
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

/** A ledger row with what the summaries need of it, worked out once (it may be on several sheets). */
export interface RankedRow {
  readonly row: LedgerRow;
  /** The row's position in the rows ranked (ledger order), to find what was made for it. */
  readonly index: number;
  /** The status's category, or null when the status is in no list (状态有误). */
  readonly category: StatusCategory | null;
  readonly urgency: Urgency;
  readonly daysOverdue: number;
  /** The row's 督办县领导, each once, in the order the cell names them. */
  readonly leaders: readonly string[];
}

export function rankedRow(row: LedgerRow, index: number, window: UrgencyWindow): RankedRow {
  const category = window.statuses.categoryOf(row.status);
  const urgency = urgencyIn(row, category, window);
  return {
    row,
    index,
    category,
    urgency,
    daysOverdue: daysOverdue(row, urgency, window.today),
    leaders: row.leaders.length > 1 ? [...new Set(row.leaders)] : row.leaders,
  };
}

/**
 * The rows in urgency order (a sorted copy): overdue, due soon, later, ongoing, done; within the
 * first three the earliest deadline first (for overdue rows, the most days overdue first); ties in
 * sheet order.
 */
export function inUrgencyOrder(rows: readonly RankedRow[]): RankedRow[] {
  // Each row's key is worked out once, not in each of the n·log n comparisons.
  const keyed = rows.map((entry) => {
    const deadline = entry.row.deadline;
    const dated = entry.urgency !== 'ongoing' && entry.urgency !== 'done' && deadline !== null;
    return {
      entry,
      rank: URGENCY_RANK[entry.urgency],
      day: dated ? dayNumber(deadline) : 0,
      row: entry.row.row,
    };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.day - b.day || a.row - b.row);
  return keyed.map((k) => k.entry);
}

/** Ledger rows with their urgency, in urgency order. */
export function rankRows(rows: readonly LedgerRow[], options: UrgencyOptions): RankedRow[] {
  const window = urgencyWindow(options);
  return inUrgencyOrder(rows.map((row, i) => rankedRow(row, i, window)));
}
