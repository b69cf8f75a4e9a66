import { message } from '../i18n';
import { diagnostic, lineAt } from './diagnostics';
import { numeralOf } from './numerals';
import type { ListItem, ParseDiagnostic } from './schema';

/**
 * Items should run 一、二、三… once each. Duplicates and items out of order are errors naming both
 * lines (the ledger would otherwise hold two rows for one item, or a row in the wrong place); numbers
 * that never appear are warnings. Every item is still returned, in document order: nothing is lost.
 */
export function checkItemOrder(items: readonly ListItem[]): ParseDiagnostic[] {
  const diagnostics: ParseDiagnostic[] = [];
  const firstLineOf = new Map<number, number>();
  let previous: ListItem | null = null;
  for (const item of items) {
    const line = item.lines[0];
    const earlier = firstLineOf.get(item.no);
    if (earlier !== undefined) {
      diagnostics.push(
        diagnostic(
          line,
          'error',
          'duplicate-item',
          message('list.diag.duplicateItem', { numeral: item.numeral, earlier: lineAt(earlier) }),
        ),
      );
    } else if (previous && item.no < previous.no) {
      diagnostics.push(
        diagnostic(
          line,
          'error',
          'item-out-of-order',
          message('list.diag.itemOutOfOrder', {
            numeral: item.numeral,
            previous: previous.numeral,
            earlier: lineAt(previous.lines[0]),
          }),
        ),
      );
    }
    if (earlier === undefined) firstLineOf.set(item.no, line);
    previous = item;
  }
  const max = Math.max(0, ...firstLineOf.keys());
  for (let no = 1; no <= max; no++) {
    if (firstLineOf.has(no)) continue;
    const next = items.find((item) => item.no > no);
    diagnostics.push(
      diagnostic(
        next ? next.lines[0] : 0,
        'warning',
        'missing-item',
        message('list.diag.missingItem', { numeral: numeralOf(no) }),
      ),
    );
  }
  return diagnostics;
}
