import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/plan/types';

/** `#RRGGBB` → ExcelJS's opaque ARGB. */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };

/** Carries a plan style onto a cell, keeping what the cell already had (e.g. its column's style). */
export function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined
  ) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: { argb: argb(style.fontColor) } }),
    };
  }
  if (style.fill !== undefined) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  }
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
      ...(style.horizontal !== undefined && { horizontal: style.horizontal }),
      ...(style.vertical !== undefined && { vertical: style.vertical }),
    };
  }
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  if (style.border === true) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** The same style as a plain ExcelJS style object, for columns. */
export function columnStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const holder = { font: undefined, alignment: undefined } as unknown as ExcelJS.Cell;
  styleCell(holder, style);
  const out: Partial<ExcelJS.Style> = {};
  if (holder.font) out.font = holder.font;
  if (holder.fill) out.fill = holder.fill;
  if (holder.alignment) out.alignment = holder.alignment;
  if (holder.numFmt) out.numFmt = holder.numFmt;
  if (holder.border) out.border = holder.border;
  return out;
}
