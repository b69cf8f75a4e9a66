import type { IsoDate } from '../../dates';
import { cellText, isBlankCell } from '../../ledger/cell-text';
import { readDateCell } from '../../ledger/date-cell';
import type { LedgerColumn } from '../../ledger/model';
import { LIST_STATED_PREFIX } from '../../ledger/model';
import { type LedgerRow, ledgerCell } from '../../ledger/row';
import type { RuleContext } from '../context';
import { hasColumn, rowFinding } from '../context';
import type { Detail, FindingSink } from '../issue';
import { shown } from '../issue';

const DATE_FIELDS: readonly LedgerColumn[] = ['截止日期', '完成日期', '更新日期'];
const PAST_FIELDS: readonly LedgerColumn[] = ['完成日期', '更新日期'];

/** `bad-date`: a date column holds something that is not a real calendar date. */
export function checkBadDates(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  for (const column of DATE_FIELDS) {
    // Readable dates are already typed on the row; only the rest need a second look.
    if (typedDate(row, column) !== null) continue;
    if (!hasColumn(ctx, column)) continue;
    const reading = readDateCell(ledgerCell(row, column));
    if (reading.kind !== 'invalid') continue;
    const detail = badDateText(reading.text);
    out.push(rowFinding('error', 'bad-date', ctx, row, column, reading.text, detail));
  }
}

/** `future-date`: work cannot be finished or updated after today. */
export function checkFutureDates(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  for (const column of PAST_FIELDS) {
    const date = typedDate(row, column);
    if (date === null || date <= ctx.today || !hasColumn(ctx, column)) continue;
    const detail = futureDateText(date, ctx.today, column);
    out.push(rowFinding('error', 'future-date', ctx, row, column, date, detail));
  }
}

/**
 * `done-without-date` and `date-without-done`: 状态 and 完成日期 must agree. A closure the list
 * itself states (整改进展 quotes it: `清单载明：…`) has no date the product could know: that is a
 * warning asking for the real date (`list-closure-without-date`), never an invented one.
 */
export function checkDoneAndDate(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  if (!hasColumn(ctx, '完成日期') || !hasColumn(ctx, '状态')) return;
  const done = ctx.statuses.categoryOf(row.status) === 'done';
  if (done && isBlankCell(ledgerCell(row, '完成日期'))) {
    if (row.progress.startsWith(LIST_STATED_PREFIX)) {
      if (ctx.errorsOnly) return;
      const detail = listClosureText(row.status);
      out.push(
        rowFinding('warning', 'list-closure-without-date', ctx, row, '完成日期', '', detail),
      );
      return;
    }
    const detail = doneWithoutDateText(row.status);
    out.push(rowFinding('error', 'done-without-date', ctx, row, '完成日期', '', detail));
  } else if (!done && row.doneDate !== null) {
    const status = cellText(ledgerCell(row, '状态')).trim();
    out.push(
      rowFinding(
        'warning',
        'date-without-done',
        ctx,
        row,
        '完成日期',
        row.doneDate,
        dateWithoutDoneText(row.doneDate, status),
      ),
    );
  }
}

function typedDate(row: LedgerRow, column: LedgerColumn): IsoDate | null {
  if (column === '截止日期') return row.deadline;
  if (column === '完成日期') return row.doneDate;
  return row.updated;
}

// Message texts, made only for the rows that have a finding (see `Detail`).

function badDateText(text: string): Detail {
  return (language) =>
    language === 'zh'
      ? `“${shown(text)}”不是有效日期，应填写真实日期，如 2022-06-30 或 2022年6月30日。`
      : `"${shown(text)}" is not a real date; expected a date such as 2022-06-30.`;
}

function futureDateText(date: IsoDate, today: IsoDate, column: LedgerColumn): Detail {
  return (language) =>
    language === 'zh'
      ? `${date} 晚于今天（${today}），${column}不能是将来的日期。`
      : `${date} is after today (${today}); ${column} cannot be in the future.`;
}

function doneWithoutDateText(status: string): Detail {
  return (language) =>
    language === 'zh'
      ? `状态为“${status}”，但完成日期为空；应填写完成日期。`
      : `状态 is "${status}" but the completion date is empty; fill it in.`;
}

function listClosureText(status: string): Detail {
  return (language) =>
    language === 'zh'
      ? `清单载明该项已完成（状态为“${status}”），但未给出完成日期；请查明并填写实际完成日期。`
      : `the list states this item is done (状态 "${status}") but gives no completion date; find and fill in the real date.`;
}

function dateWithoutDoneText(doneDate: IsoDate, status: string): Detail {
  return (language) =>
    language === 'zh'
      ? `已填写完成日期 ${doneDate}，但状态为“${shown(status)}”；如已完成，应将状态改为已完成或已销号，否则清空完成日期。`
      : `a completion date ${doneDate} is filled in but 状态 is "${shown(status)}"; set 状态 to 已完成/已销号 or clear the date.`;
}
