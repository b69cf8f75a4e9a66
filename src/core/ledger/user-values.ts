import type { WorkbookSnapshot } from '../grid';
import { REPORTED_DONE_PROGRESS } from '../workbook/rows';
import { cellText, isBlankCell } from './cell-text';
import { SHEETS } from './model';
import { readLedger } from './read';
import { ledgerCell } from './row';

/**
 * How many 台账 rows hold something a person typed: what a fresh ledger would lose if it replaced
 * this workbook. A value counts when the generator never writes it: any 佐证材料, 更新日期 or 备注;
 * 整改进展 other than the list's own closing note; a 完成日期 other than the deadline (the only one a
 * generated row carried). 状态 alone is not counted: the generator fills it, and a status set by
 * hand to 已完成 comes with a 完成日期. 0 when there is no 台账.
 */
export function rowsWithUserValues(workbook: WorkbookSnapshot): number {
  const grid = workbook.grid(SHEETS.ledger);
  if (grid === null) return 0;
  let rows = 0;
  for (const row of readLedger(grid).rows) {
    const typed =
      !isBlankCell(ledgerCell(row, '佐证材料')) ||
      !isBlankCell(ledgerCell(row, '更新日期')) ||
      !isBlankCell(ledgerCell(row, '备注')) ||
      isTypedProgress(cellText(ledgerCell(row, '整改进展'))) ||
      (!isBlankCell(ledgerCell(row, '完成日期')) && row.doneDate !== row.deadline);
    if (typed) rows += 1;
  }
  return rows;
}

function isTypedProgress(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !trimmed.startsWith(REPORTED_DONE_PROGRESS);
}
