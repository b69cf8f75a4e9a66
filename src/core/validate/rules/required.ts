import { isBlankCell } from '../../ledger/cell-text';
import type { LedgerColumn } from '../../ledger/model';
import type { LedgerRow } from '../../ledger/row';
import type { RuleContext } from '../context';
import { cellOf } from '../context';
import type { Finding } from '../issue';
import { cellFinding } from '../issue';

export const REQUIRED_FIELDS: readonly LedgerColumn[] = [
  '问题序号',
  '措施序号',
  '整改措施',
  '责任单位',
  '状态',
];

/** `required`: the fields every measure needs are filled in on every non-blank row. */
export function checkRequired(row: LedgerRow, ctx: RuleContext, out: Finding[]): void {
  for (const column of REQUIRED_FIELDS) {
    if (!isBlankCell(row.cells[column])) continue;
    const at = cellOf(ctx, row, column);
    if (at === null) continue;
    out.push(
      cellFinding(
        'error',
        'required',
        at,
        '',
        `为空，应填写${column}（如是合并单元格，请取消合并并逐行填写）。`,
        `is empty; ${column} must be filled in (unmerge merged cells and fill every row).`,
      ),
    );
  }
}
