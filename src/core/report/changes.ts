import type { IsoDate } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { rowKey } from '../cycle/ledger-table';
import { valueKey } from '../cycle/cells';
import { ledgerCell } from '../ledger/row';
import { USER_COLUMNS, type LedgerColumn } from '../ledger/model';
import { urgencyOf, urgencyWindow } from '../summary/urgency';
import { reportMeasure } from './measures';
import type { ReportMeasure } from './model';

/** What changed between the previous ledger and this one, row by row (问题序号 + 措施序号). */
export interface ReportChanges {
  /** The date the previous ledger is judged at: see `diffLedgers`. */
  readonly since: IsoDate;
  /** Done now (已完成/已销号), not done in the previous ledger (or not in it). */
  readonly newlyDone: readonly ReportMeasure[];
  /** Overdue now, not overdue in the previous ledger on `since`. */
  readonly newlyOverdue: readonly ReportMeasure[];
  /** 整改进展 or 更新日期 differs from the previous ledger. */
  readonly progressUpdated: readonly ReportMeasure[];
  /** Not done, in both ledgers, no user column changed. */
  readonly notUpdated: readonly ReportMeasure[];
  /** In this ledger only / in the previous one only. */
  readonly added: readonly ReportMeasure[];
  readonly removed: readonly ReportMeasure[];
}

const PROGRESS_COLUMNS: readonly LedgerColumn[] = ['整改进展', '更新日期'];

/**
 * A pure diff of two ledgers' rows. `since` is the day the previous ledger described (the
 * caller's choice: the latest 更新日期 in it, see `previousAsOf`); a row counts as overdue there
 * when it was not done and its deadline lay before `since`. A row without 问题序号 or 措施序号
 * cannot be matched and is in no list; a repeated key counts once (its first row).
 */
export function diffLedgers(
  previous: readonly LedgerRow[],
  current: readonly LedgerRow[],
  options: { readonly today: IsoDate; readonly since: IsoDate },
): ReportChanges {
  const before = new Map<string, LedgerRow>();
  for (const row of previous) {
    const key = keyOf(row);
    if (key !== null && !before.has(key)) before.set(key, row);
  }
  const now = urgencyWindow({ today: options.today, dueSoonDays: 0 });
  const then = urgencyWindow({ today: options.since, dueSoonDays: 0 });
  const seen = new Set<string>();
  const changes = {
    newlyDone: [] as ReportMeasure[],
    newlyOverdue: [] as ReportMeasure[],
    progressUpdated: [] as ReportMeasure[],
    notUpdated: [] as ReportMeasure[],
    added: [] as ReportMeasure[],
  };
  for (const row of current) {
    const key = keyOf(row);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const old = before.get(key);
    const measure = reportMeasure(row);
    const urgency = urgencyOf(row, now);
    if (old === undefined) changes.added.push(measure);
    const oldUrgency = old === undefined ? null : urgencyOf(old, then);
    if (urgency === 'done' && oldUrgency !== 'done') changes.newlyDone.push(measure);
    if (urgency === 'overdue' && oldUrgency !== 'overdue') changes.newlyOverdue.push(measure);
    if (old === undefined) continue;
    if (PROGRESS_COLUMNS.some((c) => differs(old, row, c))) changes.progressUpdated.push(measure);
    if (urgency !== 'done' && !USER_COLUMNS.some((c) => differs(old, row, c))) {
      changes.notUpdated.push(measure);
    }
  }
  const removed = [...before.entries()]
    .filter(([key]) => !seen.has(key))
    .map(([, row]) => reportMeasure(row));
  return { since: options.since, ...changes, removed };
}

function keyOf(row: LedgerRow): string | null {
  return rowKey(row.item, row.measure);
}

function differs(a: LedgerRow, b: LedgerRow, column: LedgerColumn): boolean {
  return valueKey(ledgerCell(a, column)) !== valueKey(ledgerCell(b, column));
}

/**
 * The day a previous ledger described: its latest 更新日期 (the last day anyone recorded progress
 * in it), or, when it has none, `today`: then only a row whose own status or deadline changed
 * (or a new row) can be newly overdue, never one merely because time passed.
 */
export function previousAsOf(previous: readonly LedgerRow[], today: IsoDate): IsoDate {
  let latest: IsoDate | null = null;
  for (const row of previous) {
    if (row.updated !== null && row.updated <= today && (latest === null || row.updated > latest)) {
      latest = row.updated;
    }
  }
  return latest ?? today;
}
