import type { IsoDate } from '../dates';
import { isDateCell, isErrorCell, type GridCell } from '../grid';
import type { PlanCell } from '../plan/types';

/**
 * One cell as a shell read it for a merge: richer than a `GridCell`, because a re-import must put
 * back exactly what the user wrote, not just what the cell shows.
 */
export interface RichCell {
  /** What the cell shows (for a formula: its last computed result, if the shell knows it). */
  readonly value: GridCell;
  /** A formula the user typed, without the leading `=`. */
  readonly formula?: string;
  /** Where a hyperlink in the cell points (a URL, a file, or a place in the workbook). */
  readonly hyperlink?: string;
  /** The cell's own number format, when it is not the shell's default. */
  readonly numberFormat?: string;
  /**
   * Anything else the shell wants back exactly as it read it (rich-text runs, fonts, fills).
   * The core carries it with the cell and never looks inside.
   */
  readonly carry?: unknown;
}

/** A sheet as read for a merge: row 0 is the header row, column 0 is column A. */
export interface RichSheet {
  readonly name: string;
  readonly rows: readonly (readonly RichCell[])[];
}

export const BLANK: RichCell = { value: null };

export function richValue(value: GridCell): RichCell {
  return { value };
}

/** True when the cell holds nothing the user could have typed. */
export function isBlankCell(cell: RichCell | undefined): boolean {
  if (cell === undefined) return true;
  if (cell.formula !== undefined || cell.hyperlink !== undefined) return false;
  const v = cell.value;
  return v === null || (typeof v === 'string' && v.length === 0);
}

/** True when the shell must write more than the plan can say (links, own formats, carried parts). */
export function needsOverlay(cell: RichCell): boolean {
  return (
    cell.hyperlink !== undefined || cell.numberFormat !== undefined || cell.carry !== undefined
  );
}

/** The cell's shown value as plain text, for matching and for the merge report. */
export function cellText(cell: RichCell | undefined): string {
  if (cell === undefined) return '';
  return gridText(cell.value);
}

export function gridText(value: GridCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isDateCell(value)) return value.date;
  if (isErrorCell(value)) return value.error;
  return '';
}

/** A plan cell as the rich cell it becomes once written. */
export function richFromPlan(cell: PlanCell | undefined): RichCell {
  if (cell === undefined || cell === null) return BLANK;
  if ('text' in cell) return { value: cell.text };
  if ('number' in cell) return { value: cell.number };
  if ('date' in cell) return { value: { date: cell.date } };
  if ('bool' in cell) return { value: cell.bool };
  if ('formula' in cell) return { value: null, formula: cell.formula };
  return { value: cell.link.text, hyperlink: cell.link.target };
}

/**
 * The part of a rich cell a plan can carry. Formulas stay formulas (they are the user's own, or
 * the product's); text stays text even when it starts with `=`. Hyperlinks, number formats and
 * carried parts are written afterwards by the shell (see `needsOverlay`).
 */
export function planFromRich(cell: RichCell): PlanCell {
  if (cell.formula !== undefined) return { formula: cell.formula };
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === 'string') return v.length === 0 ? null : { text: v };
  if (typeof v === 'number') return { number: v };
  if (typeof v === 'boolean') return { bool: v };
  if (isDateCell(v)) return { date: v.date as IsoDate };
  // An error value the user's workbook showed without a formula: keep its text visible.
  if (isErrorCell(v)) return { text: v.error };
  return null;
}
