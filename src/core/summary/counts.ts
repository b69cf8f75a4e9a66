import type { LedgerRow } from '../ledger/row';
import type { LeaderCounts } from './types';
import type { RankedRow, Urgency, UrgencyOptions } from './urgency';
import { ranking } from './urgency';

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
  return inOrderOfAppearance(leaderIds(rows).names, listOrder);
}

/** `ledgerOrder` (every leader once) put in the list's order first, as `leaderOrder` describes. */
function inOrderOfAppearance(
  ledgerOrder: readonly string[],
  listOrder: readonly string[],
): string[] {
  if (listOrder.length === 0) return [...ledgerOrder];
  const inLedger = new Set(ledgerOrder);
  const order: string[] = [];
  const placed = new Set<string>();
  for (const leaders of [listOrder, ledgerOrder]) {
    for (const leader of leaders) {
      if (inLedger.has(leader) && !placed.has(leader)) {
        placed.add(leader);
        order.push(leader);
      }
    }
  }
  return order;
}

/**
 * Every leader numbered in order of first appearance in the ledger, and each row's leaders as
 * those numbers, each leader once per row (a name repeated in one cell counts once): row `i`'s are
 * `ids[starts[i]]` up to `ids[starts[i + 1]]`. Read once, so later passes compare no strings.
 */
interface LeaderIds {
  readonly names: string[];
  readonly ids: Int32Array;
  readonly starts: Int32Array;
}

function leaderIds(rows: readonly LedgerRow[]): LeaderIds {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const starts = new Int32Array(rows.length + 1);
  let ids = new Int32Array(rows.length * 2 + 16);
  let used = 0;
  for (let i = 0; i < rows.length; i++) {
    const leaders = (rows[i] as LedgerRow).leaders;
    const first = used;
    for (let j = 0; j < leaders.length; j++) {
      const leader = leaders[j] as string;
      let id = numbers.get(leader);
      if (id === undefined) {
        id = names.length;
        numbers.set(leader, id);
        names.push(leader);
      }
      if (seenSince(ids, first, used, id)) continue; // named twice in one cell
      if (used === ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[used++] = id;
    }
    starts[i + 1] = used;
  }
  return { names, ids, starts };
}

function seenSince(ids: Int32Array, from: number, to: number, id: number): boolean {
  for (let k = from; k < to; k++) if (ids[k] === id) return true;
  return false;
}

/** Column of a status in the counts, or -1 for a status outside the list (a validation error). */
const STATUS_COLUMN: ReadonlyMap<string, number> = new Map([
  ['已完成', 0],
  ['已销号', 0],
  ['推进中', 1],
  ['持续推进', 2],
  ['未启动', 3],
]);

/**
 * Counts for one leader or the total, kept as plain numbers while the ledger is read. 已完成 counts
 * 已完成 and 已销号; a status outside the list still counts as a measure and for 逾期/30天内到期, but
 * in no status column. Items are counted once each: a leader's measures of one item usually sit
 * together, so only a change of item touches the set.
 */
class Tally {
  readonly items = new Set<number>();
  lastItem: number | null = null;
  measures = 0;
  readonly statuses = [0, 0, 0, 0];
  overdue = 0;
  dueSoon = 0;

  add(item: number | null, status: number, urgency: Urgency): void {
    if (item !== null && item !== this.lastItem) {
      this.items.add(item);
      this.lastItem = item;
    }
    this.measures++;
    if (status >= 0) (this.statuses[status] as number)++;
    if (urgency === 'overdue') this.overdue++;
    else if (urgency === 'dueSoon') this.dueSoon++;
  }

  counts(leader: string): LeaderCounts {
    const [done, inProgress, ongoing, notStarted] = this.statuses as [
      number,
      number,
      number,
      number,
    ];
    return {
      leader,
      items: this.items.size,
      measures: this.measures,
      done,
      inProgress,
      ongoing,
      notStarted,
      overdue: this.overdue,
      dueSoon: this.dueSoon,
    };
  }
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
  const { names, ids, starts } = leaderIds(rows);
  const { order, urgencies, daysOverdue } = ranking(rows, options);
  const tallies = names.map(() => new Tally());
  const total = new Tally();
  let unassigned = 0;
  // Counted in ledger order, where one item's measures sit together.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    const status = STATUS_COLUMN.get(row.status) ?? -1;
    const urgency = urgencies[i] as Urgency;
    total.add(row.item, status, urgency);
    const end = starts[i + 1] as number;
    if (starts[i] === end) unassigned++;
    for (let k = starts[i] as number; k < end; k++) {
      (tallies[ids[k] as number] as Tally).add(row.item, status, urgency);
    }
  }
  // Listed in urgency order; one record per measure, shared by its leaders' lists.
  const lists: RankedRow[][] = names.map(() => []);
  for (let position = 0; position < order.length; position++) {
    const i = order[position] as number;
    const end = starts[i + 1] as number;
    if (starts[i] === end) continue;
    const ranked: RankedRow = {
      row: rows[i] as LedgerRow,
      urgency: urgencies[i] as Urgency,
      daysOverdue: daysOverdue[i] as number,
      order: position,
    };
    for (let k = starts[i] as number; k < end; k++)
      (lists[ids[k] as number] as RankedRow[]).push(ranked);
  }
  const idOf = new Map(names.map((name, id) => [name, id]));
  return {
    leaders: inOrderOfAppearance(names, listOrder).map((leader) => {
      const id = idOf.get(leader) as number;
      return { counts: (tallies[id] as Tally).counts(leader), rows: lists[id] as RankedRow[] };
    }),
    total: total.counts(TOTAL_LABEL),
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
