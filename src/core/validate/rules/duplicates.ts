import { isBlankCell } from '../../ledger/cell-text';
import type { LedgerRow } from '../../ledger/row';
import type { RuleContext } from '../context';
import { cellOf } from '../context';
import type { Finding } from '../issue';
import { cellFinding, shown } from '../issue';
import { itemKey, measureKey } from '../references';

/** `duplicate-key`: one row per 问题序号 + 措施序号; every row of a repeated pair is reported. */
export function checkDuplicates(
  rows: readonly LedgerRow[],
  ctx: RuleContext,
  out: Finding[],
): void {
  if (ctx.columns['问题序号'] === undefined || ctx.columns['措施序号'] === undefined) return;
  const byKey = new Map<string, LedgerRow[]>();
  for (const row of rows) {
    if (isBlankCell(row.cells['问题序号']) || row.measure.length === 0) continue;
    const key = measureKey(itemKey(row.cells['问题序号']), row.measure);
    const same = byKey.get(key);
    if (same === undefined) byKey.set(key, [row]);
    else same.push(row);
  }
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      const at = cellOf(ctx, row, '措施序号');
      if (at === null) continue;
      const others = same.filter((r) => r !== row).map((r) => r.row);
      const item = itemKey(row.cells['问题序号']);
      out.push(
        cellFinding(
          'error',
          'duplicate-key',
          at,
          row.measure,
          `问题序号 ${shown(item)} 的措施序号“${shown(row.measure)}”重复出现（另见第 ${others.join('、')} 行）；每条措施只应占一行。`,
          `item ${shown(item)} measure "${shown(row.measure)}" appears more than once (also row ${others.join(', ')}); one row per measure.`,
        ),
      );
    }
  }
}
