import type { LedgerRow } from '../ledger/row';
import type { ReportMeasure } from './model';

/** A ledger row as a report shows it. */
export function reportMeasure(row: LedgerRow): ReportMeasure {
  return {
    label: measureLabel(row),
    row: row.row,
    measureText: row.measureText,
    units: row.units.join('、'),
    leaders: row.leaders.join('、'),
    deadline: row.deadline,
    status: row.status,
    progress: row.progress,
    updated: row.updated,
  };
}

/** `问题序号-措施序号`; a measure number that already starts with the item's (`3-2`) is kept. */
export function measureLabel(row: LedgerRow): string {
  const item = row.item === null ? '' : String(row.item);
  const measure = row.measure.trim();
  if (item === '') return measure;
  if (measure === '') return item;
  return measure.startsWith(`${item}-`) || measure.startsWith(`${item}.`)
    ? measure
    : `${item}-${measure}`;
}
