import type { IsoDate } from '../../dates';
import { cellText, isBlankCell } from '../../ledger/cell-text';
import { readDateCell } from '../../ledger/date-cell';
import type { LedgerColumn } from '../../ledger/model';
import { LIST_STATED_PREFIX } from '../../ledger/model';
import { type LedgerRow, ledgerCell } from '../../ledger/row';
import type { RuleContext } from '../context';
import { hasColumn, rowFinding } from '../context';
import type { Detail, FindingSink } from '../issue';
import { quotedList, shown } from '../issue';
import { message } from '../../i18n';
import type { StatusVocabulary } from '../../status';

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
        dateWithoutDoneText(row.doneDate, status, ctx.statuses),
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
  return message('validate.badDate', { text: shown(text) });
}

function futureDateText(date: IsoDate, today: IsoDate, column: LedgerColumn): Detail {
  return message('validate.futureDate', { date, today, column });
}

function doneWithoutDateText(status: string): Detail {
  return message('validate.doneWithoutDate', { status });
}

function listClosureText(status: string): Detail {
  return message('validate.listClosureWithoutDate', { status });
}

function dateWithoutDoneText(date: IsoDate, status: string, statuses: StatusVocabulary): Detail {
  const done = () => quotedList(statuses.statuses.filter((s) => statuses.categoryOf(s) === 'done'));
  return message('validate.dateWithoutDone', { date, status: shown(status), done });
}
