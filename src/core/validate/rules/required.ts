import { isBlankCell } from '../../ledger/cell-text';
import type { LedgerColumn } from '../../ledger/model';
import { type LedgerRow, ledgerCell } from '../../ledger/row';
import type { RuleContext } from '../context';
import { hasColumn, rowFinding } from '../context';
import type { Detail, FindingSink } from '../issue';
import { message } from '../../i18n';

export const REQUIRED_FIELDS: readonly LedgerColumn[] = [
  '问题序号',
  '措施序号',
  '整改措施',
  '责任单位',
  '状态',
];

/** `required`: the fields every measure needs are filled in on every non-blank row. */
export function checkRequired(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  for (const column of REQUIRED_FIELDS) {
    if (!hasColumn(ctx, column) || !isBlankCell(ledgerCell(row, column))) continue;
    out.push(rowFinding('error', 'required', ctx, row, column, '', requiredText(column)));
  }
}

function requiredText(column: LedgerColumn): Detail {
  return message('validate.required', { column });
}
