import { isBlankCell } from '../../ledger/cell-text';
import { isDoneStatus } from '../../ledger/model';
import type { LedgerRow } from '../../ledger/row';
import type { RuleContext } from '../context';
import { cellOf } from '../context';
import type { Finding } from '../issue';
import { dayNumber } from '../day-number';
import { cellFinding, shown } from '../issue';

const IN_PROGRESS = ['推进中', '持续推进'];

/**
 * `overdue-no-progress` (error) or `overdue` (warning): past 截止日期 and not done; an overdue row
 * must be explained in 整改进展 before submission. `no-progress` (warning): 推进中 or 持续推进 with
 * nothing in 整改进展 (not repeated when the row is already an overdue error).
 */
export function checkProgress(row: LedgerRow, ctx: RuleContext, out: Finding[]): void {
  const done = isDoneStatus(row.status);
  const progressAt = cellOf(ctx, row, '整改进展');
  const noProgress = row.progress.length === 0;
  const overdue = !done && row.deadline !== null && row.deadline < ctx.today;
  if (overdue && row.deadline !== null) {
    const days = ctx.todayNumber - dayNumber(row.deadline);
    if (noProgress && progressAt !== null) {
      out.push(
        cellFinding(
          'error',
          'overdue-no-progress',
          progressAt,
          '',
          `截止日期 ${row.deadline} 已过 ${days} 天，尚未完成，整改进展为空；报送前应写明整改进展或逾期原因。`,
          `deadline ${row.deadline} passed ${days} days ago, not done, and no progress is given; explain it before submission.`,
        ),
      );
      return;
    }
    const deadlineAt = cellOf(ctx, row, '截止日期');
    if (deadlineAt !== null && !noProgress) {
      out.push(
        cellFinding(
          'warning',
          'overdue',
          deadlineAt,
          row.deadline,
          `截止日期 ${row.deadline} 已过 ${days} 天，状态为“${shown(row.status)}”，尚未完成（已填写整改进展）。`,
          `deadline ${row.deadline} passed ${days} days ago and 状态 is "${shown(row.status)}" (progress given).`,
        ),
      );
    }
  }
  if (progressAt !== null && noProgress && IN_PROGRESS.includes(row.status)) {
    out.push(
      cellFinding(
        'warning',
        'no-progress',
        progressAt,
        '',
        `状态为“${row.status}”，但整改进展为空；应填写目前的整改进展。`,
        `状态 is "${row.status}" but no progress is given.`,
      ),
    );
  }
}

/** `stale`: not done and not updated within the window (or never). */
export function checkStale(row: LedgerRow, ctx: RuleContext, out: Finding[]): void {
  const at = cellOf(ctx, row, '更新日期');
  if (at === null || isDoneStatus(row.status)) return;
  const updated = row.updated;
  if (updated === null && isBlankCell(row.cells['更新日期'])) {
    out.push(
      cellFinding(
        'warning',
        'stale',
        at,
        '',
        `尚未完成，更新日期为空；应在 ${ctx.staleDays} 天内更新一次并填写更新日期。`,
        `not done and never updated; update at least every ${ctx.staleDays} days.`,
      ),
    );
    return;
  }
  if (updated === null || updated > ctx.today) return;
  const days = ctx.todayNumber - dayNumber(updated);
  if (days <= ctx.staleDays) return;
  out.push(
    cellFinding(
      'warning',
      'stale',
      at,
      updated,
      `尚未完成，最近更新于 ${updated}，已 ${days} 天未更新（应不超过 ${ctx.staleDays} 天）。`,
      `not done and last updated ${updated}, ${days} days ago (at most ${ctx.staleDays} expected).`,
    ),
  );
}
