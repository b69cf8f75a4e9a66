import type { LedgerRow } from '../ledger/row';
import type { LeaderCounts } from './types';
import type { RankedRow, UrgencyOptions } from './urgency';
import { rankRows } from './urgency';

/** The label of the total row on 领导汇总. */
export const TOTAL_LABEL = '合计';

/** One leader's counts and measures, the measures already in urgency order. */
export interface LeaderSummary {
  readonly counts: LeaderCounts;
  readonly rows: readonly RankedRow[];
}

export interface LedgerSummary {
  /** In the order of first appearance (see `leaderOrder`). */
  readonly leaders: readonly LeaderSummary[];
  /** Every measure counted once, whoever supervises it. */
  readonly total: LeaderCounts;
  /** Measures whose 督办县领导 cell names nobody: in the total, on no leader's sheet. */
  readonly unassigned: number;
}

/**
 * Leaders in the order of first appearance: first as the list (清单) names them, when the caller
 * has that order, then any leader found only in the ledger, in ledger row order. Leaders the list
 * names but the ledger no longer mentions are left out: summaries describe the ledger as it is.
 */
export function leaderOrder(
  rows: readonly LedgerRow[],
  listOrder: readonly string[] = [],
): string[] {
  const inLedger = new Set<string>();
  const ledgerOrder: string[] = [];
  for (const row of rows) {
    for (const leader of row.leaders) {
      if (!inLedger.has(leader)) {
        inLedger.add(leader);
        ledgerOrder.push(leader);
      }
    }
  }
  const order: string[] = [];
  const placed = new Set<string>();
  for (const leader of [...listOrder, ...ledgerOrder]) {
    if (inLedger.has(leader) && !placed.has(leader)) {
      placed.add(leader);
      order.push(leader);
    }
  }
  return order;
}

interface Tally {
  items: Set<number>;
  measures: number;
  done: number;
  inProgress: number;
  ongoing: number;
  notStarted: number;
  overdue: number;
  dueSoon: number;
}

function emptyTally(): Tally {
  return {
    items: new Set(),
    measures: 0,
    done: 0,
    inProgress: 0,
    ongoing: 0,
    notStarted: 0,
    overdue: 0,
    dueSoon: 0,
  };
}

/**
 * Adds one measure. 已完成 counts 已完成 and 已销号; a status outside the list (a validation error)
 * still counts as a measure and for 逾期/30天内到期, but in no status column.
 */
function add(tally: Tally, ranked: RankedRow): void {
  const { row, urgency } = ranked;
  if (row.item !== null) tally.items.add(row.item);
  tally.measures++;
  switch (row.status) {
    case '已完成':
    case '已销号':
      tally.done++;
      break;
    case '推进中':
      tally.inProgress++;
      break;
    case '持续推进':
      tally.ongoing++;
      break;
    case '未启动':
      tally.notStarted++;
      break;
  }
  if (urgency === 'overdue') tally.overdue++;
  else if (urgency === 'dueSoon') tally.dueSoon++;
}

function countsOf(leader: string, tally: Tally): LeaderCounts {
  const { items, ...rest } = tally;
  return { leader, items: items.size, ...rest };
}

/**
 * Counts and urgency-ordered measures for every supervising leader. A measure counts for every
 * leader its 督办县领导 cell names (once per leader, even if a name is repeated in the cell).
 */
export function summarizeLedger(
  rows: readonly LedgerRow[],
  options: UrgencyOptions,
  listOrder: readonly string[] = [],
): LedgerSummary {
  const order = leaderOrder(rows, listOrder);
  const buckets = new Map<string, { tally: Tally; rows: RankedRow[] }>();
  for (const leader of order) buckets.set(leader, { tally: emptyTally(), rows: [] });
  const total = emptyTally();
  let unassigned = 0;
  for (const ranked of rankRows(rows, options)) {
    add(total, ranked);
    const leaders = ranked.row.leaders;
    if (leaders.length === 0) unassigned++;
    for (let i = 0; i < leaders.length; i++) {
      const leader = leaders[i] as string;
      if (leaders.indexOf(leader) !== i) continue; // named twice in one cell
      const bucket = buckets.get(leader);
      if (bucket === undefined) continue; // unreachable: every ledger leader is in the order
      add(bucket.tally, ranked);
      bucket.rows.push(ranked);
    }
  }
  return {
    leaders: order.map((leader) => {
      const bucket = buckets.get(leader) as { tally: Tally; rows: RankedRow[] };
      return { counts: countsOf(leader, bucket.tally), rows: bucket.rows };
    }),
    total: countsOf(TOTAL_LABEL, total),
    unassigned,
  };
}

/** The 领导汇总 rows: one per leader, in order of first appearance (no total row). */
export function leaderCounts(
  rows: readonly LedgerRow[],
  options: UrgencyOptions,
  listOrder: readonly string[] = [],
): LeaderCounts[] {
  return summarizeLedger(rows, options, listOrder).leaders.map((l) => l.counts);
}
