import type { SheetPlan } from '../core/plan/types';
import { type Box, boxAddress, columnRange, parseBox } from './a1';
import { DATE_FORMAT, cellValue } from './cell-value';
import type { XlWorksheet } from './excel-api';
import { BLOCK_BUDGET_BYTES, type BatchWriter, jsonBytes } from './payload';
import { queueStyle, widthInPoints } from './sheet-format';
import { queueMarks } from './write-marks';

type Format = string | null;

/**
 * Number formats per cell, sparse by column: dates get the date format, then column styles and
 * range styles (later wins), as the xlsx shell does. Only columns with a format are written.
 */
function numberFormats(plan: SheetPlan): Map<number, Format[]> {
  const columns = new Map<number, Format[]>();
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

/** Splits rows `from..to` into blocks whose data stays under the block budget. */
function* rowBlocks<T>(
  rows: readonly T[],
  bytesOf: (row: T) => number,
): Generator<{ start: number; rows: T[]; bytes: number }> {
  let start = 0;
  let block: T[] = [];
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as T;
    const b = bytesOf(row) + 1;
    if (block.length > 0 && bytes + b > BLOCK_BUDGET_BYTES) {
      yield { start, rows: block, bytes };
      start = i;
      block = [];
      bytes = 0;
    }
    block.push(row);
    bytes += b;
  }
  if (block.length > 0) yield { start, rows: block, bytes };
}

/** Queues one sheet's layout on an empty (new or cleared) worksheet. */
export async function writeSheet(
  sheet: XlWorksheet,
  plan: SheetPlan,
  writer: BatchWriter,
): Promise<void> {
  const width = Math.max(0, ...plan.rows.map((r) => r.length));

  // Column widths and column-wide styles first: they apply to rows added later too.
  for (const [c, column] of plan.columns.entries()) {
    const range = sheet.getRange(columnRange(c));
    await writer.add(32, () => {
      range.format.columnWidth = widthInPoints(column.width);
    });
    // A column's number format is written per cell with the values (see numberFormats).
    const rest = { ...column.style, numberFormat: undefined };
    const ops = queueCount(rest);
    if (ops > 0) await writer.add(ops * 48, () => queueStyle(range, rest, { rows: 2, columns: 1 }));
  }

  // Number formats before values, column by column, only where a format is set.
  for (const [c, formats] of numberFormats(plan)) {
    const first = formats.findIndex((f) => f !== undefined);
    const column = formats.slice(first).map((f) => [f ?? null]);
    for (const block of rowBlocks(column, (row) => jsonBytes(row))) {
      const box: Box = {
        top: first + block.start,
        left: c,
        bottom: first + block.start + block.rows.length - 1,
        right: c,
      };
      await writer.add(block.bytes, () => {
        sheet.getRange(boxAddress(box)).numberFormat = block.rows;
      });
    }
  }

  // Values as whole 2D blocks of rows.
  if (width > 0) {
    const values = plan.rows.map((row) => {
      const out = row.map(cellValue);
      while (out.length < width) out.push(null);
      return out;
    });
    for (const block of rowBlocks(values, (row) => jsonBytes(row))) {
      const box: Box = {
        top: block.start,
        left: 0,
        bottom: block.start + block.rows.length - 1,
        right: width - 1,
      };
      await writer.add(block.bytes, () => {
        sheet.getRange(boxAddress(box)).values = block.rows;
      });
    }
  }

  for (const { range, style } of plan.styles) {
    const box = parseBox(range);
    const ops = queueCount(style);
    if (ops === 0) continue;
    await writer.add(ops * 48 + range.length, () =>
      queueStyle(sheet.getRange(boxAddress(box)), style, {
        rows: box.bottom - box.top + 1,
        columns: box.right - box.left + 1,
      }),
    );
  }
  for (const merge of plan.merges)
    await writer.add(merge.length, () => sheet.getRange(merge).merge(false));

  // The table after the values, as Microsoft's guidance recommends.
  const table = plan.table;
  if (table)
    await writer.add(table.name.length + table.range.length + table.style.length, () => {
      const t = sheet.tables.add(sheet.getRange(table.range), true);
      t.name = table.name;
      t.style = table.style;
    });

  await queueMarks(sheet, plan, writer);

  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0))
    await writer.add(16, () => {
      if (freeze.columns === 0) sheet.freezePanes.freezeRows(freeze.rows);
      else if (freeze.rows === 0) sheet.freezePanes.freezeColumns(freeze.columns);
      else
        sheet.freezePanes.freezeAt(
          boxAddress({ top: 0, left: 0, bottom: freeze.rows - 1, right: freeze.columns - 1 }),
        );
    });
  const tab = plan.tabColor;
  if (tab !== undefined)
    await writer.add(16, () => {
      sheet.tabColor = tab;
    });
  // plan.print is not applied: page layout needs ExcelApi 1.9 and the add-in requires only 1.8.
}

/** How many format operations a style may queue (a border is up to six). */
function queueCount(style: object): number {
  return Object.values(style).filter((v) => v !== undefined).length * 6;
}
