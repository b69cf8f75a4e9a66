import type { GridCell } from '../grid';
import { isDateCell, isErrorCell } from '../grid';
import { NAME_SEPARATOR } from '../ledger/model';
import type { PlanCell } from '../plan/types';
import { type LedgerRow, ledgerCell } from '../ledger/row';
import type { RankedRow, Urgency } from './urgency';

/** What a cell showed, for a deadline or item number that could not be read as such. */
function shown(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) return cell.date;
  if (isErrorCell(cell)) return cell.error;
  return String(cell);
}

/** Whole numbers below this share cells through an array, others through a map. */
const SMALL_NUMBERS = 1 << 16;

/**
 * The cells of measures' rows on the leader sheets. A 100,000-row ledger makes close to a million
 * cells, and every one kept in the plan is work for the garbage collector: the short values that
 * repeat from row to row (item and measure numbers, units, deadlines, statuses, days overdue) get
 * one shared, read-only cell per value. The long texts (measure, progress) are rarely equal and
 * get their own. The plan is the same data either way; only fewer objects make it.
 */
export class MeasureCellMaker {
  private readonly texts = new Map<string, PlanCell>();
  private readonly numbers = new Map<number, PlanCell>();
  private readonly smallNumbers: (PlanCell | undefined)[] = [];
  private readonly dates = new Map<string, PlanCell>();

  /** The row of cells of one measure: `daysOverdue` is shown only when `urgency` is overdue. */
  cells(row: LedgerRow, urgency: Urgency, daysOverdue: number): PlanCell[] {
    const units = row.units;
    return [
      row.item !== null ? this.number(row.item) : this.shownOrNull(ledgerCell(row, '问题序号'), ''),
      this.text(row.measure),
      { text: row.measureText },
      this.text(units.length === 1 ? (units[0] as string) : units.join(NAME_SEPARATOR)),
      row.deadline !== null
        ? this.date(row.deadline)
        : this.shownOrNull(ledgerCell(row, '截止日期'), row.deadlineText),
      this.text(row.status),
      urgency === 'overdue' ? this.number(daysOverdue) : null,
      row.progress === '' ? null : { text: row.progress },
    ];
  }

  private text(value: string): PlanCell {
    let cell = this.texts.get(value);
    if (cell === undefined) this.texts.set(value, (cell = { text: value }));
    return cell;
  }

  private number(value: number): PlanCell {
    // Item numbers and days overdue are mostly small whole numbers: an array finds them fastest.
    if (Number.isInteger(value) && value >= 0 && value < SMALL_NUMBERS && !Object.is(value, -0)) {
      const small = this.smallNumbers;
      while (small.length <= value) small.push(undefined);
      let cell = small[value];
      if (cell === undefined) small[value] = cell = { number: value };
      return cell;
    }
    // A Map would take -0 for 0: every other number is shared there.
    if (Object.is(value, -0)) return { number: value };
    let cell = this.numbers.get(value);
    if (cell === undefined) this.numbers.set(value, (cell = { number: value }));
    return cell;
  }

  private date(value: string): PlanCell {
    let cell = this.dates.get(value);
    if (cell === undefined) this.dates.set(value, (cell = { date: value }));
    return cell;
  }

  /** The text a cell showed (or `fallback`), or an empty cell when there is none. */
  private shownOrNull(cell: GridCell | undefined, fallback: string): PlanCell {
    const value = shown(cell).trim() || fallback;
    return value === '' ? null : this.text(value);
  }
}

/** The cells of one measure's row (on its own; a summary of many rows shares one maker). */
export function measureCells(ranked: RankedRow): PlanCell[] {
  return new MeasureCellMaker().cells(ranked.row, ranked.urgency, ranked.daysOverdue);
}
