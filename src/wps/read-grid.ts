import type { Grid, GridCell } from '../core/grid';
import { rangeOf } from '../core/plan';
import { gridCellOf } from '../core/shell/host-cell';
import type { EtWorkbook, EtWorksheet } from './et-api';
import { CHUNK_CELLS, type Pause } from './pause';
import { findSheet, usedExtent, valueRows } from './sheets';

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/;

/** ET reports an error value as its text: recognised here, read as every shell reads cells. */
function gridCell(value: unknown, format: unknown): GridCell {
  return gridCellOf({ value, format, error: typeof value === 'string' && ERROR_TEXT.test(value) });
}

export interface Block {
  readonly top: number;
  readonly bottom: number;
  readonly right: number;
  /** Value2 as rows. */
  readonly values: unknown[][];
  /** The number format of a cell (read per column, and per cell only where a column mixes). */
  readonly format: (i: number, j: number) => unknown;
}

/**
 * Reads the sheet's used area from A1 in blocks of whole rows. Value2 comes as one 2D block; a
 * block's NumberFormat is one value only when every cell shares it (null otherwise), so formats
 * are read per column of the block, and per cell only for the numbers of a mixed column.
 */
export async function* readBlocks(sheet: EtWorksheet, pause: Pause): AsyncGenerator<Block> {
  const extent = usedExtent(sheet);
  if (extent === null) return;
  const { bottom: last, right } = extent;
  const width = right + 1;
  const step = Math.max(1, Math.floor(CHUNK_CELLS / width));
  for (let top = 0; top <= last; top += step) {
    const bottom = Math.min(last, top + step - 1);
    const values = valueRows(
      sheet.Range(rangeOf({ top, left: 0, bottom, right })).Value2,
      bottom - top + 1,
      width,
    );
    const columnFormats: unknown[] = [];
    const cellFormats = new Map<string, unknown>();
    for (let c = 0; c < width; c++) {
      if (!values.some((row) => typeof row[c] === 'number')) continue;
      columnFormats[c] = sheet.Range(rangeOf({ top, left: c, bottom, right: c })).NumberFormat;
      if (columnFormats[c] !== null) continue;
      values.forEach((row, i) => {
        if (typeof row[c] === 'number')
          cellFormats.set(
            `${i},${c}`,
            sheet.Range(rangeOf({ top: top + i, left: c, bottom: top + i, right: c })).NumberFormat,
          );
      });
    }
    yield {
      top,
      bottom,
      right,
      values,
      format: (i, j) =>
        columnFormats[j] === null ? cellFormats.get(`${i},${j}`) : columnFormats[j],
    };
    await pause();
  }
}

/** Sheets' used areas as grids, the same grids the Office shell reads; missing sheets are absent. */
export async function readGrids(
  book: EtWorkbook,
  names: readonly string[],
  pause: Pause,
): Promise<Map<string, Grid>> {
  const out = new Map<string, Grid>();
  for (const name of names) {
    const sheet = findSheet(book, name);
    if (!sheet) continue;
    const rows: GridCell[][] = [];
    for await (const block of readBlocks(sheet, pause))
      block.values.forEach((row, i) => {
        rows[block.top + i] = row.map((v, j) => gridCell(v, block.format(i, j)));
      });
    out.set(sheet.Name, { sheet: sheet.Name, rows });
  }
  return out;
}
