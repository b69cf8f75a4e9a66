import { columnLetter } from '../grid';
import type { ColumnPlan, SheetPlan } from '../plan/types';
import { rowHeightFor } from '../workbook/row-height';
import { planFromRich, type RichCell } from './rich-cell';

/** Width given to a column the user added, when carried to the rebuilt sheet. */
const EXTRA_COLUMN_WIDTH = 16;

const A1_RANGE = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A range of the fresh sheet, refitted to the merged sheet: a range reaching the fresh body's last
 * row now reaches the merged body's last row, and one spanning the full fresh width from column A
 * now spans the merged width (so headers, tables and borders take in the user's columns).
 */
export function refitRange(
  range: string,
  fresh: { lastRow: number; lastColumn: number },
  merged: { lastRow: number; lastColumn: number },
): string {
  return range
    .split(/\s+/)
    .map((area) => {
      const m = A1_RANGE.exec(area);
      if (m === null || m[6] === undefined || m[8] === undefined) return area;
      const startColumn = columnIndex(m[2]!);
      let endColumn = columnIndex(m[6]);
      let endRow = Number(m[8]);
      if (endRow === fresh.lastRow) endRow = merged.lastRow;
      if (startColumn === 0 && endColumn === fresh.lastColumn) endColumn = merged.lastColumn;
      return `${m[1]}${m[2]}${m[3]}${m[4]}:${m[5]}${columnLetter(endColumn)}${m[7]}${endRow}`;
    })
    .join(' ');
}

/**
 * The fresh sheet plan carrying the merged rows instead of its own: every range, table, validation
 * and conditional format refitted to the merged size; one column plan per added column.
 */
export function withMergedRows(
  fresh: SheetPlan,
  rows: readonly (readonly RichCell[])[],
  headerRow = 0,
): SheetPlan {
  const freshWidth = Math.max(fresh.columns.length, fresh.rows[headerRow]?.length ?? 0, 1);
  const width = rows.reduce((w, r) => Math.max(w, r.length), freshWidth);
  // Tables keep at least one body row; ranges the plan made for an empty body end below the header.
  const lastRowOf = (count: number) => headerRow + 1 + Math.max(count - headerRow - 1, 1);
  const freshSize = { lastRow: lastRowOf(fresh.rows.length), lastColumn: freshWidth - 1 };
  const mergedSize = { lastRow: lastRowOf(rows.length), lastColumn: width - 1 };
  const refit = (range: string) => refitRange(range, freshSize, mergedSize);
  const extraColumns: ColumnPlan[] = [];
  for (let c = fresh.columns.length; c < width; c += 1) {
    extraColumns.push({ width: EXTRA_COLUMN_WIDTH, style: { wrap: true, vertical: 'top' } });
  }
  const planRows = rows.map((r) => {
    const out = r.map(planFromRich);
    while (out.length < width) out.push(null);
    return out;
  });
  const columns = [...fresh.columns, ...extraColumns];
  return {
    ...fresh,
    rows: planRows,
    columns,
    // Heights follow the rows: the preamble's as planned, every other row from its own text.
    ...(fresh.rowHeights === undefined
      ? {}
      : {
          rowHeights: planRows.map((row, r) =>
            r < headerRow ? (fresh.rowHeights?.[r] ?? null) : rowHeightFor(row, columns),
          ),
        }),
    ...(fresh.textNumbers === undefined ? {} : { textNumbers: fresh.textNumbers.map(refit) }),
    styles: fresh.styles.map((s) => ({ ...s, range: refit(s.range) })),
    ...(fresh.table ? { table: { ...fresh.table, range: refit(fresh.table.range) } } : {}),
    validations: fresh.validations.map((v) => ({ ...v, range: refit(v.range) })),
    conditionalFormats: fresh.conditionalFormats.map((f) => ({ ...f, range: refit(f.range) })),
  };
}
