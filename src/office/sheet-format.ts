import { BORDER_LINE, type CellStyle } from '../core/plan';
import type { XlBorderIndex, XlRange } from './excel-api';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/**
 * A stored column width (what the plan gives and ExcelJS writes to the file) to the points
 * Office.js expects, through the pixels Excel shows for it, so both shells give the same columns.
 */
export function widthInPoints(characters: number): number {
  // Calibri 11: 7 px maximum digit width (the OOXML formula), 0.75 pt per px.
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
  const f = range.format;
  const set: [unknown, () => void][] = [
    [style.bold, () => (f.font.bold = style.bold as boolean)],
    [style.italic, () => (f.font.italic = style.italic as boolean)],
    [style.fontSize, () => (f.font.size = style.fontSize as number)],
    [style.fontName, () => (f.font.name = style.fontName as string)],
    [style.fontColor, () => (f.font.color = style.fontColor as string)],
    [style.fill, () => (f.fill.color = style.fill as string)],
    [style.wrap, () => (f.wrapText = style.wrap as boolean)],
    [style.horizontal, () => (f.horizontalAlignment = HORIZONTAL[style.horizontal ?? 'left'])],
    [style.vertical, () => (f.verticalAlignment = VERTICAL[style.vertical ?? 'top'])],
  ];
  let ops = 0;
  for (const [value, apply] of set) {
    if (value === undefined) continue;
    apply();
    ops++;
  }
  if (style.border) {
    const edges: XlBorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (shape.columns > 1) edges.push('InsideVertical');
    if (shape.rows > 1) edges.push('InsideHorizontal');
    for (const edge of edges) {
      const line = f.borders.getItem(edge);
      line.style = 'Continuous';
      line.color = BORDER_LINE.color;
      ops += 2;
    }
  }
  return ops;
}

/** How many format operations a style may queue, number format aside (a border is up to twelve). */
export function styleOperations(style: CellStyle): number {
  return (
    Object.entries(style).filter(([k, v]) => v !== undefined && k !== 'numberFormat').length * 12
  );
}
