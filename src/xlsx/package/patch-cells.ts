import { columnLetter } from '../../core/grid';
import type { PlanCell } from '../../core/plan/types';
import { readRange } from '../reader/cell-ref';
import { dateSerial } from './date-serial';
import { NS, Package, REL, Relationships, relsPartOf, resolveTarget } from './parts';
import { PatchStyles } from './patch-styles';
import { grownRanges, grownTable, rangeText, tableOf, type SheetTable } from './patch-table';
import { cellsOf, rowsOf, type CellSpot, type RowSpot } from './sheet-rows';
import { WorkbookParts } from './workbook-parts';
import {
  UnsupportedPackage,
  applySplices,
  attributesOf,
  findElement,
  tagsOf,
  withAttribute,
  withDefaultNamespace,
  type Splice,
} from './xml-text';
import { escapeCellText } from './cell-text';

/** One cell to write: zero-based row and column; null clears the value (the style stays). */
export interface CellPatch {
  readonly row: number;
  readonly column: number;
  /** Text, number, date, boolean or null. Text is always text: `=SUM(A1)` stays a string. */
  readonly value: PlanCell;
}

export interface SheetCellsPatch {
  /** The worksheet's name (case-insensitive, as Excel compares names). */
  readonly sheet: string;
  readonly writes: readonly CellPatch[];
  /**
   * Zero-based rows that are new rows of the sheet's table (rows added below it): the table
   * part's `ref` and autoFilter grow to reach them, conditional formats and data validations
   * that cover the table's columns to its last row grow with it, and each of these rows carries
   * the styles of the table's last row in every table column.
   */
  readonly tableRows?: readonly number[];
}

/**
 * Writes cell values into one worksheet of a package, in place. Only that worksheet part is
 * rewritten, by splicing: every cell, row, formula, merge, hyperlink, conditional format, data
 * validation and extension not written keeps its bytes. Text is written as inline strings
 * (`t="inlineStr"`), so the shared-strings part, which every other sheet also indexes into,
 * stays byte for byte; an entry no longer used there is harmless. Dates are serials in the
 * workbook's date system, in the cell's own format when it shows dates, else in that format
 * with `yyyy-mm-dd` (appended to styles.xml: the one other part that may change). The table
 * part changes when `tableRows` grow it; calcChain goes when a formula is overwritten. A part
 * that cannot be edited exactly throws UnsupportedPackage and nothing is changed.
 */
export async function patchSheetCells(pkg: Package, patch: SheetCellsPatch): Promise<void> {
  const tableRows = [...new Set(patch.tableRows ?? [])].sort((a, b) => a - b);
  if (patch.writes.length === 0 && tableRows.length === 0) return;
  const parts = await WorkbookParts.read(pkg);
  const target = parts.sheets.find((s) => s.sheet.name.toLowerCase() === patch.sheet.toLowerCase());
  if (target === undefined || target.part === null) {
    throw new UnsupportedPackage(`the workbook has no worksheet "${patch.sheet}"`);
  }
  const part = target.part;
  const xml = withDefaultNamespace(await pkg.text(part), part, 'worksheet', NS.main);
  const styles = new PatchStyles(parts.styles);
  const table = tableRows.length === 0 ? null : await tableOf(pkg, part, tableRows);
  const sheet = new SheetPatcher(xml, part, styles, parts.workbook.date1904);
  const edited = sheet.write(patch.writes, table, tableRows);

  pkg.set(part, edited.xml);
  if (styles.changed) pkg.set(parts.stylesPart, styles.toString());
  if (table !== null && edited.bottom > table.box.bottom) {
    pkg.set(table.part, grownTable(table, edited.bottom));
  }
  if (edited.formulaOverwritten) await dropCalcChain(pkg, parts);
}

/** Formulas keep their values; Excel rebuilds the chain, and a stale one makes it "repair". */
async function dropCalcChain(pkg: Package, parts: WorkbookParts): Promise<void> {
  const rel = parts.workbookRels.list.find((r) => r.type === REL.calcChain);
  if (rel === undefined) return;
  const workbook = await workbookPartOf(pkg);
  const chain = resolveTarget(workbook, rel.target);
  pkg.remove(chain);
  parts.workbookRels.remove(rel);
  parts.contentTypes.removeOverride(chain);
  pkg.set(relsPartOf(workbook), parts.workbookRels.toString());
  pkg.set('[Content_Types].xml', parts.contentTypes.toString());
}

/** patchSheetCells on a package's bytes: the new package's bytes (nothing written anywhere). */
export async function patchedCellBytes(
  bytes: Uint8Array,
  patch: SheetCellsPatch,
  now: Date,
): Promise<Uint8Array> {
  const pkg = Package.open(bytes);
  await patchSheetCells(pkg, patch);
  return pkg.toBytes(now);
}

/** The workbook part, as the package relationships name it. */
async function workbookPartOf(pkg: Package): Promise<string> {
  const rels = new Relationships(await pkg.text('_rels/.rels'), '_rels/.rels');
  const office = rels.list.find((r) => r.type === REL.officeDocument && !r.external);
  return office === undefined ? 'xl/workbook.xml' : resolveTarget('', office.target);
}

interface Edited {
  readonly xml: string;
  /** The last row of the sheet's table after the patch (its old bottom when not grown). */
  readonly bottom: number;
  readonly formulaOverwritten: boolean;
}

/** The text edits of one worksheet part. */
class SheetPatcher {
  private formulaOverwritten = false;

  constructor(
    private xml: string,
    private readonly part: string,
    private readonly styles: PatchStyles,
    private readonly date1904: boolean,
  ) {}

  write(
    writes: readonly CellPatch[],
    table: SheetTable | null,
    tableRows: readonly number[],
  ): Edited {
    let data = findElement(this.xml, 'sheetData');
    if (data === null) throw new UnsupportedPackage(`${this.part} has no <sheetData>`);
    if (data.empty) {
      // `<sheetData/>`: give it a body to insert rows into.
      this.xml = `${this.xml.slice(0, data.start)}<sheetData></sheetData>${this.xml.slice(data.end)}`;
      data = findElement(this.xml, 'sheetData') as NonNullable<typeof data>;
    }
    const { xml } = this;
    const inner = xml.slice(data.openEnd, data.closeStart);
    if (inner.includes('<!--') || inner.includes('<![CDATA[')) {
      throw new UnsupportedPackage(`${this.part} has comments or CDATA among its cells`);
    }
    const byRow = new Map<number, Map<number, PlanCell>>();
    for (const w of writes) {
      if (!Number.isInteger(w.row) || !Number.isInteger(w.column) || w.row < 0 || w.column < 0) {
        throw new Error(`not a cell: row ${w.row}, column ${w.column}`);
      }
      let row = byRow.get(w.row);
      if (row === undefined) byRow.set(w.row, (row = new Map()));
      row.set(w.column, w.value);
    }
    const appended = new Set(tableRows);
    for (const r of tableRows) if (!byRow.has(r)) byRow.set(r, new Map());
    const targets = [...byRow.keys()].sort((a, b) => a - b);
    const lastTarget = targets.at(-1) ?? -1;

    // Rows of the file up to the last one written; the template row is the table's last row.
    const rows = new Map<number, RowSpot>();
    let following: RowSpot | null = null;
    const needed = Math.max(lastTarget, table?.box.bottom ?? -1);
    for (const spot of rowsOf(xml, data.openEnd, data.closeStart)) {
      if (spot.row > needed) {
        following = spot;
        break;
      }
      rows.set(spot.row, spot);
    }
    const template = table === null ? new Map<number, number>() : this.rowStyles(rows, table);
    const colStyles = this.columnStyles();

    const splices: Splice[] = [];
    const ordered = [...rows.values()];
    let maxColumn = -1;
    for (const r of targets) {
      const cells = byRow.get(r) as Map<number, PlanCell>;
      const styleOf = (column: number, existing: CellSpot | undefined): number => {
        if (existing !== undefined) return Number(attributesOf(existing.openTag).get('s') ?? 0);
        if (appended.has(r)) return template.get(column) ?? colStyles.get(column) ?? 0;
        return colStyles.get(column) ?? 0;
      };
      if (appended.has(r) && table !== null) {
        // Every table column carries its style, written or not.
        for (let c = table.box.left; c <= table.box.right; c++)
          if (!cells.has(c)) cells.set(c, null);
      }
      for (const c of cells.keys()) maxColumn = Math.max(maxColumn, c);
      const spot = rows.get(r);
      if (spot !== undefined) {
        splices.push(...this.rowEdits(spot, cells, styleOf));
        continue;
      }
      // A new row, before the first row after it (or at the end of sheetData).
      const next = firstAfter(ordered, r) ?? following;
      const text = this.newRow(r, cells, styleOf);
      if (text === null) continue;
      const at = next === null ? data.closeStart : next.start;
      splices.push({ start: at, end: at, text });
    }

    // The edits are all inside <sheetData>: what precedes it (the dimension) and what follows it
    // (formats, validations) are edited apart, so a large sheet's cells are not scanned again.
    const out = applySplices(xml, splices);
    const tailLength = xml.length - data.closeStart;
    const head = out.slice(0, data.openEnd);
    const body = out.slice(data.openEnd, out.length - tailLength);
    const tail = out.slice(out.length - tailLength);
    const bottom = Math.max(table?.box.bottom ?? -1, ...tableRows);
    return {
      xml: withDimension(head, lastTarget, maxColumn) + body + grownRanges(tail, table, bottom),
      bottom,
      formulaOverwritten: this.formulaOverwritten,
    };
  }

  /** Styles of the table's last row, by column: what an added row looks like. */
  private rowStyles(rows: ReadonlyMap<number, RowSpot>, table: SheetTable): Map<number, number> {
    const styles = new Map<number, number>();
    if (table.box.bottom <= table.box.top) return styles;
    const last = rows.get(table.box.bottom);
    if (last === undefined) return styles;
    for (const cell of cellsOf(this.xml, last)) {
      const s = attributesOf(cell.openTag).get('s');
      if (s !== undefined) styles.set(cell.column, Number(s));
    }
    return styles;
  }

  /** Whole-column styles from `<cols>` (what a new cell in that column takes in Excel). */
  private columnStyles(): Map<number, number> {
    const styles = new Map<number, number>();
    const cols = findElement(this.xml, 'cols');
    if (cols === null) return styles;
    for (const tag of tagsOf(this.xml, 'col', cols.openEnd, cols.closeStart)) {
      const a = attributesOf(tag.text);
      const s = a.get('style');
      if (s === undefined) continue;
      const max = Math.min(Number(a.get('max')), 16384);
      for (let c = Number(a.get('min')); c <= max; c++) styles.set(c - 1, Number(s));
    }
    return styles;
  }

  private rowEdits(
    spot: RowSpot,
    writes: ReadonlyMap<number, PlanCell>,
    styleOf: (column: number, existing: CellSpot | undefined) => number,
  ): Splice[] {
    const cells = cellsOf(this.xml, spot);
    const byColumn = new Map(cells.map((c) => [c.column, c]));
    const inserted = new Map<number, string>();
    const splices: Splice[] = [];
    for (const [column, value] of [...writes].sort((a, b) => a[0] - b[0])) {
      const existing = byColumn.get(column);
      const text = this.cellXml(spot.row, column, value, styleOf(column, existing), existing);
      if (existing !== undefined) {
        splices.push({ start: existing.start, end: existing.end, text: text ?? '' });
        continue;
      }
      if (text === null) continue;
      const next = cells.find((c) => c.column > column);
      const at = next === undefined ? spot.closeStart : next.start;
      inserted.set(at, (inserted.get(at) ?? '') + text);
    }
    for (const [at, text] of inserted) splices.push({ start: at, end: at, text });
    const columns = [...writes.keys()];
    let open = spot.openTag;
    const spans = attributesOf(open).get('spans');
    const span = spans === undefined ? null : /^(\d+):(\d+)$/.exec(spans.trim());
    if (span !== null) {
      const from = Math.min(Number(span[1]), ...columns.map((c) => c + 1));
      const to = Math.max(Number(span[2]), ...columns.map((c) => c + 1));
      open = withAttribute(open, 'spans', `${from}:${to}`);
    }
    if (spot.empty && inserted.size > 0) {
      // `<row …/>` gets a body: the insertions went to its end.
      const body = [...inserted.values()].join('');
      return [
        { start: spot.start, end: spot.end, text: `${open.replace(/\s*\/>$/, '>')}${body}</row>` },
      ];
    }
    if (open !== spot.openTag) splices.push({ start: spot.start, end: spot.openEnd, text: open });
    return splices;
  }

  private newRow(
    row: number,
    writes: ReadonlyMap<number, PlanCell>,
    styleOf: (column: number, existing: CellSpot | undefined) => number,
  ): string | null {
    const cells = [...writes]
      .sort((a, b) => a[0] - b[0])
      .map(([column, value]) =>
        this.cellXml(row, column, value, styleOf(column, undefined), undefined),
      )
      .filter((t): t is string => t !== null);
    return cells.length === 0 ? null : `<row r="${row + 1}">${cells.join('')}</row>`;
  }

  /**
   * One cell's XML: the existing cell's attributes (its style above all) kept, its value and
   * formula replaced. Null when there is nothing to write (a blank with no style, no cell).
   */
  private cellXml(
    row: number,
    column: number,
    value: PlanCell,
    style: number,
    existing: CellSpot | undefined,
  ): string | null {
    const ref = `${columnLetter(column)}${row + 1}`;
    if (existing !== undefined && /<(?:[\w.-]+:)?f[\s/>]/.test(existing.body)) {
      const f = tagsOf(existing.body, '(?:[\\w.-]+:)?f')[0];
      const a = f === undefined ? new Map<string, string>() : attributesOf(f.text);
      if (a.has('ref') || a.get('t') === 'array' || a.get('t') === 'dataTable') {
        throw new UnsupportedPackage(
          `${this.part}: ${ref} holds a shared, array or data-table formula that other cells use`,
        );
      }
      this.formulaOverwritten = true;
    }
    let s = style;
    let type: string | null = null;
    let body = '';
    if (value === null) {
      if (existing === undefined && s === 0) return null;
    } else if ('text' in value) {
      if (value.text === '') {
        if (existing === undefined && s === 0) return null;
      } else {
        type = 'inlineStr';
        const space = /^\s|\s$|\n/.test(value.text) ? ' xml:space="preserve"' : '';
        body = `<is><t${space}>${escapeCellText(value.text)}</t></is>`;
      }
    } else if ('number' in value) {
      if (!Number.isFinite(value.number))
        throw new Error(`${ref}: ${value.number} is not a number a cell holds`);
      body = `<v>${String(value.number)}</v>`;
    } else if ('bool' in value) {
      type = 'b';
      body = `<v>${value.bool ? 1 : 0}</v>`;
    } else if ('date' in value) {
      const serial = dateSerial(value.date, this.date1904);
      if (serial === null) {
        // A date the workbook's date system cannot hold stays readable as text, never shifted.
        type = 'inlineStr';
        body = `<is><t>${escapeCellText(value.date)}</t></is>`;
      } else {
        s = this.styles.dateStyle(s);
        body = `<v>${serial}</v>`;
      }
    } else {
      throw new Error(`${ref}: the cell patcher writes values only, not formulas or links`);
    }
    let open = existing === undefined ? `<c r="${ref}">` : existing.openTag.replace(/\s*\/>$/, '>');
    open = withoutAttributes(open, ['t', 'cm', 'vm']);
    open = withAttribute(open, 'r', ref);
    if (s !== 0 || attributesOf(open).has('s')) open = withAttribute(open, 's', String(s));
    if (type !== null) open = withAttribute(open, 't', type);
    return body === '' ? `${open.slice(0, -1)}/>` : `${open}${body}</c>`;
  }
}

/** The first of rows (in row order) below `row`, by bisection. */
function firstAfter(rows: readonly RowSpot[], row: number): RowSpot | null {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as RowSpot).row > row) hi = mid;
    else lo = mid + 1;
  }
  return rows[lo] ?? null;
}

function withoutAttributes(tag: string, names: readonly string[]): string {
  let out = tag;
  for (const name of names)
    out = out.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
  return out;
}

/** `<dimension ref>` widened to the written cells (left alone when the part has none). */
function withDimension(xml: string, lastRow: number, lastColumn: number): string {
  if (lastRow < 0 || lastColumn < 0) return xml;
  const tag = tagsOf(xml, 'dimension')[0];
  if (tag === undefined) return xml;
  const box = readRange(attributesOf(tag.text).get('ref') ?? '');
  if (box === null) return xml;
  const grown = {
    top: box.top,
    left: box.left,
    bottom: Math.max(box.bottom, lastRow),
    right: Math.max(box.right, lastColumn),
  };
  if (grown.bottom === box.bottom && grown.right === box.right) return xml;
  return applySplices(xml, [
    { start: tag.start, end: tag.end, text: withAttribute(tag.text, 'ref', rangeText(grown)) },
  ]);
}
