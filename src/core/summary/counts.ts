import type { LedgerRow } from '../ledger/row';
import type { StatusCategory } from '../status';
import type { LeaderCounts } from './types';
import type { RankedRow, UrgencyOptions } from './urgency';
import { rankRows, urgencyWindow } from './urgency';

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
  const ranked = rankRows(rows, options);
  const known = options.knownLeaders ?? null;
  const byLeader = new Map<string, RankedRow[]>();
  const unrecognized = new Map<string, number[]>();
  let unassigned = 0;
  for (const leader of leadersInLedgerOrder(rows)) {
    if (known === null || known.has(leader)) byLeader.set(leader, []);
    else unrecognized.set(leader, []);
  }
  for (const entry of ranked) {
    const leaders = new Set(entry.row.leaders);
    if (leaders.size === 0) unassigned++;
    for (const leader of leaders) byLeader.get(leader)?.push(entry);
  }
  for (const row of rows) {
    for (const leader of new Set(row.leaders)) unrecognized.get(leader)?.push(row.row);
  }
  const window = urgencyWindow(options);
  const countsOf = (label: string, entries: readonly RankedRow[]) =>
    countRows(label, entries, (status) => window.statuses.categoryOf(status));
  return {
    leaders: inListOrder([...byLeader.keys()], listOrder).map((leader) => {
      const entries = byLeader.get(leader) as RankedRow[];
      return { counts: countsOf(leader, entries), rows: entries };
    }),
    total: countsOf(TOTAL_LABEL, ranked),
    unassigned,
    unrecognized: [...unrecognized].map(([name, at]) => ({ name, rows: at })),
  };
}

/** Every leader named in the ledger, once, in order of first appearance. */
function leadersInLedgerOrder(rows: readonly LedgerRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const leader of row.leaders) seen.add(leader);
  return [...seen];
}

/** `ledgerOrder` with the leaders the list names first, in the list's order. */
function inListOrder(ledgerOrder: readonly string[], listOrder: readonly string[]): string[] {
  const inLedger = new Set(ledgerOrder);
  const first = listOrder.filter((leader) => inLedger.has(leader));
  return [...new Set([...first, ...ledgerOrder])];
}

const CATEGORY_FIELD: Readonly<Record<StatusCategory, keyof LeaderCounts>> = {
  done: 'done',
  inProgress: 'inProgress',
  ongoing: 'ongoing',
  notStarted: 'notStarted',
};

function countRows(
  leader: string,
  entries: readonly RankedRow[],
  categoryOf: (status: string) => StatusCategory | null,
): LeaderCounts {
  const counts = {
    leader,
    items: new Set(entries.map((e) => e.row.item).filter((item) => item !== null)).size,
    measures: entries.length,
    done: 0,
    inProgress: 0,
    ongoing: 0,
    notStarted: 0,
    invalidStatus: 0,
    overdue: 0,
    dueSoon: 0,
  };
  for (const { row, urgency } of entries) {
    const category = categoryOf(row.status);
    if (category === null) counts.invalidStatus++;
    else (counts[CATEGORY_FIELD[category]] as number)++;
    if (urgency === 'overdue') counts.overdue++;
    if (urgency === 'dueSoon') counts.dueSoon++;
  }
  return counts;
}
