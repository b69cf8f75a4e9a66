import { message } from '../../core/i18n';
import type { GridCell } from '../../core/grid';
import { readCellRef, readRange, type CellPosition } from './cell-ref';
import { cellValue } from './cell-value';
import { shiftFormula } from './formula-shift';
import { LIMITS } from './limits';
import { fail } from './messages';
import { NS } from './namespaces';
import { readStringItem } from './shared-strings';
import type { CellStyles } from './styles';
import type { RichCell, StoredText } from './types';
import { CLOSE, EOF, OPEN, XmlScanner } from './xml';

export interface SheetInput {
  readonly part: string;
  readonly sharedStrings: () => readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
}

export interface RawHyperlink {
  readonly ref: string;
  readonly relationshipId: string | null;
  readonly location: string | null;
  readonly tooltip: string | null;
  readonly display: string | null;
}

export interface SheetRead {
  /** Values by row; merged areas keep their value in the top-left cell only. Empty when `rich`. */
  readonly rows: GridCell[][];
  readonly merges: string[];
  /** Only when read with `rich`; links are the caller's to add (they need the relationships). */
  readonly cells: RichCell[];
  readonly hyperlinks: RawHyperlink[];
}

// Parts of a worksheet that can be large and hold nothing the reader wants: passed over whole.
const SKIPPED = new Set([
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'sheetViews',
  'cols',
  'headerFooter',
  'autoFilter',
  'sortState',
  'rowBreaks',
  'colBreaks',
]);

interface SharedFormula {
  readonly text: string;
  readonly row: number;
  readonly column: number;
}

/**
 * One pass over a worksheet part: cells into rows of grid values (or, when `rich`, every cell
 * with its formula and style instead), merged ranges, hyperlinks. What it costs follows the cells in the
 * file: a whole-column validation or a huge merge costs its XML, never the cells it covers.
 */
export function readSheetPart(text: string, input: SheetInput, rich: boolean): SheetRead {
  const x = new XmlScanner(text, input.part);
  const { dates, formats } = input.styles;
  const rows: GridCell[][] = [];
  const merges: string[] = [];
  const cells: RichCell[] = [];
  const hyperlinks: RawHyperlink[] = [];
  const shared = new Map<string, SharedFormula>();
  const at: CellPosition = { row: 0, column: 0 };
  let strings: readonly string[] | null = null;
  let rowIndex = -1;
  let column = -1;
  let slots = 0;

  for (let e = x.next(); e !== EOF; e = x.next()) {
    if (e !== OPEN || x.ns !== NS.main) continue;
    const local = x.local;
    if (local === 'c') {
      const ref = x.attr('r');
      if (ref !== undefined && readCellRef(ref, at)) {
        column = at.column;
        if (at.row !== rowIndex) rowIndex = at.row;
      } else {
        column++;
        if (rowIndex < 0) rowIndex = 0;
      }
      if (rowIndex >= LIMITS.rows || column >= LIMITS.columns) {
        fail('tooLarge', {
          part: input.part,
          detail: message('xlsx.detail.cellOutside', { row: rowIndex + 1, column: column + 1 }),
        });
      }
      const sAttr = x.attr('s');
      const style = sAttr === undefined ? 0 : Number(sAttr) || 0;
      const type = x.attr('t');
      let v: string | undefined;
      let inline: string | undefined;
      let richInline: string | null = null;
      let formula: string | null = null;
      let arrayRange: string | null = null;
      const depth = x.depth;
      for (let f = x.next(); f !== EOF; f = x.next()) {
        if (f === CLOSE) {
          if (x.depth < depth) break;
          continue;
        }
        if (x.ns !== NS.main) continue;
        if (x.local === 'v') v = x.readText();
        else if (x.local === 'is') {
          const start = x.offset;
          const plain = x.qname === 'is' && !x.selfClosing;
          inline = readStringItem(x);
          if (rich && plain) richInline = runsOf(x.source(start, x.tagOffset));
        } else if (x.local === 'f') {
          if (!rich) {
            x.skip();
            continue;
          }
          const kind = x.attr('t');
          const si = x.attr('si');
          const fref = x.attr('ref');
          const body = x.readText();
          if (kind === 'shared' && si !== undefined) {
            const master = shared.get(si);
            if (body !== '') {
              shared.set(si, { text: body, row: rowIndex, column });
              formula = body;
            } else if (master !== undefined) {
              formula = shiftFormula(master.text, rowIndex - master.row, column - master.column);
            }
          } else {
            formula = body;
            if (kind === 'array') arrayRange = fref ?? null;
          }
        }
      }
      if (type === 's' && strings === null) strings = input.sharedStrings();
      const value = cellValue(type, v, inline, strings ?? [], dates[style] === 1, input.date1904);
      if (rich) {
        cells.push({
          row: rowIndex,
          column,
          value,
          formula,
          arrayRange,
          hyperlink: null,
          style,
          numberFormat: formats[style] ?? 'General',
          stored: storedText(type, v, richInline),
        });
        // The rich cells are the whole answer: no grid is built beside them.
        continue;
      }
      if (value === null) continue;
      let cellsOfRow = rows[rowIndex];
      if (cellsOfRow === undefined) cellsOfRow = rows[rowIndex] = [];
      if (column >= cellsOfRow.length) {
        slots += column + 1 - cellsOfRow.length;
        if (slots > LIMITS.gridSlots) {
          fail('tooLarge', {
            part: input.part,
            detail: message('xlsx.detail.tooManyCells', { limit: LIMITS.gridSlots }),
          });
        }
        while (cellsOfRow.length < column) cellsOfRow.push(null);
      }
      cellsOfRow[column] = value;
    } else if (local === 'row') {
      const r = x.attr('r');
      const n = r === undefined ? NaN : Number(r);
      rowIndex = Number.isInteger(n) && n > 0 ? n - 1 : rowIndex + 1;
      column = -1;
    } else if (local === 'mergeCell') {
      const ref = x.attr('ref');
      if (ref !== undefined) merges.push(ref);
    } else if (local === 'hyperlink') {
      if (rich) {
        hyperlinks.push({
          ref: x.attr('ref') ?? '',
          relationshipId: x.attrNs(NS.docRels, 'id') ?? null,
          location: x.attr('location') ?? null,
          tooltip: x.attr('tooltip') ?? null,
          display: x.attr('display') ?? null,
        });
      }
    } else if (SKIPPED.has(local)) {
      x.skip();
    }
  }
  clearMergedCells(rows, merges);
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return { rows, merges, cells, hyperlinks };
}

const SHARED_INDEX = /^\s*(\d+)\s*$/;
const RUN = /<(?:[\w.-]+:)?r>/;

/** An inline string's XML when it holds rich runs (`<r>`), else null. */
function runsOf(body: string): string | null {
  return RUN.test(body) ? body : null;
}

function storedText(
  type: string | undefined,
  v: string | undefined,
  richInline: string | null,
): StoredText | null {
  if (type === 's') {
    const m = v === undefined ? null : SHARED_INDEX.exec(v);
    return m === null ? null : { shared: Number(m[1]) };
  }
  return type === 'inlineStr' && richInline !== null ? { inline: richInline } : null;
}

/**
 * Excel keeps a merged area's value in its top-left cell: any other value inside is dropped, as
 * every reader of the grid expects. Costs the cells present in each range, never the range's size.
 */
function clearMergedCells(rows: GridCell[][], merges: readonly string[]): void {
  for (const ref of merges) {
    const range = readRange(ref);
    if (range === null) continue;
    const last = Math.min(range.bottom, rows.length - 1);
    for (let r = range.top; r <= last; r++) {
      const row = rows[r];
      if (row === undefined) continue;
      const right = Math.min(range.right, row.length - 1);
      let cleared = false;
      for (let c = range.left; c <= right; c++) {
        if (r === range.top && c === range.left) continue;
        if (row[c] !== null) {
          row[c] = null;
          cleared = true;
        }
      }
      if (cleared) while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
  }
}
