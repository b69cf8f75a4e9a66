import { parseRange, rangeOf, type Box } from '../core/plan';
import type { XlContext, XlRange } from './excel-api';
import { jsonBytes } from './payload';

/** An address Excel reports (`Sheet1!A1:M90`, `$` signs included) as a box on its sheet. */
export function usedBox(address: string): Box {
  return parseRange(address.slice(address.lastIndexOf('!') + 1));
}

/** Excel refuses to read more than 5,000,000 cells at once; stay well below. */
export const READ_CELL_CAP = 1_000_000;
/** Responses are limited to 5 MB too; aim each read request at this many bytes. */
export const RESPONSE_BUDGET_BYTES = 3_980_000;
/** Cells per request before anything is known about the sheet (about 3 MB of dense text). */
export const FIRST_READ_CELLS = 25_000;
/**
 * Read with the first request, before the used range is known: the part of each used range
 * inside a block of 30 columns (A–AD) by 2,000 rows for the first sheet named (the ledger) and
 * 500 rows for the others. Only used cells come back, so a county's workbook (a few hundred rows)
 * is read whole in that one round trip, and even a large one stays near the ~26,000 cells
 * (FIRST_READ_CELLS) a first read of unknown cells can afford. The rest follows in chunks.
 */
export function firstBox(index: number): Box {
  return { top: 0, left: 0, bottom: index === 0 ? 1_999 : 499, right: 29 };
}

export type CellProperty = 'values' | 'formulas' | 'numberFormat' | 'valueTypes';

/** Rows of the loaded properties, row 0 = sheet row 1, column 0 = column A. */
export type AreaRows = Record<CellProperty, unknown[][]>;

interface Chunk {
  readonly sheet: string;
  readonly box: Box;
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

const cellsOfBox = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const cellsOf = (chunks: readonly Chunk[]) => chunks.reduce((n, c) => n + cellsOfBox(c.box), 0);
const inside = (inner: Box, outer: Box) =>
  inner.top >= outer.top &&
  inner.left >= outer.left &&
  inner.bottom <= outer.bottom &&
  inner.right <= outer.right;

/**
 * Reads the used area (from A1) of each named sheet, in requests that stay under Excel's limits.
 * The first request also carries whatever `alsoQueue` queues (the look at sheets and names), the
 * used ranges and the block at the top left; only a sheet larger than that block needs more. A
 * response that is still too large is retried in halves. Missing sheets are absent from the result.
 */
export async function readUsedAreas(
  context: XlContext,
  names: readonly string[],
  properties: readonly CellProperty[],
  alsoQueue?: () => void,
): Promise<Map<string, AreaRows>> {
  const load = properties.join(',');
  const first = (withBlock: boolean) => {
    alsoQueue?.();
    return names.map((name, i) => {
      const box = firstBox(i);
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load('name');
      const used = sheet.getUsedRangeOrNullObject(true).load('address');
      // Null objects all the way down: a missing sheet or an empty one costs nothing.
      const block = withBlock
        ? used.getIntersectionOrNullObject(rangeOf(box)).load(`address,${load}`)
        : null;
      return { sheet, used, block, box };
    });
  };
  let looked = first(true);
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    looked = first(false);
    await context.sync();
  }

  const out = new Map<string, AreaRows>();
  const queue: Chunk[] = [];
  // What the first blocks weighed sizes the chunks that follow.
  let seenBytes = 0;
  let seenCells = 0;
  for (const { sheet, used, block, box } of looked) {
    if (sheet.isNullObject) continue;
    const rows = { values: [], formulas: [], numberFormat: [], valueTypes: [] } as AreaRows;
    out.set(sheet.name, rows);
    if (used.isNullObject) continue;
    const last = usedBox(used.address);
    const area: Box = { top: 0, left: 0, bottom: last.bottom, right: last.right };
    const width = area.right + 1;
    const got = block !== null && !block.isNullObject ? usedBox(block.address) : null;
    if (got !== null) {
      seenCells += cellsOfBox(got);
      for (const p of properties) seenBytes += jsonBytes(block![p]);
    }
    if (got !== null && inside(area, box)) {
      place(rows, properties, got, block!, area);
      continue;
    }
    let top = 0;
    if (got !== null && area.right <= box.right && got.top === last.top) {
      place(rows, properties, got, block!, area);
      top = box.bottom + 1;
    }
    const step = Math.max(1, Math.floor(READ_CELL_CAP / width));
    for (; top <= area.bottom; top += step)
      queue.push({
        sheet: sheet.name,
        box: { top, left: 0, right: area.right, bottom: Math.min(area.bottom, top + step - 1) },
      });
  }

  let budget =
    seenCells > 0
      ? Math.max(
          1,
          Math.min(READ_CELL_CAP, Math.floor(RESPONSE_BUDGET_BYTES / (seenBytes / seenCells))),
        )
      : FIRST_READ_CELLS;
  while (queue.length > 0) {
    const batch = takeCells(queue, budget);
    const pending = batch.map((chunk) => ({
      chunk,
      range: context.workbook.worksheets
        .getItem(chunk.sheet)
        .getRange(rangeOf(chunk.box))
        .load(load),
    }));
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
      for (const p of properties) bytes += jsonBytes(range[p]);
      place(out.get(chunk.sheet)!, properties, chunk.box, range, chunk.box);
    }
    const perCell = Math.max(1, bytes / Math.max(1, cellsOf(batch)));
    budget = Math.max(1, Math.min(READ_CELL_CAP, Math.floor(RESPONSE_BUDGET_BYTES / perCell)));
  }
  return out;
}

/**
 * Copies a loaded range covering `box` into the rows, which run from column A to `area.right`
 * (cells left of the box are empty: the used range starts there).
 */
function place(
  rows: AreaRows,
  properties: readonly CellProperty[],
  box: Box,
  range: XlRange,
  area: Box,
): void {
  const empty: Record<CellProperty, unknown> = {
    values: '',
    formulas: '',
    numberFormat: 'General',
    valueTypes: 'Empty',
  };
  for (const p of properties) {
    const loaded = range[p] as unknown[][];
    const target = rows[p];
    for (let r = 0; r <= Math.min(box.bottom, area.bottom); r++) {
      if (r < box.top) {
        target[r] ??= new Array<unknown>(area.right + 1).fill(empty[p]);
        continue;
      }
      const source = loaded[r - box.top] ?? [];
      const row = new Array<unknown>(box.left).fill(empty[p]);
      for (let c = box.left; c <= Math.min(box.right, area.right); c++)
        row.push(source[c - box.left]);
      target[r] = row;
    }
  }
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
