import { isBlankCell } from '../../ledger/cell-text';
import { isRemovedFromList } from '../../ledger/model';
import { type LedgerRow, ledgerCell } from '../../ledger/row';
import type { RuleContext } from '../context';
import { hasColumn, rowFinding } from '../context';
import type { Detail, FindingSink } from '../issue';
import { shown } from '../issue';
import { message } from '../../i18n';
import { itemKey } from '../references';

/**
 * `duplicate-key`: one row per 问题序号 + 措施序号; every row of a repeated pair is reported. Rows a
 * re-import kept but marked removed from the list keep their old key, which a renumbered live
 * measure may now use: they are not measures and take no part.
 */
export function checkDuplicates(
  rows: readonly LedgerRow[],
  ctx: RuleContext,
  out: FindingSink,
): void {
  if (ctx.columns['问题序号'] === undefined || ctx.columns['措施序号'] === undefined) return;
  // item → measure → the rows with that pair (a single row is stored as itself: most pairs are
  // unique, and a ledger can have 100,000 of them).
  const byItem = new Map<string | number, Map<string, LedgerRow | LedgerRow[]>>();
  const repeated: LedgerRow[][] = [];
  for (const row of rows) {
    if (isBlankCell(ledgerCell(row, '问题序号')) || row.measure.length === 0) continue;
    if (isRemovedFromList(row.measureText)) continue;
    const item = row.item ?? itemKey(ledgerCell(row, '问题序号'));
    let measures = byItem.get(item);
    if (measures === undefined) byItem.set(item, (measures = new Map()));
    const seen = measures.get(row.measure);
    if (seen === undefined) measures.set(row.measure, row);
    else if (Array.isArray(seen)) seen.push(row);
    else {
      const same = [seen, row];
      measures.set(row.measure, same);
      repeated.push(same);
    }
  }
  for (const same of repeated) {
    for (const row of same) {
      if (!hasColumn(ctx, '措施序号')) continue;
      const detail = duplicateText(row, same);
      out.push(rowFinding('error', 'duplicate-key', ctx, row, '措施序号', row.measure, detail));
    }
  }
}

function duplicateText(row: LedgerRow, same: readonly LedgerRow[]): Detail {
  return message('validate.duplicateKey', {
    item: shown(itemKey(ledgerCell(row, '问题序号'))),
    measure: shown(row.measure),
    rows: () => same.filter((r) => r !== row).map((r) => r.row),
  });
}
