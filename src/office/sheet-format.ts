import type { CellStyle } from '../core/plan/types';
import type { XlBorderIndex, XlRange } from './excel-api';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Excel character units (as the plan and ExcelJS use) to the points Office.js expects. */
export function widthInPoints(characters: number): number {
  // Calibri 11: 7 px per character plus padding, 0.75 pt per px (Excel's own conversion).
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/**
 * Queues the formatting of a style on a range (number formats are written with the values).
 * Returns how many operations were queued, for the payload estimate.
 */
export function queueStyle(
  range: XlRange,
  style: CellStyle,
  shape: { rows: number; columns: number },
): number {
  let ops = 0;
  const f = range.format;
  if (style.bold !== undefined) ((f.font.bold = style.bold), ops++);
  if (style.italic !== undefined) ((f.font.italic = style.italic), ops++);
  if (style.fontSize !== undefined) ((f.font.size = style.fontSize), ops++);
  if (style.fontColor !== undefined) ((f.font.color = style.fontColor), ops++);
  if (style.fill !== undefined) ((f.fill.color = style.fill), ops++);
  if (style.wrap !== undefined) ((f.wrapText = style.wrap), ops++);
  if (style.horizontal !== undefined) ((f.horizontalAlignment = HORIZONTAL[style.horizontal]), ops++);
  if (style.vertical !== undefined) ((f.verticalAlignment = VERTICAL[style.vertical]), ops++);
  if (style.border) {
    const edges: XlBorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (shape.columns > 1) edges.push('InsideVertical');
    if (shape.rows > 1) edges.push('InsideHorizontal');
    for (const edge of edges) {
      f.borders.getItem(edge).style = 'Continuous';
      ops++;
    }
  }
  return ops;
}
