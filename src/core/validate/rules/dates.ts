import type { IsoDate } from '../../dates';
import { cellText, isBlankCell } from '../../ledger/cell-text';
import { readDateCell } from '../../ledger/date-cell';
import type { LedgerColumn } from '../../ledger/model';
import { isDoneStatus } from '../../ledger/model';
import type { LedgerRow } from '../../ledger/row';
import type { RuleContext } from '../context';
import { cellOf } from '../context';
import type { Finding } from '../issue';
import { cellFinding, shown } from '../issue';

const DATE_FIELDS: readonly LedgerColumn[] = ['截止日期', '完成日期', '更新日期'];
const PAST_FIELDS: readonly LedgerColumn[] = ['完成日期', '更新日期'];

/** `bad-date`: a date column holds something that is not a real calendar date. */
export function checkBadDates(row: LedgerRow, ctx: RuleContext, out: Finding[]): void {
  for (const column of DATE_FIELDS) {
    // Readable dates are already typed on the row; only the rest need a second look.
    if (typedDate(row, column) !== null) continue;
    const at = cellOf(ctx, row, column);
    if (at === null) continue;
    const reading = readDateCell(row.cells[column]);
    if (reading.kind !== 'invalid') continue;
    out.push(
      cellFinding(
        'error',
        'bad-date',
        at,
        reading.text,
        `“${shown(reading.text)}”不是有效日期，应填写真实日期，如 2022-06-30 或 2022年6月30日。`,
        `"${shown(reading.text)}" is not a real date; expected a date such as 2022-06-30.`,
      ),
    );
  }
}

/** `future-date`: work cannot be finished or updated after today. */
export function checkFutureDates(row: LedgerRow, ctx: RuleContext, out: Finding[]): void {
  for (const column of PAST_FIELDS) {
    const date = typedDate(row, column);
    const at = cellOf(ctx, row, column);
    if (at === null || date === null || date <= ctx.today) continue;
    out.push(
      cellFinding(
        'error',
        'future-date',
        at,
        date,
        `${date} 晚于今天（${ctx.today}），${column}不能是将来的日期。`,
        `${date} is after today (${ctx.today}); ${column} cannot be in the future.`,
      ),
    );
  }
}

/** `done-without-date` and `date-without-done`: 状态 and 完成日期 must agree. */
export function checkDoneAndDate(row: LedgerRow, ctx: RuleContext, out: Finding[]): void {
  const at = cellOf(ctx, row, '完成日期');
  if (at === null || cellOf(ctx, row, '状态') === null) return;
  const done = isDoneStatus(row.status);
  if (done && isBlankCell(row.cells['完成日期'])) {
    out.push(
      cellFinding(
        'error',
        'done-without-date',
        at,
        '',
        `状态为“${row.status}”，但完成日期为空；应填写完成日期。`,
        `状态 is "${row.status}" but the completion date is empty; fill it in.`,
      ),
    );
  } else if (!done && row.doneDate !== null) {
    const status = cellText(row.cells['状态']).trim();
    out.push(
      cellFinding(
        'warning',
        'date-without-done',
        at,
        row.doneDate,
        `已填写完成日期 ${row.doneDate}，但状态为“${shown(status)}”；如已完成，应将状态改为已完成或已销号，否则清空完成日期。`,
        `a completion date ${row.doneDate} is filled in but 状态 is "${shown(status)}"; set 状态 to 已完成/已销号 or clear the date.`,
      ),
    );
  }
}

function typedDate(row: LedgerRow, column: LedgerColumn): IsoDate | null {
  if (column === '截止日期') return row.deadline;
  if (column === '完成日期') return row.doneDate;
  return row.updated;
}
