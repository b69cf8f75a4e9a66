import { isBlankCell } from '../../ledger/cell-text';
import { dayNumber } from '../../dates';
import { type LedgerRow, ledgerCell } from '../../ledger/row';
import type { RuleContext } from '../context';
import { hasColumn, rowFinding } from '../context';
import type { Detail, FindingSink } from '../issue';
import { shown } from '../issue';
import { message } from '../../i18n';

/**
 * `overdue-no-progress` (error) or `overdue` (warning): past 截止日期 and not done; an overdue row
 * must be explained in 整改进展 before submission. `no-progress` (warning): a status of the
 * in-progress or ongoing category with nothing in 整改进展 (not repeated when the row is already an overdue error).
 */
export function checkProgress(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  const category = ctx.statuses.categoryOf(row.status);
  const done = category === 'done';
  const noProgress = row.progress.length === 0;
  const overdue = !done && row.deadline !== null && row.deadline < ctx.today;
  if (overdue && row.deadline !== null) {
    const days = ctx.todayNumber - dayNumber(row.deadline);
    if (noProgress && hasColumn(ctx, '整改进展')) {
      out.push(
        rowFinding(
          'error',
          'overdue-no-progress',
          ctx,
          row,
          '整改进展',
          '',
          overdueNoProgressText(row.deadline, days),
        ),
      );
      return;
    }
    if (!noProgress && hasColumn(ctx, '截止日期')) {
      out.push(
        rowFinding(
          'warning',
          'overdue',
          ctx,
          row,
          '截止日期',
          row.deadline,
          overdueText(row.deadline, days, row.status),
        ),
      );
    }
  }
  const working = category === 'inProgress' || category === 'ongoing';
  if (noProgress && working && hasColumn(ctx, '整改进展')) {
    out.push(
      rowFinding('warning', 'no-progress', ctx, row, '整改进展', '', noProgressText(row.status)),
    );
  }
}

/** `stale`: not done and not updated within the window (or never). */
export function checkStale(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  if (!hasColumn(ctx, '更新日期') || ctx.statuses.categoryOf(row.status) === 'done') return;
  const updated = row.updated;
  if (updated === null && isBlankCell(ledgerCell(row, '更新日期'))) {
    out.push(
      rowFinding('warning', 'stale', ctx, row, '更新日期', '', neverUpdatedText(ctx.staleDays)),
    );
    return;
  }
  if (updated === null || updated > ctx.today) return;
  const days = ctx.todayNumber - dayNumber(updated);
  if (days <= ctx.staleDays) return;
  const detail = staleText(updated, days, ctx.staleDays);
  out.push(rowFinding('warning', 'stale', ctx, row, '更新日期', updated, detail));
}

// Message texts, made only for the rows that have a finding (see `Detail`).

function overdueNoProgressText(deadline: string, days: number): Detail {
  return message('validate.overdueNoProgress', { deadline, days });
}

function overdueText(deadline: string, days: number, status: string): Detail {
  return message('validate.overdue', { deadline, days, status: shown(status) });
}

function noProgressText(status: string): Detail {
  return message('validate.noProgress', { status });
}

function neverUpdatedText(staleDays: number): Detail {
  return message('validate.neverUpdated', { days: staleDays });
}

function staleText(updated: string, days: number, staleDays: number): Detail {
  return message('validate.stale', { updated, days, staleDays });
}
