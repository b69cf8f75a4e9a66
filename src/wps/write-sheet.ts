import { excelSerialFromIso } from '../core/dates';
import { cellAddress, columnLetter } from '../core/grid';
import type { PlanCell, SheetPlan } from '../core/plan/types';
import { type Box, boxAddress, parseBox } from '../office/a1';
import { DATE_FORMAT, textValue } from '../office/cell-value';
import { etColor } from './color';
import { type EtApplication, type EtWorksheet, XL } from './et-api';
import { CHUNK_CELLS, type Pause } from './pause';
import { writeMarks } from './write-marks';
import { writePrint, writeStyle } from './write-style';

/**
 * A plan cell as written through Value2, which WPS parses as if typed: document text that could
 * be read as a number, date or formula gets the apostrophe (textValue, as in the Office shell).
 * A link is its text here; the hyperlink itself is added with Hyperlinks.Add.
 */
export function etValue(cell: PlanCell): string | number | boolean | null {
  if (cell === null) return null;
  if ('text' in cell) return textValue(cell.text);
  if ('number' in cell) return cell.number;
  if ('date' in cell) return excelSerialFromIso(cell.date);
  if ('bool' in cell) return cell.bool;
  if ('formula' in cell) return `=${cell.formula}`;
  return textValue(cell.link.text);
}

/** Number formats per column: dates, then column styles, then range styles (later wins). */
function numberFormats(plan: SheetPlan): Map<number, (string | undefined)[]> {
  const columns = new Map<number, (string | undefined)[]>();
  const set = (r: number, c: number, f: string) => {
    let col = columns.get(c);
    if (!col) columns.set(c, (col = []));
    col[r] = f;
  };
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && 'date' in cell) set(r, c, DATE_FORMAT);
    }),
  );
  plan.columns.forEach((column, c) => {
    const f = column.style?.numberFormat;
    if (f !== undefined) for (let r = 1; r < plan.rows.length; r++) set(r, c, f);
  });
  for (const { range, style } of plan.styles) {
    if (style.numberFormat === undefined) continue;
    const box = parseBox(range);
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) set(r, c, style.numberFormat);
  }
  return columns;
}

/** Lays one sheet out on an empty (new or cleared) worksheet, pausing between chunks. */
export async function writeSheet(
  app: EtApplication,
  sheet: EtWorksheet,
  plan: SheetPlan,
  pause: Pause,
): Promise<void> {
  const width = Math.max(0, ...plan.rows.map((r) => r.length));

  plan.columns.forEach((column, c) => {
    const range = sheet.Range(`${columnLetter(c)}:${columnLetter(c)}`);
    range.ColumnWidth = column.width;
    // A column's number format is written per cell with the values (see numberFormats).
    writeStyle(range, { ...column.style, numberFormat: undefined });
  });

  // One NumberFormat per run of equal formats down a column.
  for (const [c, formats] of numberFormats(plan)) {
    let start = 0;
    while (start < formats.length) {
      const format = formats[start];
      let end = start;
      while (end + 1 < formats.length && formats[end + 1] === format) end++;
      if (format !== undefined)
        sheet.Range(boxAddress({ top: start, left: c, bottom: end, right: c })).NumberFormat =
          format;
      start = end + 1;
    }
  }

  // Values as 2D blocks of whole rows, a pause between blocks.
  if (width > 0) {
    const rowsPerBlock = Math.max(1, Math.floor(CHUNK_CELLS / width));
    for (let top = 0; top < plan.rows.length; top += rowsPerBlock) {
      const rows = plan.rows.slice(top, top + rowsPerBlock).map((row) => {
        const out = row.map(etValue);
        while (out.length < width) out.push(null);
        return out;
      });
      const box: Box = { top, left: 0, bottom: top + rows.length - 1, right: width - 1 };
      const range = sheet.Range(boxAddress(box));
      range.Value2 = rows.length === 1 && width === 1 ? rows[0]![0] : rows;
      await pause();
    }
  }

  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null || !('link' in cell)) return;
      const anchor = sheet.Range(cellAddress(r, c));
      sheet.Hyperlinks.Add(anchor, '', cell.link.target, undefined, textValue(cell.link.text));
    }),
  );

  for (const { range, style } of plan.styles) writeStyle(sheet.Range(range), style);
  plan.rowHeights?.forEach((height, r) => {
    if (height !== null && height !== undefined)
      sheet.Range(`${r + 1}:${r + 1}`).RowHeight = height;
  });
  for (const merge of plan.merges) sheet.Range(merge).Merge(false);

  const table = plan.table;
  if (table) {
    const list = sheet.ListObjects.Add(XL.srcRange, sheet.Range(table.range), undefined, XL.yes);
    list.Name = table.name;
    list.TableStyle = table.style;
  }

  writeMarks(sheet, plan);

  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    // Panes belong to the window: the sheet is activated, the split placed from the top left.
    sheet.Activate();
    const window = app.ActiveWindow;
    window.FreezePanes = false;
    window.ScrollRow = 1;
    window.ScrollColumn = 1;
    window.SplitColumn = freeze.columns;
    window.SplitRow = freeze.rows;
    window.FreezePanes = true;
  }
  if (plan.tabColor !== undefined) sheet.Tab.Color = etColor(plan.tabColor);
  if (plan.print) writePrint(sheet.PageSetup, plan.print);
  await pause();
}
