import { cellAddress } from '../../core/grid';
import { readRange, type CellRange } from '../reader/cell-ref';
import { REL, Relationships, relsPartOf, resolveTarget, type Package } from './parts';
import {
  UnsupportedPackage,
  applySplices,
  attributesOf,
  tagsOf,
  withAttribute,
  type Splice,
} from './xml-text';

/**
 * The Excel table rows are appended to, and what grows with it: the table part's ref, its
 * autoFilter and sort, and the sheet's conditional formats, data validations and ignored-error
 * ranges that reach the table's last row (as Excel grows them when a table gets a row).
 */

/** The table the appended rows belong to: on the sheet, starting above them, covering their columns. */
export interface SheetTable {
  readonly part: string;
  readonly xml: string;
  readonly box: CellRange;
}

export async function tableOf(
  pkg: Package,
  sheetPart: string,
  rows: readonly number[],
): Promise<SheetTable | null> {
  const relsXml = await pkg.textIfAny(relsPartOf(sheetPart));
  if (relsXml === null) return null;
  const tables: SheetTable[] = [];
  for (const rel of new Relationships(relsXml, relsPartOf(sheetPart)).list) {
    if (rel.type !== REL.table || rel.external) continue;
    const part = resolveTarget(sheetPart, rel.target);
    const xml = await pkg.textIfAny(part);
    const root = xml === null ? undefined : tagsOf(xml, '(?:[\\w.-]+:)?table')[0];
    const box = root === undefined ? null : readRange(attributesOf(root.text).get('ref') ?? '');
    if (xml === null || root === undefined || box === null) continue;
    tables.push({ part, xml, box });
  }
  const first = rows[0] as number;
  // The nearest table above the first added row (a ledger sheet has one).
  const above = tables.filter((t) => t.box.top < first).sort((a, b) => b.box.top - a.box.top)[0];
  if (above === undefined) return null;
  const root = tagsOf(above.xml, '(?:[\\w.-]+:)?table')[0] as { text: string };
  const totals = Number(attributesOf(root.text).get('totalsRowCount') ?? 0);
  if (totals > 0) {
    throw new UnsupportedPackage(
      `table part ${above.part} has a totals row: rows cannot be appended below it`,
    );
  }
  const grown = { ...above.box, bottom: Math.max(above.box.bottom, ...rows) };
  for (const other of tables) {
    if (other !== above && overlaps(other.box, grown)) {
      throw new UnsupportedPackage(`table part ${other.part} lies below the rows to append`);
    }
  }
  return above;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export const rangeText = (box: CellRange) =>
  `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;

/** The table part with its ref, its autoFilter's and its sort's bottom moved down to `bottom`. */
export function grownTable(table: SheetTable, bottom: number): string {
  const splices: Splice[] = [];
  for (const name of ['table', 'autoFilter', 'sortState']) {
    for (const tag of tagsOf(table.xml, `(?:[\\w.-]+:)?${name}`)) {
      const box = readRange(attributesOf(tag.text).get('ref') ?? '');
      if (box === null || box.bottom !== table.box.bottom) continue;
      const ref = rangeText({ ...box, bottom });
      splices.push({ start: tag.start, end: tag.end, text: withAttribute(tag.text, 'ref', ref) });
    }
  }
  return applySplices(table.xml, splices);
}

/**
 * Conditional formats, data validations and ignored-error ranges that cover table columns down
 * to its last row reach the new last row too, as they do when Excel grows a table.
 */
export function grownRanges(xml: string, table: SheetTable | null, bottom: number): string {
  if (table === null || bottom <= table.box.bottom) return xml;
  const grow = (sqref: string) =>
    sqref
      .split(/\s+/)
      .map((ref) => {
        const box = readRange(ref);
        if (
          box === null ||
          box.bottom !== table.box.bottom ||
          box.top <= table.box.top - 1 ||
          box.left < table.box.left ||
          box.right > table.box.right
        ) {
          return ref;
        }
        return box.top === box.bottom && box.left === box.right && !ref.includes(':')
          ? ref
          : rangeText({ ...box, bottom });
      })
      .join(' ');
  const splices: Splice[] = [];
  for (const name of [
    'conditionalFormatting',
    'dataValidation',
    'ignoredError',
    '[\\w.-]+:conditionalFormatting',
    '[\\w.-]+:dataValidation',
  ]) {
    for (const tag of tagsOf(xml, name)) {
      const sqref = attributesOf(tag.text).get('sqref');
      if (sqref === undefined) continue;
      const next = grow(sqref.trim());
      if (next !== sqref.trim()) {
        splices.push({
          start: tag.start,
          end: tag.end,
          text: withAttribute(tag.text, 'sqref', next),
        });
      }
    }
  }
  // x14 conditional formats and validations (extLst) carry theirs as <xm:sqref> text.
  const re = /(<([\w.-]+:)?sqref>)([^<]*)(<\/\2sqref>)/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const next = grow((m[3] ?? '').trim());
    if (next !== (m[3] ?? '').trim()) {
      splices.push({ start: m.index, end: m.index + m[0].length, text: `${m[1]}${next}${m[4]}` });
    }
  }
  return applySplices(xml, splices);
}
