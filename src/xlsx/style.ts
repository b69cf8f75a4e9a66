import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/plan/types';

/** `#RRGGBB` → ExcelJS's opaque ARGB. */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };

/**
 * A new ExcelJS style: `base` with a plan style laid over it. Never mutates `base`, because the
 * sheet writer shares one style object among all cells that look alike (ExcelJS then registers
 * each distinct object once instead of once per cell, which is what keeps big ledgers fast).
 */
export function mergeStyle(base: Partial<ExcelJS.Style>, style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = { ...base };
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined ||
    style.fontName !== undefined
  ) {
    out.font = {
      ...base.font,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: { argb: argb(style.fontColor) } }),
      ...(style.fontName !== undefined && { name: style.fontName }),
    };
  }
  if (style.fill !== undefined) {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  }
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
    out.alignment = {
      ...base.alignment,
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
      ...(style.horizontal !== undefined && { horizontal: style.horizontal }),
      ...(style.vertical !== undefined && { vertical: style.vertical }),
    };
  }
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  if (style.border === true) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return out;
}
