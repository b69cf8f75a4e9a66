import type { Grid } from '../core/grid';
import type { Block, DocumentBlocks, DocumentFormat } from '../core/list/blocks';

/**
 * A list kept as a table in a workbook: the sheet's rows as table rows. A merged area's value is in
 * its top-left cell only, so the cells it covers are empty (null) here, as in a Word table.
 */
export function gridBlocks(grid: Grid, format: DocumentFormat): DocumentBlocks {
  const blocks: Block[] = grid.rows.map((cells, r) => ({
    kind: 'row',
    table: 1,
    row: r + 1,
    cells: cells.map((value, c) => {
      const text = cellText(value);
      return text === '' ? null : { text, place: { table: 1, row: r + 1, column: c + 1 } };
    }),
  }));
  return { format, encoding: null, blocks, notes: [] };
}

function cellText(value: Grid['rows'][number][number]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n|\r/gu, '\n');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('date' in value) return value.date;
  return value.error;
}
