import type ExcelJS from 'exceljs';
import type { IsoDate } from '../../src/core/dates';
import { isoFromExcelSerial, isoFromParts } from '../../src/core/dates';
import type { Grid, GridCell, WorkbookSnapshot } from '../../src/core/grid';
import { isDateFormat } from '../../src/core/number-format';

/**
 * Reads an ExcelJS workbook as plain grids for the core. Decides nothing about ledgers: it only
 * turns ExcelJS cell values into `GridCell`s. Grids are built on first request and kept.
 */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = workbook.properties?.date1904 === true;
  const sheets = workbook.worksheets;
  const cache = new Map<string, Grid>();
  return {
    sheetNames: sheets.map((s) => s.name),
    grid(name: string): Grid | null {
      const sheet =
        sheets.find((s) => s.name === name) ??
        sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (sheet === undefined) return null;
      let grid = cache.get(sheet.name);
      if (grid === undefined) {
        grid = gridOf(sheet, date1904);
        cache.set(sheet.name, grid);
      }
      return grid;
    },
  };
}

export function gridOf(sheet: ExcelJS.Worksheet, date1904 = false): Grid {
  const rows: GridCell[][] = [];
  const last = sheet.rowCount;
  for (let r = 1; r <= last; r++) {
    const out: GridCell[] = [];
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      // Excel keeps a merged area's value in its top-left cell only; ExcelJS repeats it.
      if (cell.isMerged && cell.master !== cell) return;
      const value = gridCellOf(cell.value, cell.numFmt, date1904);
      if (value === null) return;
      while (out.length < col - 1) out.push(null);
      out[col - 1] = value;
    });
    rows.push(out);
  }
  return { sheet: sheet.name, rows };
}

/** One ExcelJS cell value as a grid cell: formulas give their cached result, links their text. */
export function gridCellOf(
  value: ExcelJS.CellValue,
  numFmt: string | undefined,
  date1904 = false,
): GridCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (isDateFormat(numFmt)) {
      const date = isoFromExcelSerial(value + (date1904 ? 1462 : 0));
      if (date !== null) return { date };
    }
    return value;
  }
  if (value instanceof Date) {
    const date = isoOfDate(value);
    return date === null ? null : { date };
  }
  if ('error' in value) return { error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : gridCellOf(result, numFmt, date1904);
  }
  if ('richText' in value) return richText(value);
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === 'string') return text;
    if (text !== null && typeof text === 'object' && 'richText' in text) {
      return richText(text as ExcelJS.CellRichTextValue);
    }
    return value.hyperlink;
  }
  // A value kind this reader does not know (ExcelJS may add some): keep whatever text it has.
  const text = (value as { text?: unknown }).text;
  return typeof text === 'string' ? text : null;
}

function richText(value: ExcelJS.CellRichTextValue): string {
  return (value.richText ?? []).map((run) => run.text ?? '').join('');
}

/** ExcelJS builds dates from serials as UTC instants, so the UTC calendar day is the cell's day. */
function isoOfDate(d: Date): IsoDate | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  // Round to the nearest second first: serials carry float noise (…T23:59:59.9996Z).
  const t = new Date(Math.round(ms / 1000) * 1000);
  return isoFromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
