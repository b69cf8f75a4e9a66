import type { LedgerRow } from '../ledger/row';
import type { LeaderCounts } from './types';
import type { RankedRow, Ranking, Urgency, UrgencyOptions } from './urgency';
import { ItemIdReader, LeaderIdReader } from './row-ids';
import { RankingReader, URGENCIES, URGENCY_RANK } from './urgency';

/** The label of the total row on 领导汇总. */
export const TOTAL_LABEL = '合计';

/** One leader's counts and measures, the measures already in urgency order. */
export interface LeaderSummary {
  readonly counts: LeaderCounts;
  readonly rows: readonly RankedRow[];
  /** The same measures as indexes into the ledger rows (what the summary sheets are built from). */
  readonly indexes: Int32Array;
}

export interface LedgerSummary {
  /** In the order of first appearance (see `leaderOrder`). */
  readonly leaders: readonly LeaderSummary[];
  /** Every measure counted once, whoever supervises it. */
  readonly total: LeaderCounts;
  /** Measures whose 督办县领导 cell names nobody: in the total, on no leader's sheet. */
  readonly unassigned: number;
}

/** Called with each ledger row as `summarizeLedger` reads it: index, row, urgency, days overdue. */
export type RowVisitor = (i: number, row: LedgerRow, urgency: Urgency, daysOverdue: number) => void;

/**
 * Leaders in the order of first appearance: first as the list (清单) names them, when the caller
 * has that order, then any leader found only in the ledger, in ledger row order. Leaders the list
 * names but the ledger no longer mentions are left out: summaries describe the ledger as it is.
 */
export function leaderOrder(
  rows: readonly LedgerRow[],
  listOrder: readonly string[] = [],
): string[] {
  const reader = new LeaderIdReader(rows.length);
  for (let i = 0; i < rows.length; i++) reader.read(i, rows[i] as LedgerRow);
  return inOrderOfAppearance(reader.leaderIds().names, listOrder);
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

const MEASURES = 0;
const DONE = 1;
const IN_PROGRESS = 2;
const ONGOING = 3;
const NOT_STARTED = 4;
const OVERDUE = 5;
const DUE_SOON = 6;
/** Numbers kept per leader, in one typed array: the fields above. */
const FIELDS = 7;

/** Field of a status in the counts, or none for a status outside the list (a validation error). */
const STATUS_FIELD: ReadonlyMap<string, number> = new Map([
  ['已完成', DONE],
  ['已销号', DONE],
  ['推进中', IN_PROGRESS],
  ['持续推进', ONGOING],
  ['未启动', NOT_STARTED],
]);

/**
 * Counts and urgency-ordered measures for every supervising leader. A measure counts for every
 * leader its 督办县领导 cell names (once per leader, even if a name is repeated in the cell).
 * 已完成 counts 已完成 and 已销号; a status outside the list still counts as a measure and for
 * 逾期/30天内到期, but in no status column.
 *
 * Built for 100,000-row ledgers: leaders and items become small numbers once, counts are kept in
 * one typed array, and each leader's measures are a list of row indexes (`indexes`); the records
 * of `rows` are made only if someone reads them.
 */
export function summarizeLedger(
  rows: readonly LedgerRow[],
  options: UrgencyOptions,
  listOrder: readonly string[] = [],
): LedgerSummary {
  return summarizeVisiting(rows, options, listOrder, null);
}

/**
 * `summarizeLedger`, showing each row to `visit` in the same pass (in ledger order), so a caller
 * that needs every row too (the summary sheets' cells) does not read the records a second time.
 */
export function summarizeVisiting(
  rows: readonly LedgerRow[],
  options: UrgencyOptions,
  listOrder: readonly string[],
  visit: RowVisitor | null,
): LedgerSummary {
  const count = rows.length;
  // The one pass over the row records; everything after it reads typed arrays.
  const rankingReader = new RankingReader(count, options);
  const leaderReader = new LeaderIdReader(count);
  const itemReader = new ItemIdReader(count);
  const statuses = new Int8Array(count);
  for (let i = 0; i < count; i++) {
    const row = rows[i] as LedgerRow;
    const rank = rankingReader.read(i, row);
    leaderReader.read(i, row);
    itemReader.read(i, row);
    statuses[i] = STATUS_FIELD.get(row.status) ?? -1;
    if (visit !== null) {
      visit(i, row, URGENCIES[rank] as Urgency, rankingReader.daysOverdueOf(i));
    }
  }
  const ranked = rankingReader.ranking(rows);
  const { order, ranks } = ranked;
  const { names, ids, starts } = leaderReader.leaderIds();
  const items = itemReader.itemIds();
  const leaders = names.length;
  // FIELDS numbers per leader, the total's after them.
  const counts = new Int32Array((leaders + 1) * FIELDS);
  const totalAt = leaders * FIELDS;
  let unassigned = 0;
  for (let i = 0; i < count; i++) {
    const status = statuses[i] as number;
    const rank = ranks[i] as number;
    const late =
      rank === URGENCY_RANK.overdue ? OVERDUE : rank === URGENCY_RANK.dueSoon ? DUE_SOON : -1;
    tally(counts, totalAt, status, late);
    const end = starts[i + 1] as number;
    if (starts[i] === end) unassigned++;
    for (let k = starts[i] as number; k < end; k++) {
      tally(counts, (ids[k] as number) * FIELDS, status, late);
    }
  }
  // Each leader's row indexes in urgency order.
  const lists = names.map((_, id) => new Int32Array(counts[id * FIELDS + MEASURES] as number));
  const filled = new Int32Array(leaders);
  for (let position = 0; position < order.length; position++) {
    const i = order[position] as number;
    const end = starts[i + 1] as number;
    for (let k = starts[i] as number; k < end; k++) {
      const id = ids[k] as number;
      (lists[id] as Int32Array)[(filled[id] as number)++] = i;
    }
  }
  const marks = new Int32Array(items.count);
  const rankedOf = rankedRecords(rows, ranked);
  const idOf = new Map(names.map((name, id) => [name, id]));
  return {
    leaders: inOrderOfAppearance(names, listOrder).map((leader) => {
      const id = idOf.get(leader) as number;
      const indexes = lists[id] as Int32Array;
      const distinct = distinctItems(indexes, items.ids, marks, id + 1);
      return leaderSummary(countsOf(leader, counts, id * FIELDS, distinct), indexes, rankedOf);
    }),
    total: countsOf(TOTAL_LABEL, counts, totalAt, items.count),
    unassigned,
  };
}

function tally(counts: Int32Array, at: number, status: number, late: number): void {
  (counts[at + MEASURES] as number)++;
  if (status >= 0) (counts[at + status] as number)++;
  if (late >= 0) (counts[at + late] as number)++;
}

function countsOf(leader: string, counts: Int32Array, at: number, items: number): LeaderCounts {
  const field = (f: number) => counts[at + f] as number;
  return {
    leader,
    items,
    measures: field(MEASURES),
    done: field(DONE),
    inProgress: field(IN_PROGRESS),
    ongoing: field(ONGOING),
    notStarted: field(NOT_STARTED),
    overdue: field(OVERDUE),
    dueSoon: field(DUE_SOON),
  };
}

/** Distinct items among the rows `indexes`; `marks` is shared, `mark` unique to this call. */
function distinctItems(
  indexes: Int32Array,
  itemIds: Int32Array,
  marks: Int32Array,
  mark: number,
): number {
  let distinct = 0;
  for (let k = 0; k < indexes.length; k++) {
    const item = itemIds[indexes[k] as number] as number;
    if (item >= 0 && marks[item] !== mark) {
      marks[item] = mark;
      distinct++;
    }
  }
  return distinct;
}

/** The record of row `i` in urgency order, made on first use and shared by every leader. */
function rankedRecords(rows: readonly LedgerRow[], ranked: Ranking): (i: number) => RankedRow {
  const records: (RankedRow | undefined)[] = [];
  let positions: Int32Array | null = null;
  return (i) => {
    let record = records[i];
    if (record === undefined) {
      if (positions === null) {
        positions = new Int32Array(rows.length);
        for (let p = 0; p < ranked.order.length; p++) positions[ranked.order[p] as number] = p;
      }
      record = {
        row: rows[i] as LedgerRow,
        urgency: URGENCIES[ranked.ranks[i] as number] as Urgency,
        daysOverdue: ranked.daysOverdue[i] as number,
        order: positions[i] as number,
      };
      records[i] = record;
    }
    return record;
  };
}

/** A leader's summary; `rows` (records for callers that want them) is made on first read. */
function leaderSummary(
  counts: LeaderCounts,
  indexes: Int32Array,
  rankedOf: (i: number) => RankedRow,
): LeaderSummary {
  let rows: RankedRow[] | undefined;
  return {
    counts,
    indexes,
    get rows() {
      return (rows ??= Array.from(indexes, rankedOf));
    },
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
