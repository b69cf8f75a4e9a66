import type { GridCell } from '../grid';
import { isDateCell, isErrorCell } from '../grid';
import { cellText } from '../ledger/cell-text';
import type { PlanCell } from '../plan/types';

/**
 * A grid cell written back as a plan cell: text stays text (never a formula), dates stay dates.
 * An error value is written as its text, so the copy shows what the master shows.
 */
export function planCellOf(cell: GridCell | undefined): PlanCell {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') return cell === '' ? null : { text: cell };
  if (typeof cell === 'number') return { number: cell };
  if (typeof cell === 'boolean') return { bool: cell };
  if (isDateCell(cell)) return { date: cell.date };
  if (isErrorCell(cell)) return { text: cell.error };
  return null;
}

/**
 * What two cells are compared by: the text a person reads (dates as ISO, trimmed), so a date
 * saved as a serial by one program and as a date by another, or `1` as a number or as text, are
 * the same value.
 */
export function sameValue(a: GridCell | undefined, b: GridCell | undefined): boolean {
  return valueKey(a) === valueKey(b);
}

export function valueKey(cell: GridCell | undefined): string {
  return cellText(cell).normalize('NFKC').trim();
}

/** A cell's text as 回收记录 and the messages show it, trimmed: empty for an empty cell. */
export function valueText(cell: GridCell | undefined): string {
  return cellText(cell).trim();
}

/** Put first in 备注 of a row a unit added, so the master shows where it came from. */
export function addedRowMark(unit: string, date: string): string {
  return `【${unit}于${date}回收时新增】`;
}
