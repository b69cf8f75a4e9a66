import { isErrorCell } from '../../grid';
import { type LedgerRow, ledgerCell } from '../../ledger/row';
import type { RuleContext } from '../context';
import { hasColumn, rowFinding } from '../context';
import type { Detail, FindingSink } from '../issue';
import { shown } from '../issue';
import { message } from '../../i18n';
import { SHEETS } from '../../ledger/model';
import { STATUS_CATEGORY_HEADER } from '../../status';

/**
 * `bad-status`: 状态 is one of the statuses of 名录 (or the built-in list) with a category, so it
 * is counted in a column of the summaries; anything else is counted there as 状态有误.
 */
export function checkStatus(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  const cell = ledgerCell(row, '状态');
  if (row.status.length === 0 || (cell !== undefined && isErrorCell(cell))) return;
  if (!hasColumn(ctx, '状态')) return;
  if (ctx.statuses.categoryOf(row.status) !== null) return;
  out.push(
    rowFinding(
      'error',
      'bad-status',
      ctx,
      row,
      '状态',
      row.status,
      badStatusText(row.status, ctx.statuses.statuses),
    ),
  );
}

function badStatusText(status: string, statuses: readonly string[]): Detail {
  return message('validate.badStatus', {
    status: shown(status),
    statuses,
    sheet: SHEETS.lists,
    categoryColumn: STATUS_CATEGORY_HEADER,
  });
}
