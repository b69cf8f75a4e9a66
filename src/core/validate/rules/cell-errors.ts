import type { Grid } from '../../grid';
import { isErrorCell } from '../../grid';
import { cellText, normalizeHeader } from '../../ledger/cell-text';
import type { Detail, FindingSink } from '../issue';
import { cellFinding } from '../issue';
import { message } from '../../i18n';

/** `cell-error`: any cell of the sheet holding an Excel error value (`#N/A`, `#REF!` …). */
export function checkCellErrors(grid: Grid, headerRow: number, out: FindingSink): void {
  const header = grid.rows[headerRow] ?? [];
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      // Text, numbers and empty cells are most of a sheet: skip them before asking more.
      if (typeof cell !== 'object' || cell === null || !isErrorCell(cell)) continue;
      const column = r === headerRow ? '' : normalizeHeader(cellText(header[c]));
      out.push(
        cellFinding(
          'error',
          'cell-error',
          { sheet: grid.sheet, rowIndex: r, columnIndex: c, column },
          cell.error,
          cellErrorText(cell.error),
        ),
      );
    }
  }
}

function cellErrorText(error: string): Detail {
  return message('validate.cellError', { error });
}
