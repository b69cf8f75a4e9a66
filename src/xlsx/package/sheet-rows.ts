import { readCellRef, type CellPosition } from '../reader/cell-ref';
import { UnsupportedPackage, attributesOf, tagPattern } from './xml-text';

/**
 * Where the rows and cells of a worksheet part's `<sheetData>` are, as text positions, so a
 * patch can replace one cell or insert one row and leave every other byte as it was. Rows and
 * cells without `r` (allowed, and written by some programs) take the next number after the
 * previous one.
 */
export interface RowSpot {
  /** Zero-based row. */
  readonly row: number;
  readonly start: number;
  readonly openEnd: number;
  /** Start of `</row>`; = openEnd for `<row …/>`. */
  readonly closeStart: number;
  readonly end: number;
  readonly openTag: string;
  readonly empty: boolean;
}

export interface CellSpot {
  /** Zero-based column. */
  readonly column: number;
  readonly start: number;
  readonly end: number;
  readonly openTag: string;
  /** The children (`<v>`, `<f>`, `<is>`…), empty for `<c …/>`. */
  readonly body: string;
}

const ROW = tagPattern('row');
const CELL = tagPattern('c');

/** Rows of `xml` between `from` and `to` (the inside of `<sheetData>`), in file order. */
export function* rowsOf(xml: string, from: number, to: number): Generator<RowSpot> {
  const re = new RegExp(ROW.source, 'g');
  re.lastIndex = from;
  let previous = -1;
  for (let m = re.exec(xml); m !== null && m.index < to; m = re.exec(xml)) {
    const openTag = m[0];
    const openEnd = m.index + openTag.length;
    const r = attributesOf(openTag).get('r');
    const row = r === undefined ? previous + 1 : Number(r) - 1;
    if (!Number.isInteger(row) || row < 0 || row <= previous) {
      throw new UnsupportedPackage(`row ${r ?? '?'} is out of order or not a row number`);
    }
    previous = row;
    const empty = openTag.endsWith('/>');
    const closeStart = empty ? openEnd : xml.indexOf('</row>', openEnd);
    if (closeStart < 0 || closeStart > to) throw new UnsupportedPackage('<row> is not closed');
    const end = empty ? openEnd : closeStart + '</row>'.length;
    yield { row, start: m.index, openEnd, closeStart, end, openTag, empty };
    re.lastIndex = end;
  }
}

/** The cells of one row, in file order. */
export function cellsOf(xml: string, row: RowSpot): CellSpot[] {
  if (row.empty) return [];
  const re = new RegExp(CELL.source, 'g');
  re.lastIndex = row.openEnd;
  const cells: CellSpot[] = [];
  const at: CellPosition = { row: 0, column: 0 };
  let previous = -1;
  for (let m = re.exec(xml); m !== null && m.index < row.closeStart; m = re.exec(xml)) {
    const openTag = m[0];
    const openEnd = m.index + openTag.length;
    const r = attributesOf(openTag).get('r');
    let column = previous + 1;
    if (r !== undefined) {
      if (!readCellRef(r, at) || at.row !== row.row) {
        throw new UnsupportedPackage(`cell ${r} is not a cell of row ${row.row + 1}`);
      }
      column = at.column;
    }
    if (column <= previous) throw new UnsupportedPackage(`cell ${r ?? '?'} is out of order`);
    previous = column;
    const empty = openTag.endsWith('/>');
    const close = empty ? openEnd : xml.indexOf('</c>', openEnd);
    if (close < 0 || close > row.closeStart) throw new UnsupportedPackage('<c> is not closed');
    const end = empty ? openEnd : close + '</c>'.length;
    cells.push({
      column,
      start: m.index,
      end,
      openTag,
      body: xml.slice(openEnd, empty ? openEnd : close),
    });
    re.lastIndex = end;
  }
  return cells;
}
