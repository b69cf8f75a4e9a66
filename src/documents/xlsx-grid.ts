import type { Grid, GridCell } from '../core/grid';
import { readRange } from '../xlsx/reader/cell-ref';
import { readWorkbook } from '../xlsx/reader';

/**
 * The one place a list kept in an .xlsx is turned into a grid, through our bytes reader (no Node
 * API, so the task pane runs it as it is). The first worksheet with a filled cell is the list.
 * A merged area's value belongs to its top-left cell only, whatever a writer left in the others.
 */
export async function readSpreadsheetGrid(bytes: Uint8Array): Promise<Grid> {
  const workbook = readWorkbook(bytes);
  let first: Grid | null = null;
  for (const name of workbook.sheetNames) {
    const grid = workbook.grid(name);
    if (grid === null) continue;
    first ??= grid;
    if (grid.rows.some((row) => row.some((c) => c !== null))) return mergedKeptOnce(workbook, grid);
  }
  return first ?? { sheet: '', rows: [] };
}

function mergedKeptOnce(workbook: ReturnType<typeof readWorkbook>, grid: Grid): Grid {
  const merges = workbook.richSheet(grid.sheet)?.merges ?? [];
  if (merges.length === 0) return grid;
  const rows: GridCell[][] = grid.rows.map((row) => [...row]);
  for (const merge of merges) {
    const box = readRange(merge);
    if (box === null) continue;
    for (let r = box.top; r <= box.bottom && r < rows.length; r++) {
      const row = rows[r] as GridCell[];
      for (let c = box.left; c <= box.right && c < row.length; c++) {
        if (r !== box.top || c !== box.left) row[c] = null;
      }
    }
  }
  return { sheet: grid.sheet, rows };
}
