import { isoFromExcelSerial } from '../core/dates';
import type { Grid, GridCell, WorkbookSnapshot } from '../core/grid';
import { type Box, boxAddress, parseBox } from './a1';
import type { XlContext, XlRange } from './excel-api';
import { jsonBytes } from './payload';

/** Excel refuses to read more than 5,000,000 cells at once; stay well below. */
export const READ_CELL_CAP = 1_000_000;
/** Responses are limited to 5 MB too; aim each read request at this many bytes. */
export const RESPONSE_BUDGET_BYTES = 3_980_000;
/** Cells per request before anything is known about the sheet (about 3 MB of dense text). */
export const FIRST_READ_CELLS = 25_000;

/** A number format that shows a calendar date (a year or day code outside quotes and brackets). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '') return false;
  const bare = format
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[yd]/i.test(bare) || bare.includes('年') || bare.includes('日');
}

function gridCell(value: unknown, type: unknown, format: unknown): GridCell {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number') {
    if (isDateFormat(format)) {
      const date = isoFromExcelSerial(value);
      if (date !== null) return { date };
    }
    return value;
  }
  if (typeof value === 'boolean') return value;
  return String(value);
}

interface Chunk {
  readonly sheet: string;
  readonly box: Box;
}

interface Pending {
  readonly chunk: Chunk;
  readonly range: XlRange;
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads sheets' used ranges (values, number formats to recognise dates, value types to recognise
 * errors) into grids. One request finds the used ranges; the cells follow in row chunks sized so
 * each response stays under the 5 MB limit: the first request reads a modest number of cells, and
 * later ones are sized from the bytes per cell actually seen. A response that is still too large is
 * retried in halves. Missing sheets are simply absent from the result.
 */
export async function readGrids(
  context: XlContext,
  sheets: readonly string[],
): Promise<Map<string, Grid>> {
  const used = sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('address,rowCount,columnCount');
    return { name, sheet, range };
  });
  await context.sync();

  const grids = new Map<string, GridCell[][]>();
  const queue: Chunk[] = [];
  for (const { name, sheet, range } of used) {
    if (sheet.isNullObject) continue;
    grids.set(sheet.name, []);
    if (range.isNullObject) continue;
    const box = parseBox(range.address);
    const rowsPerChunk = Math.max(1, Math.floor(READ_CELL_CAP / range.columnCount));
    for (let top = box.top; top <= box.bottom; top += rowsPerChunk)
      queue.push({
        sheet: sheet.name ?? name,
        box: { ...box, top, bottom: Math.min(box.bottom, top + rowsPerChunk - 1) },
      });
  }

  let budget = FIRST_READ_CELLS;
  while (queue.length > 0) {
    const batch = takeCells(queue, budget);
    const pending: Pending[] = batch.map((chunk) => {
      const range = context.workbook.worksheets
        .getItem(chunk.sheet)
        .getRange(boxAddress(chunk.box));
      range.load('values,numberFormat,valueTypes');
      return { chunk, range };
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || cellsOf(batch) <= 1) throw error;
      queue.unshift(...batch);
      budget = Math.max(1, Math.floor(cellsOf(batch) / 2));
      continue;
    }
    let bytes = 0;
    for (const { chunk, range } of pending) {
      bytes +=
        jsonBytes(range.values) + jsonBytes(range.numberFormat) + jsonBytes(range.valueTypes);
      place(grids.get(chunk.sheet) ?? [], chunk.box, range);
    }
    const perCell = Math.max(1, bytes / Math.max(1, cellsOf(batch)));
    budget = Math.max(1, Math.min(READ_CELL_CAP, Math.floor(RESPONSE_BUDGET_BYTES / perCell)));
  }

  const out = new Map<string, Grid>();
  for (const [sheet, rows] of grids) out.set(sheet, { sheet, rows });
  return out;
}

function cellsOf(chunks: readonly Chunk[]): number {
  return chunks.reduce(
    (n, c) => n + (c.box.bottom - c.box.top + 1) * (c.box.right - c.box.left + 1),
    0,
  );
}

/** Takes chunks up to `budget` cells, splitting the last one by rows if needed. */
function takeCells(queue: Chunk[], budget: number): Chunk[] {
  const taken: Chunk[] = [];
  let cells = 0;
  while (queue.length > 0) {
    const next = queue[0] as Chunk;
    const width = next.box.right - next.box.left + 1;
    const rows = next.box.bottom - next.box.top + 1;
    const room = Math.floor((budget - cells) / width);
    if (room >= rows) {
      taken.push(next);
      queue.shift();
      cells += rows * width;
      continue;
    }
    if (room >= 1 || taken.length === 0) {
      const take = Math.max(1, room);
      taken.push({ sheet: next.sheet, box: { ...next.box, bottom: next.box.top + take - 1 } });
      queue[0] = { sheet: next.sheet, box: { ...next.box, top: next.box.top + take } };
    }
    break;
  }
  return taken;
}

function place(rows: GridCell[][], box: Box, range: XlRange): void {
  const values = range.values;
  const formats = range.numberFormat;
  const types = range.valueTypes;
  for (let i = 0; i < values.length; i++) {
    const r = box.top + i;
    while (rows.length <= r) rows.push([]);
    const row = rows[r] as GridCell[];
    while (row.length < box.left) row.push(null);
    const vRow = values[i] ?? [];
    for (let j = 0; j < vRow.length; j++)
      row[box.left + j] = gridCell(vRow[j], types[i]?.[j], formats[i]?.[j]);
  }
}

/** A snapshot over grids already read (the core's `grid()` is synchronous). */
export function snapshotOf(
  sheetNames: readonly string[],
  grids: ReadonlyMap<string, Grid>,
): WorkbookSnapshot {
  const byLower = new Map([...grids].map(([k, v]) => [k.toLowerCase(), v]));
  return {
    sheetNames,
    grid: (sheet) => byLower.get(sheet.toLowerCase()) ?? null,
  };
}
