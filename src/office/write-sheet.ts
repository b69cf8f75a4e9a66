import type { ResolvedSheet } from '../core/plan';
import { columnLetter } from '../core/grid';
import { rangeOf, type Box } from '../core/plan';
import { typedValue } from '../core/shell/typed-value';
import type { XlWorksheet } from './excel-api';
import { BLOCK_BUDGET_BYTES, type BatchWriter, jsonBytes } from './payload';
import { queueStyle, styleOperations, widthInPoints } from './sheet-format';
import { queueMarks } from './write-marks';
import type { OfficeLike } from './office-global';
import { queuePrint } from './write-print';

/** Excel's last row (1,048,576): whole-column formats cover the rows below the plan's area. */
const LAST_ROW = 1_048_575;

/** Splits rows into blocks whose data stays under the block budget. */
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

/** Queues a 2D array over a box in blocks of rows, through `set`. */
async function queueBlocks<T>(
  writer: BatchWriter,
  box: Box,
  rows: readonly T[][],
  set: (address: string, rows: T[][]) => void,
): Promise<void> {
  for (const block of rowBlocks(rows, (row) => jsonBytes(row))) {
    const part: Box = {
      ...box,
      top: box.top + block.start,
      bottom: box.top + block.start + block.rows.length - 1,
    };
    await writer.add(block.bytes, () => set(rangeOf(part), block.rows));
  }
}

/**
 * Queues one resolved sheet on an empty (new or cleared) worksheet: a translation of what the
 * core decided — final styles per range, whole-column styles below the area, values, real
 * in-workbook hyperlinks, merges, the table, marks, panes, tab colour. Nothing is inferred here.
 */
export async function writeSheet(
  sheet: XlWorksheet,
  resolved: ResolvedSheet,
  writer: BatchWriter,
  /** The host, asked whether it has page layout (ExcelApi 1.9); without it, no print setup. */
  office?: OfficeLike,
): Promise<void> {
  const { plan, styles, links } = resolved;

  for (const [c, column] of plan.columns.entries())
    await writer.add(32, () => {
      sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = widthInPoints(
        column.width,
      );
    });
  // Rows a person adds below the area get their column's style.
  for (const [c, style] of styles.columns.entries()) {
    if (style === null || styles.height > LAST_ROW) continue;
    const box: Box = { top: styles.height, left: c, bottom: LAST_ROW, right: c };
    const ops = styleOperations(style);
    if (ops > 0)
      await writer.add(ops * 48, () =>
        queueStyle(sheet.getRange(rangeOf(box)), style, { rows: 2, columns: 1 }),
      );
    // One format for the whole range: Office.js applies a 1×1 array to every cell of it.
    const format = style.numberFormat;
    if (format !== undefined)
      await writer.add(format.length + 48, () => {
        sheet.getRange(rangeOf(box)).numberFormat = [[format]];
      });
  }

  // Number formats before values, so typed dates and numbers show as the plan says.
  for (const { box, style } of styles.ranges) {
    const format = style.numberFormat;
    if (format === undefined) continue;
    const rows = Array.from({ length: box.bottom - box.top + 1 }, () =>
      new Array<string>(box.right - box.left + 1).fill(format),
    );
    await queueBlocks(writer, box, rows, (address, block) => {
      sheet.getRange(address).numberFormat = block;
    });
  }

  const width = Math.max(0, ...plan.rows.map((r) => r.length));
  if (width > 0) {
    const values = plan.rows.map((row) => {
      const out = row.map(typedValue);
      while (out.length < width) out.push(null);
      return out;
    });
    const box: Box = { top: 0, left: 0, bottom: values.length - 1, right: width - 1 };
    await queueBlocks(writer, box, values, (address, block) => {
      sheet.getRange(address).values = block;
    });
  }

  for (const { range, box, style } of styles.ranges) {
    const ops = styleOperations(style);
    if (ops === 0) continue;
    await writer.add(ops * 48 + range.length, () =>
      queueStyle(sheet.getRange(range), style, {
        rows: box.bottom - box.top + 1,
        columns: box.right - box.left + 1,
      }),
    );
  }
  for (const link of links) {
    const hyperlink = { documentReference: link.location, textToDisplay: link.text };
    await writer.add(jsonBytes(hyperlink) + 48, () => {
      sheet.getRange(
        rangeOf({ top: link.row, left: link.column, bottom: link.row, right: link.column }),
      ).hyperlink = hyperlink;
    });
  }
  for (const [r, height] of (plan.rowHeights ?? []).entries())
    if (height !== null && height !== undefined)
      await writer.add(32, () => {
        sheet.getRange(`${r + 1}:${r + 1}`).format.rowHeight = height;
      });
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
          rangeOf({ top: 0, left: 0, bottom: freeze.rows - 1, right: freeze.columns - 1 }),
        );
    });
  const tab = plan.tabColor;
  if (tab !== undefined)
    await writer.add(16, () => {
      sheet.tabColor = tab;
    });
  if (plan.hidden === true)
    await writer.add(16, () => {
      sheet.visibility = 'Hidden';
    });
  const print = plan.print;
  if (print !== undefined) await writer.add(512, () => queuePrint(sheet, print, office));
}
