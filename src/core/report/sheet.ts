import { columnLetter } from '../grid';
import type { PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { HEADER_STYLE } from '../summary/layout';
import { LINE_POINTS, linesNeeded } from '../workbook/row-height';
import type { ReportBlock, ReportCell, ReportTable } from './blocks';

export const REPORT_SHEET = '进展报告';

/** The sheet is a grid of equal columns; a table column spans as many as its width asks. */
const GRID_COLUMNS = 12;
const COLUMN_WIDTH = 8;
const PADDING = 4;

/**
 * 进展报告: the report's blocks as a printable sheet (A4 portrait, fitted to the page width, the
 * title rows repeated on every page, page numbers in the footer). Each table column spans whole
 * grid columns (merged), so one sheet holds tables of different shapes; row heights are set from
 * the text, since Excel does not grow merged rows.
 */
export function reportSheet(blocks: readonly ReportBlock[]): SheetPlan {
  const rows: PlanCell[][] = [];
  const heights: (number | null)[] = [];
  const styles: RangeStyle[] = [];
  const merges: string[] = [];
  const last = columnLetter(GRID_COLUMNS - 1);
  const line = (text: string, style: RangeStyle['style'], lines?: number) => {
    const r = rows.length + 1;
    rows.push([{ text }]);
    const needed = lines ?? linesNeeded(text, GRID_COLUMNS * COLUMN_WIDTH);
    heights.push(needed > 1 ? needed * LINE_POINTS + PADDING : null);
    merges.push(`A${r}:${last}${r}`);
    styles.push({ range: `A${r}`, style: { wrap: true, vertical: 'top', ...style } });
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        line(block.text, { bold: true, fontSize: 16, horizontal: 'center' }, 1);
        heights[heights.length - 1] = 2 * 22;
        break;
      case 'subtitle':
        line(block.text, { horizontal: 'center' });
        break;
      case 'heading':
        line(block.text, { bold: true, fontSize: 12 });
        break;
      case 'paragraph':
        line(block.text, {});
        break;
      case 'note':
        line(block.text, { italic: true });
        break;
      case 'table':
        addTable(block, rows, heights, styles, merges);
        break;
    }
  }
  return {
    name: REPORT_SHEET,
    rows,
    columns: Array.from({ length: GRID_COLUMNS }, () => ({ width: COLUMN_WIDTH })),
    styles,
    merges,
    validations: [],
    conditionalFormats: [],
    rowHeights: heights,
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: '1:2',
      footer: '&C第 &P 页 共 &N 页',
    },
  };
}

/** Grid columns each table column spans: by width, at least one, GRID_COLUMNS in all. */
export function spansOf(widths: readonly number[]): number[] {
  const spans = widths.map((w) => Math.max(1, Math.round((w / 100) * GRID_COLUMNS)));
  let total = spans.reduce((a, b) => a + b, 0);
  // Take from (or give to) the widest columns until the spans fill the grid exactly.
  while (total !== GRID_COLUMNS) {
    const widest = spans.indexOf(Math.max(...spans));
    if (total > GRID_COLUMNS) {
      if ((spans[widest] as number) <= 1) break;
      spans[widest] = (spans[widest] as number) - 1;
      total--;
    } else {
      spans[widest] = (spans[widest] as number) + 1;
      total++;
    }
  }
  return spans;
}

function addTable(
  table: ReportTable,
  rows: PlanCell[][],
  heights: (number | null)[],
  styles: RangeStyle[],
  merges: string[],
): void {
  const spans = spansOf(table.widths);
  const starts = spans.map((_, i) => spans.slice(0, i).reduce((a, b) => a + b, 0));
  const add = (cells: readonly ReportCell[], header: boolean, total: boolean) => {
    const r = rows.length + 1;
    const row: PlanCell[] = Array.from({ length: GRID_COLUMNS }, () => null);
    let lines = 1;
    cells.forEach((cell, i) => {
      const start = starts[i] as number;
      const span = spans[i] as number;
      row[start] = typeof cell === 'number' ? { number: cell } : { text: cell };
      lines = Math.max(lines, linesNeeded(String(cell), span * COLUMN_WIDTH));
      const from = `${columnLetter(start)}${r}`;
      const to = `${columnLetter(start + span - 1)}${r}`;
      if (span > 1) merges.push(`${from}:${to}`);
      const look = header ? HEADER_STYLE : total ? { bold: true } : {};
      styles.push({
        range: span > 1 ? `${from}:${to}` : from,
        style: {
          border: true,
          wrap: true,
          vertical: 'middle',
          horizontal: header || typeof cell === 'number' ? 'center' : 'left',
          ...look,
        },
      });
    });
    rows.push(row);
    heights.push(lines > 1 ? lines * LINE_POINTS + PADDING : null);
  };
  add(table.headers, true, false);
  table.rows.forEach((cells, i) => add(cells, false, i === table.totalRow));
}
