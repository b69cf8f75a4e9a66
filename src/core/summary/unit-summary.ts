import type { IsoDate } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { INVALID_STATUS_LABEL, STATUS_CATEGORIES, type StatusCategory } from '../status';
import { rankedRow, urgencyWindow, type RankedRow, type UrgencyOptions } from './urgency';

/**
 * Status columns of 单位汇总: one per status category (src/core/status.ts), then 状态有误 for
 * blank statuses and statuses in no list, as on 领导汇总.
 */
export const UNIT_STATUS_COLUMNS: readonly {
  readonly header: string;
  readonly category: StatusCategory | null;
}[] = [
  ...STATUS_CATEGORIES.map((c) => ({ header: c.label, category: c.category })),
  { header: INVALID_STATUS_LABEL, category: null },
];

export interface UnitCounts {
  readonly unit: string;
  readonly items: number;
  readonly measures: number;
  /** In the order of UNIT_STATUS_COLUMNS; they add up to `measures`. */
  readonly statuses: readonly number[];
  readonly overdue: number;
  readonly dueSoon: number;
  /** The latest 更新日期 of its measures, or null. */
  readonly latestUpdate: IsoDate | null;
}

export interface UnitSummary {
  /** Most overdue first; equal ones in order of first appearance in the 台账. */
  readonly units: readonly UnitCounts[];
  /** Every measure once, whichever units it names. */
  readonly total: UnitCounts;
  /** Measures whose 责任单位 names no unit: in the total only. */
  readonly unassigned: number;
}

/** The index in UNIT_STATUS_COLUMNS of each category, and of 状态有误 (`invalid`). */
const STATUS_COLUMN = Object.fromEntries(
  UNIT_STATUS_COLUMNS.map((c, i) => [c.category ?? 'invalid', i]),
) as Record<StatusCategory | 'invalid', number>;

class Tally {
  readonly items = new Set<number>();
  private lastItem: number | null = null;
  measures = 0;
  readonly statuses = UNIT_STATUS_COLUMNS.map(() => 0);
  overdue = 0;
  dueSoon = 0;
  latestUpdate: IsoDate | null = null;

  constructor(readonly unit: string) {}

  add({ row, category, urgency }: RankedRow): void {
    const status = STATUS_COLUMN[category ?? 'invalid'];
    // An item's measures are usually consecutive rows: its number is added once per run of them.
    if (row.item !== null && row.item !== this.lastItem) this.items.add(row.item);
    this.lastItem = row.item;
    this.measures++;
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    if (urgency === 'overdue') this.overdue++;
    if (urgency === 'dueSoon') this.dueSoon++;
    if (row.updated !== null && (this.latestUpdate === null || row.updated > this.latestUpdate)) {
      this.latestUpdate = row.updated;
    }
  }

  counts(): UnitCounts {
    return {
      unit: this.unit,
      items: this.items.size,
      measures: this.measures,
      statuses: [...this.statuses],
      overdue: this.overdue,
      dueSoon: this.dueSoon,
      latestUpdate: this.latestUpdate,
    };
  }
}

/** Counts per responsible unit: a measure naming several units counts for each of them. */
export function summarizeUnits(rows: readonly LedgerRow[], options: UrgencyOptions): UnitSummary {
  const window = urgencyWindow(options);
  return summarizeUnitsOf(rows.map((row, i) => rankedRow(row, i, window)));
}

/** `summarizeUnits` of measures already ranked (by `summarizeLedger`), in ledger order. */
export function summarizeUnitsOf(measures: readonly RankedRow[]): UnitSummary {
  const byUnit = new Map<string, Tally>();
  const total = new Tally('合计');
  let unassigned = 0;
  for (const measure of measures) {
    const { row } = measure;
    total.add(measure);
    if (row.units.length === 0) unassigned++;
    for (const unit of row.units.length > 1 ? new Set(row.units) : row.units) {
      let tally = byUnit.get(unit);
      if (tally === undefined) {
        tally = new Tally(unit);
        byUnit.set(unit, tally);
      }
      tally.add(measure);
    }
  }
  const units = [...byUnit.values()].map((t) => t.counts());
  // Array.prototype.sort is stable: equal overdue counts keep the order of appearance.
  units.sort((a, b) => b.overdue - a.overdue);
  return { units, total: total.counts(), unassigned };
}
