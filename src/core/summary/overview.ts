import type { LedgerRow } from '../ledger/row';
import type { OverdueEntry, OverdueOverview } from './types';
import type { UrgencyOptions } from './urgency';
import { daysOverdue, urgencyOf, urgencyWindow } from './urgency';

/**
 * The task pane's 逾期概览: how many measures are overdue and due soon on `today`, and every overdue
 * measure, most days overdue first (ties in sheet order).
 */
export function overdueOverview(
  rows: readonly LedgerRow[],
  options: UrgencyOptions,
): OverdueOverview {
  const window = urgencyWindow(options);
  let dueSoon = 0;
  const overdue: OverdueEntry[] = [];
  for (const row of rows) {
    const urgency = urgencyOf(row, window);
    if (urgency === 'dueSoon') dueSoon++;
    if (urgency !== 'overdue' || row.deadline === null) continue;
    overdue.push({
      row: row.row,
      item: row.item,
      measure: row.measure,
      measureText: row.measureText,
      deadline: row.deadline,
      daysOverdue: daysOverdue(row, urgency, options.today),
      leaders: row.leaders,
    });
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.row - b.row);
  return { today: options.today, overdue: overdue.length, dueSoon, mostOverdue: overdue };
}
