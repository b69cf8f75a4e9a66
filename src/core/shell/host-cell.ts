import { isoFromExcelSerial } from '../dates';
import type { GridCell } from '../grid';
import type { RichCell } from '../merge/rich-cell';
import { isDateFormat } from '../number-format';

/** One cell as a host's object model reports it: value, formula text, number format. */
export interface HostCell {
  readonly value: unknown;
  /** The formula text the host reports (`=…`), or the value itself for a plain cell. */
  readonly formula: unknown;
  readonly format: unknown;
  /** The host says the cell holds an error value (`#N/A`…). */
  readonly error?: boolean;
}

/**
 * A host cell's value as a grid cell: a number under a date format is a date, an error value an
 * error, empty text nothing. The one reading of values for every object-model shell.
 */
export function gridCellOf(cell: Omit<HostCell, 'formula'>): GridCell {
  const { value, format } = cell;
  if (value === undefined || value === null || value === '') return null;
  if (cell.error === true) return { error: String(value) };
  if (typeof value === 'number') {
    const date = isDateFormat(format) ? isoFromExcelSerial(value) : null;
    return date !== null ? { date } : value;
  }
  if (typeof value === 'boolean') return value;
  return String(value);
}

/**
 * A host cell as the core's rich cell, read the same way by every shell that reads cells through
 * an object model (Office.js, ET): a number under a date format is a date, a formula is one only
 * when the host reports formula text that differs from the value (a text cell that starts with
 * `=` stays text), and a number's own number format travels with it.
 */
export function richCellOf(cell: HostCell): RichCell {
  const { value, formula, format } = cell;
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  const shown = gridCellOf(cell);
  const showsNumber = typeof value === 'number' || isFormula;
  return {
    value: shown,
    ...(isFormula && { formula: formula.slice(1) }),
    ...(showsNumber &&
      typeof format === 'string' &&
      format !== 'General' && { numberFormat: format }),
  };
}
