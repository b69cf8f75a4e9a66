import type { ColumnPlan, PlanCell } from '../plan/types';

/** Points per line of 11-point text, and the cell's top and bottom padding together. */
export const LINE_POINTS = 15;
const PADDING_POINTS = 3;
/** Rows taller than this are capped (Excel's maximum row height is 409 points). */
const MAX_ROW_POINTS = 409;

/**
 * How many Excel width units a character takes: CJK and full-width forms about two, the rest one.
 * Excel measures column width in widths of the digit `0`.
 */
function unitsOf(code: number): number {
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000;
  return wide ? 1.85 : 1.05;
}

/**
 * Lines a text needs in a wrapped column of the given width: each paragraph at least one. Read a
 * UTF-16 unit at a time (a surrogate pair as one character), since every measure's text is measured.
 */
export function linesNeeded(text: string, width: number): number {
  const usable = Math.max(width - 1.5, 1);
  let lines = 0;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x0a) {
      lines += Math.max(1, Math.ceil(units / usable));
      units = 0;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1); // NaN past the end
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        i++;
      }
    }
    units += unitsOf(code);
  }
  return lines + Math.max(1, Math.ceil(units / usable));
}

/**
 * The height a row needs so every wrapped cell shows all its text, or null when one line is enough.
 * Only columns styled to wrap grow the row; other cells keep to one line as in Excel.
 */
export function rowHeightFor(
  cells: readonly PlanCell[],
  columns: readonly ColumnPlan[],
): number | null {
  let lines = 1;
  cells.forEach((cell, c) => {
    const column = columns[c];
    if (cell === null || !('text' in cell) || column?.style?.wrap !== true) return;
    lines = Math.max(lines, linesNeeded(cell.text, column.width));
  });
  if (lines <= 1) return null;
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + PADDING_POINTS);
}
