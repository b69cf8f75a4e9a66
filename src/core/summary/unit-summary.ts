import type { IsoDate } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { INVALID_STATUS_LABEL, STATUS_CATEGORIES, type StatusCategory } from '../status';
import { urgencyOf, urgencyWindow, type UrgencyOptions } from './urgency';

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

function statusColumn(category: StatusCategory | null): number {
  return UNIT_STATUS_COLUMNS.findIndex((c) => c.category === category);
}

class Tally {
  readonly items = new Set<string>();
  measures = 0;
  readonly statuses = UNIT_STATUS_COLUMNS.map(() => 0);
  overdue = 0;
  dueSoon = 0;
  latestUpdate: IsoDate | null = null;

  constructor(readonly unit: string) {}

  add(row: LedgerRow, status: number, urgency: string): void {
    if (row.item !== null) this.items.add(String(row.item));
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
  const byUnit = new Map<string, Tally>();
  const total = new Tally('合计');
  let unassigned = 0;
  for (const row of rows) {
    const status = statusColumn(window.statuses.categoryOf(row.status));
    const urgency = urgencyOf(row, window);
    total.add(row, status, urgency);
    if (row.units.length === 0) unassigned++;
    for (const unit of new Set(row.units)) {
      let tally = byUnit.get(unit);
      if (tally === undefined) {
        tally = new Tally(unit);
        byUnit.set(unit, tally);
      }
      tally.add(row, status, urgency);
    }
  }
  const units = [...byUnit.values()].map((t) => t.counts());
  // Array.prototype.sort is stable: equal overdue counts keep the order of appearance.
  units.sort((a, b) => b.overdue - a.overdue);
  return { units, total: total.counts(), unassigned };
}
