import { NAME_SEPARATOR } from '../ledger/model';
import { cellText } from '../ledger/cell-text';
import type { PlanCell } from '../plan/types';
import { ledgerCell } from '../ledger/row';
import type { RankedRow } from './urgency';

/** What a cell showed, for a deadline or item number that could not be read as such. */
function shownOrNull(text: string): PlanCell {
  const value = text.trim();
  return value === '' ? null : { text: value };
}

/**
 * The latest entry of 整改进展: its last non-empty line, since staff add a dated line per update
 * (the ledger keeps them all; a leader reads where things stand now).
 */
export function latestProgress(progress: string): string {
  // From the end, a line at a time: the whole text is not split for its last line.
  let end = progress.length;
  while (end >= 0) {
    const newline = end > 0 ? progress.lastIndexOf('\n', end - 1) : -1;
    const line = progress.slice(newline + 1, end).trim();
    if (line !== '') return line;
    end = newline;
  }
  return '';
}

/**
 * The cells of one measure's row on a leader sheet, in the order of LEADER_SHEET_COLUMNS:
 * 问题序号, 措施序号, 整改措施, 责任单位, 截止日期, 状态, 完成日期, 逾期天数, 整改进展 (latest).
 */
export function measureCells({ row, urgency, daysOverdue }: RankedRow): PlanCell[] {
  const progress = latestProgress(row.progress);
  return [
    row.item !== null ? { number: row.item } : shownOrNull(cellText(ledgerCell(row, '问题序号'))),
    { text: row.measure },
    { text: row.measureText },
    { text: row.units.join(NAME_SEPARATOR) },
    row.deadline !== null
      ? { date: row.deadline }
      : shownOrNull(cellText(ledgerCell(row, '截止日期')) || row.deadlineText),
    { text: row.status },
    row.doneDate !== null ? { date: row.doneDate } : null,
    urgency === 'overdue' ? { number: daysOverdue } : null,
    progress === '' ? null : { text: progress },
  ];
}
