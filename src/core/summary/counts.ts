import type { LedgerRow } from '../ledger/row';
import type { LeaderCounts } from './types';
import type { RankedRow, UrgencyOptions } from './urgency';
import { inUrgencyOrder, rankedRow, urgencyWindow } from './urgency';

/** The label of the total row on 领导汇总. */
export const TOTAL_LABEL = '合计';

/** One leader's counts and measures, the measures in urgency order. */
export interface LeaderSummary {
  readonly counts: LeaderCounts;
  readonly rows: readonly RankedRow[];
}

/** A name in 督办县领导 that 名录 does not list, and the ledger rows that give it. */
export interface UnrecognizedLeader {
  readonly name: string;
  /** 1-based 台账 rows, in sheet order. */
  readonly rows: readonly number[];
}

export interface LedgerSummary {
  /** Leaders 名录 lists (or every leader, without 名录), in the order of `leaderOrder`. */
  readonly leaders: readonly LeaderSummary[];
  /** Every measure counted once, whoever supervises it. */
  readonly total: LeaderCounts;
  /** Every measure once, in ledger order. */
  readonly measures: readonly RankedRow[];
  /** Measures whose 督办县领导 cell names nobody: in the total, on no leader's sheet. */
  readonly unassigned: number;
  /** Names 名录 does not list (typos, people added to no list): no sheet, listed on 领导汇总. */
  readonly unrecognized: readonly UnrecognizedLeader[];
}

export interface SummaryCountOptions extends UrgencyOptions {
  /** The leaders 名录 lists; null (no 名录, or no leader column there) accepts every name. */
  readonly knownLeaders?: ReadonlySet<string> | null;
}

/**
 * Counts and urgency-ordered measures for every supervising leader. A measure counts for every
 * leader its 督办县领导 cell names (once per leader, even if a name is repeated in the cell).
 * Each status is counted in its category's column (src/core/status.ts); a status in no list in
 * 状态有误, so a leader's status columns always add up to their measures.
 *
 * Leaders are ordered as the list (清单) first names them, then any found only in the ledger, in
 * ledger order. Leaders the list names but the ledger no longer mentions are left out.
 */
export function summarizeLedger(
  rows: readonly LedgerRow[],
  options: SummaryCountOptions,
  listOrder: readonly string[] = [],
): LedgerSummary {
  const window = urgencyWindow(options);
  const inLedgerOrder = rows.map((row, i) => rankedRow(row, i, window));
  const known = options.knownLeaders ?? null;
  // Counted in ledger order (the first appearance orders leaders and names); listed in urgency order.
  const tallies = new Map<string, Tally>();
  const unrecognized = new Map<string, number[]>();
  const total = new Tally(TOTAL_LABEL);
  let unassigned = 0;
  for (const entry of inLedgerOrder) {
    total.add(entry);
    if (entry.leaders.length === 0) unassigned++;
    for (const leader of entry.leaders) {
      if (known === null || known.has(leader)) {
        let tally = tallies.get(leader);
        if (tally === undefined) {
          tally = new Tally(leader);
          tallies.set(leader, tally);
        }
        tally.add(entry);
      } else {
        const at = unrecognized.get(leader);
        if (at === undefined) unrecognized.set(leader, [entry.row.row]);
        else at.push(entry.row.row);
      }
    }
  }
  const byLeader = new Map<string, RankedRow[]>([...tallies.keys()].map((name) => [name, []]));
  for (const entry of inUrgencyOrder(inLedgerOrder)) {
    for (const leader of entry.leaders) byLeader.get(leader)?.push(entry);
  }
  return {
    leaders: inListOrder([...tallies.keys()], listOrder).map((leader) => ({
      counts: (tallies.get(leader) as Tally).counts(),
      rows: byLeader.get(leader) as RankedRow[],
    })),
    total: total.counts(),
    measures: inLedgerOrder,
    unassigned,
    unrecognized: [...unrecognized].map(([name, at]) => ({ name, rows: at })),
  };
}

/** `ledgerOrder` with the leaders the list names first, in the list's order. */
function inListOrder(ledgerOrder: readonly string[], listOrder: readonly string[]): string[] {
  const inLedger = new Set(ledgerOrder);
  const first = listOrder.filter((leader) => inLedger.has(leader));
  return [...new Set([...first, ...ledgerOrder])];
}

/** One leader's (or the total's) counts, added up a measure at a time. */
class Tally {
  private readonly items = new Set<number>();
  private lastItem: number | null = null;
  private measures = 0;
  private done = 0;
  private inProgress = 0;
  private ongoing = 0;
  private notStarted = 0;
  private invalidStatus = 0;
  private overdue = 0;
  private dueSoon = 0;

  constructor(readonly leader: string) {}

  add({ row, category, urgency }: RankedRow): void {
    // An item's measures are usually consecutive rows: its number is added once per run of them.
    if (row.item !== null && row.item !== this.lastItem) this.items.add(row.item);
    this.lastItem = row.item;
    this.measures++;
    switch (category) {
      case 'done':
        this.done++;
        break;
      case 'inProgress':
        this.inProgress++;
        break;
      case 'ongoing':
        this.ongoing++;
        break;
      case 'notStarted':
        this.notStarted++;
        break;
      case null:
        this.invalidStatus++;
    }
    if (urgency === 'overdue') this.overdue++;
    if (urgency === 'dueSoon') this.dueSoon++;
  }

  counts(): LeaderCounts {
    return {
      leader: this.leader,
      items: this.items.size,
      measures: this.measures,
      done: this.done,
      inProgress: this.inProgress,
      ongoing: this.ongoing,
      notStarted: this.notStarted,
      invalidStatus: this.invalidStatus,
      overdue: this.overdue,
      dueSoon: this.dueSoon,
    };
  }
}
