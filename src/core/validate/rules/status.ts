import { isErrorCell } from '../../grid';
import type { LedgerRow } from '../../ledger/row';
import type { RuleContext } from '../context';
import { cellOf } from '../context';
import type { Finding } from '../issue';
import { cellFinding, shown, shownList } from '../issue';

/** `bad-status`: 状态 is one of the statuses of 名录 (or the built-in list). */
export function checkStatus(row: LedgerRow, ctx: RuleContext, out: Finding[]): void {
  const at = cellOf(ctx, row, '状态');
  const cell = row.cells['状态'];
  if (at === null || row.status.length === 0 || (cell !== undefined && isErrorCell(cell))) return;
  if (ctx.statuses.includes(row.status)) return;
  const list = shownList(ctx.statuses);
  out.push(
    cellFinding(
      'error',
      'bad-status',
      at,
      row.status,
      `“${shown(row.status)}”不是有效状态，应为以下之一：${list}。`,
      `"${shown(row.status)}" is not a status; expected one of: ${list}.`,
    ),
  );
}
