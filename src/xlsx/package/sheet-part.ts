import { columnLetter } from '../../core/grid';
import { parseRange, rangeOf, type PlanCell, type ResolvedSheet } from '../../core/plan';
import type { CarriedCells } from './carried-cells';
import { argb, type CellFormats } from './cell-formats';
import { dateSerial } from './date-serial';
import type { StoredText } from '../reader';
import { NS } from './parts';
import { xmlText } from './plan-text';
import { absoluteRows } from '../../core/plan/print-titles';

/**
 * One resolved plan sheet as worksheet XML. Everything is written as the plan says it; nothing
 * is decided here (styles are final, links are in-workbook hyperlinks, the table's column names
 * are its header cells). Text is written as inline strings, so no shared-strings part is touched.
 */

/** The local formats a sheet uses, found before the workbook's styles are merged. */
export interface SheetFormats {
  readonly sheet: ResolvedSheet;
  /** Local cell format of each resolved range, in order. */
  readonly rangeXf: readonly number[];
  /** Local cell format of each plan column's `<col>`, or -1 for none. */
  readonly columnXf: readonly number[];
  /** Local differential format of each conditional format, in order. */
  readonly cfDxf: readonly number[];
  /** On a protected sheet: local cell format → its unlocked twin, for the unlocked ranges. */
  readonly unlockedXf: ReadonlyMap<number, number>;
}

export function sheetFormats(sheet: ResolvedSheet, formats: CellFormats): SheetFormats {
  return {
    sheet,
    rangeXf: sheet.styles.ranges.map((r) => formats.xf(r.style)),
    columnXf: sheet.styles.columns.map((s) => (s === null ? -1 : formats.xf(s))),
    cfDxf: sheet.plan.conditionalFormats.map((cf) => formats.dxf(cf.style)),
    unlockedXf: unlockedTwins(sheet, formats),
  };
}

function unlockedTwins(sheet: ResolvedSheet, formats: CellFormats): Map<number, number> {
  const twins = new Map<number, number>();
  if ((sheet.plan.protection?.unlocked.length ?? 0) === 0) return twins;
  twins.set(0, formats.xf({}, true));
  for (const r of sheet.styles.ranges) twins.set(formats.xf(r.style), formats.xf(r.style, true));
  return twins;
}

/**
 * Sheet protection without a password (a guide, not security): sorting, filtering and formatting
 * stay allowed (in CT_SheetProtection an attribute set to 1 forbids the action).
 */
function sheetProtection(sheet: ResolvedSheet): string {
  if (sheet.plan.protection === undefined) return '';
  return (
    '<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0"' +
    ' formatRows="0" sort="0" autoFilter="0"/>'
  );
}

export interface SheetWriteContext {
  /** Local cell format → index in the package's styles.xml. */
  readonly xf: (local: number) => number;
  readonly dxf: (local: number) => number;
  readonly date1904: boolean;
  /** The relationship id of the sheet's table part, when it has a table. */
  readonly tableRelId: string | null;
  /** Cells carried from the workbook as they were (a merge). */
  readonly carried: CarriedCells;
  /** Relationship ids of carried external links, by `row * CARRY_WIDTH + column`. */
  readonly linkRelIds: ReadonlyMap<number, string>;
  /** The relationship id of the VML drawing that shows the sheet's notes, or null. */
  readonly legacyDrawingRelId: string | null;
  /**
   * The user's own `<sheetProtection …/>` on the sheet being rewritten (a password hash and
   * all), kept when the plan protects nothing; null for none.
   */
  readonly keptProtection?: string | null;
}

/** Keys of carried links: row * CARRY_WIDTH + column (Excel has 16,384 columns). */
export const CARRY_WIDTH = 16_384;

/**
 * A cell the workbook had, carried to its new place as it was: the user's own cell format (an
 * index into the workbook's styles.xml, which the writer only appends to), link, array formula
 * and note. Its value is the plan's (the core put it there).
 */
export interface CarriedCell {
  readonly row: number;
  readonly column: number;
  /** The cell's `s` in the workbook's styles.xml; 0 for none. */
  readonly style: number;
  readonly link: {
    readonly target: string | null;
    readonly location: string | null;
    readonly tooltip: string | null;
    readonly display: string | null;
  } | null;
  /** An array formula's range, already moved with the cell. */
  readonly arrayRange: string | null;
  readonly note: { readonly author: string; readonly text: string } | null;
  /** The text as the file stored it (shared-string index, or inline rich runs), or null. */
  readonly text: StoredText | null;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<worksheet xmlns="${NS.main}" xmlns:r="${NS.docRels}">`;
const MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const PAPER_SIZE = { A4: 9 } as const;

function inlineString(text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${xmlText(text)}</t></is>`;
}

function cellXml(
  ref: string,
  s: string,
  cell: PlanCell,
  date1904: boolean,
  arrayRange: string | null = null,
): string {
  if (cell === null) return `<c r="${ref}"${s}/>`;
  if ('text' in cell) return `<c r="${ref}"${s} t="inlineStr">${inlineString(cell.text)}</c>`;
  if ('link' in cell) return `<c r="${ref}"${s} t="inlineStr">${inlineString(cell.link.text)}</c>`;
  if ('number' in cell) {
    if (!Number.isFinite(cell.number)) throw new Error(`${ref}: a number that is not finite`);
    return `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
  }
  if ('date' in cell) {
    const serial = dateSerial(cell.date, date1904);
    // A date no spreadsheet can hold as a number stays readable as its text, never lost.
    if (serial === null) return `<c r="${ref}"${s} t="inlineStr">${inlineString(cell.date)}</c>`;
    return `<c r="${ref}"${s}><v>${serial}</v></c>`;
  }
  if ('bool' in cell) return `<c r="${ref}"${s} t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
  const array = arrayRange === null ? '' : ` t="array" ref="${arrayRange}"`;
  if ('cached' in cell && cell.cached !== undefined && arrayRange === null)
    return `<c r="${ref}"${s} t="str"><f>${xmlText(cell.formula)}</f><v>${xmlText(cell.cached)}</v></c>`;
  return `<c r="${ref}"${s}><f${array}>${xmlText(cell.formula)}</f></c>`;
}

function sheetPr(sheet: ResolvedSheet): string {
  const { plan } = sheet;
  const tab = plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : '';
  const fit = plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function sheetViews(sheet: ResolvedSheet): string {
  const freeze = sheet.plan.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) {
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  }
  const x = freeze.columns;
  const y = freeze.rows;
  const pane = (x && y && 'bottomRight') || (x && 'topRight') || 'bottomLeft';
  const topLeft = `${columnLetter(x)}${y + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0"><pane' +
    (x ? ` xSplit="${x}"` : '') +
    (y ? ` ySplit="${y}"` : '') +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function cols(formats: SheetFormats, ctx: SheetWriteContext): string {
  const { plan } = formats.sheet;
  const out: string[] = [];
  let open: { min: number; max: number; width: number; xf: number } | null = null;
  const flush = () => {
    if (open === null) return;
    out.push(
      `<col min="${open.min}" max="${open.max}" width="${open.width}"` +
        (open.xf >= 0 ? ` style="${ctx.xf(open.xf)}"` : '') +
        ' customWidth="1"/>',
    );
    open = null;
  };
  plan.columns.forEach((c, i) => {
    const xf = formats.columnXf[i] ?? -1;
    if (open !== null && open.width === c.width && open.xf === xf && open.max === i) {
      open.max = i + 1;
      return;
    }
    flush();
    open = { min: i + 1, max: i + 1, width: c.width, xf };
  });
  flush();
  return out.length === 0 ? '' : `<cols>${out.join('')}</cols>`;
}

/**
 * A sheet's `<sheetData>`: its extent first (the `<dimension>` before it names the last written
 * row and column), then its rows one at a time, so a 100,000-row sheet is never one string.
 */
interface SheetData {
  readonly dim: string;
  /** Whether any `<row>` is written (else `<sheetData/>`). */
  readonly anyRow: boolean;
  /** Each written `<row>…</row>`, in order. */
  readonly rows: () => Generator<string>;
}

function sheetData(formats: SheetFormats, ctx: SheetWriteContext): SheetData {
  const { sheet } = formats;
  const { plan, styles } = sheet;
  const { height, width } = styles;
  // Cell format + 1 of every styled cell (0: no style there).
  const grid = new Int32Array(height * width);
  styles.ranges.forEach(({ box }, i) => {
    const v = (formats.rangeXf[i] as number) + 1;
    for (let r = box.top; r <= box.bottom; r++)
      grid.fill(v, r * width + box.left, r * width + box.right + 1);
  });
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const attrOf = new Map<number, string>();
  const s = (v: number): string => {
    let a = attrOf.get(v);
    if (a === undefined) {
      const n = v === 0 ? 0 : ctx.xf(v - 1);
      a = n === 0 ? '' : ` s="${n}"`;
      attrOf.set(v, a);
    }
    return a;
  };
  const heights = plan.rowHeights ?? [];
  let carriedRows = 0;
  let carriedColumns = 0;
  for (const c of ctx.carried.values()) {
    carriedRows = Math.max(carriedRows, c.row + 1);
    carriedColumns = Math.max(carriedColumns, c.column + 1);
  }
  const unlocked = (plan.protection?.unlocked ?? []).map(parseRange);
  const unlockedRows = Math.max(0, ...unlocked.map((b) => b.bottom + 1));
  const unlockedColumns = Math.max(0, ...unlocked.map((b) => b.right + 1));
  const rowCount = Math.max(height, heights.length, carriedRows, unlockedRows);
  const columnCount = Math.max(width, carriedColumns, unlockedColumns);
  // Unlocked cells are written even when empty, so each carries its unlocked format.
  const isUnlocked = (r: number, c: number) =>
    unlocked.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  for (let c = width; c < columnCount; c++) letters.push(columnLetter(c));
  /** Local format + 1 of a cell, 0 for none. */
  const styleAt = (r: number, c: number): number => {
    const v = r < height && c < width ? (grid[r * width + c] as number) : 0;
    if (unlocked.length === 0 || !isUnlocked(r, c)) return v;
    return (formats.unlockedXf.get(v === 0 ? 0 : v - 1) as number) + 1;
  };
  const carriedAt = (r: number, c: number) =>
    ctx.carried.size === 0 ? undefined : ctx.carried.get(r, c);
  const hasHeight = (r: number) => heights[r] !== null && heights[r] !== undefined;

  // The extent: the same cells as the rows below write, without their text.
  let last = { row: -1, col: -1 };
  let anyRow = false;
  for (let r = 0; r < rowCount; r++) {
    const values = plan.rows[r];
    let max = -1;
    for (let c = 0; c < columnCount; c++) {
      if ((values?.[c] ?? null) === null && styleAt(r, c) === 0 && carriedAt(r, c) === undefined)
        continue;
      max = c;
    }
    if (max >= 0) last = { row: r, col: Math.max(last.col, max) };
    anyRow ||= max >= 0 || hasHeight(r);
  }
  const dim = last.row < 0 ? 'A1' : `A1:${columnLetter(Math.max(0, last.col))}${last.row + 1}`;

  function* rows(): Generator<string> {
    for (let r = 0; r < rowCount; r++) {
      const values = plan.rows[r];
      let cells = '';
      let min = -1;
      let max = -1;
      for (let c = 0; c < columnCount; c++) {
        const v = styleAt(r, c);
        const cell = values?.[c] ?? null;
        const carried = carriedAt(r, c);
        if (cell === null && v === 0 && carried === undefined) continue;
        if (min < 0) min = c;
        max = c;
        const style =
          carried === undefined ? s(v) : carried.style === 0 ? '' : ` s="${carried.style}"`;
        const ref = `${letters[c]}${r + 1}`;
        const raw = carried?.text ?? null;
        if (raw !== null && cell !== null && 'text' in cell) {
          cells +=
            'shared' in raw
              ? `<c r="${ref}"${style} t="s"><v>${raw.shared}</v></c>`
              : `<c r="${ref}"${style} t="inlineStr"><is>${raw.inline}</is></c>`;
        } else {
          cells += cellXml(ref, style, cell, ctx.date1904, carried?.arrayRange);
        }
      }
      const h = heights[r];
      if (min < 0 && !hasHeight(r)) continue;
      const open =
        `<row r="${r + 1}"` +
        (min >= 0 ? ` spans="${min + 1}:${max + 1}"` : '') +
        (h !== null && h !== undefined ? ` ht="${h}" customHeight="1"` : '');
      yield cells === '' ? `${open}/>` : `${open}>${cells}</row>`;
    }
  }
  return { dim, anyRow, rows };
}

function mergeCells(sheet: ResolvedSheet): string {
  const { merges } = sheet.plan;
  if (merges.length === 0) return '';
  const refs = merges.map((m) => `<mergeCell ref="${rangeOf(parseRange(m))}"/>`);
  return `<mergeCells count="${merges.length}">${refs.join('')}</mergeCells>`;
}

function conditionalFormats(formats: SheetFormats, ctx: SheetWriteContext): string {
  return formats.sheet.plan.conditionalFormats
    .map(
      (cf, i) =>
        `<conditionalFormatting sqref="${xmlText(cf.range)}">` +
        `<cfRule type="expression" dxfId="${ctx.dxf(formats.cfDxf[i] as number)}" priority="${cf.priority}"` +
        (cf.stopIfTrue ? ' stopIfTrue="1"' : '') +
        `><formula>${xmlText(cf.formula)}</formula></cfRule></conditionalFormatting>`,
    )
    .join('');
}

function dataValidations(sheet: ResolvedSheet, ctx: SheetWriteContext): string {
  const { validations } = sheet.plan;
  if (validations.length === 0) return '';
  const items = validations.map((v) => {
    const rule = v.rule.kind === 'list' ? ` type="list"` : ` type="date" operator="between"`;
    const formulas =
      v.rule.kind === 'list'
        ? `<formula1>${xmlText(v.rule.source)}</formula1>`
        : `<formula1>${validationSerial(v.rule.min, ctx.date1904)}</formula1>` +
          `<formula2>${validationSerial(v.rule.max, ctx.date1904)}</formula2>`;
    return (
      `<dataValidation${rule}` +
      (v.allowBlank ? ' allowBlank="1"' : '') +
      ' showInputMessage="1" showErrorMessage="1"' +
      ` errorTitle="${xmlText(v.error.title)}" error="${xmlText(v.error.message)}"` +
      ` promptTitle="${xmlText(v.prompt.title)}" prompt="${xmlText(v.prompt.message)}"` +
      ` sqref="${xmlText(v.range)}">${formulas}</dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

function validationSerial(iso: string, date1904: boolean): number {
  const serial = dateSerial(iso, date1904);
  if (serial === null) throw new Error(`a date validation bound the workbook cannot hold: ${iso}`);
  return serial;
}

function hyperlinks(sheet: ResolvedSheet, ctx: SheetWriteContext): string {
  const items = sheet.links.map(
    (l) =>
      `<hyperlink ref="${columnLetter(l.column)}${l.row + 1}" location="${xmlText(l.location)}"` +
      ` display="${xmlText(l.text)}"/>`,
  );
  for (const c of ctx.carried.values()) {
    if (c.link === null) continue;
    const rId = ctx.linkRelIds.get(c.row * CARRY_WIDTH + c.column);
    items.push(
      `<hyperlink ref="${columnLetter(c.column)}${c.row + 1}"` +
        (rId === undefined ? '' : ` r:id="${rId}"`) +
        (c.link.location === null ? '' : ` location="${xmlText(c.link.location)}"`) +
        (c.link.tooltip === null ? '' : ` tooltip="${xmlText(c.link.tooltip)}"`) +
        (c.link.display === null ? '' : ` display="${xmlText(c.link.display)}"`) +
        '/>',
    );
  }
  return items.length === 0 ? '' : `<hyperlinks>${items.join('')}</hyperlinks>`;
}

function pageSetup(sheet: ResolvedSheet): string {
  const print = sheet.plan.print;
  if (!print) return '';
  const setup =
    `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${print.orientation}"` +
    (print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '') +
    '/>';
  const header = print.header ? `<oddHeader>${xmlText(print.header)}</oddHeader>` : '';
  const footer = print.footer ? `<oddFooter>${xmlText(print.footer)}</oddFooter>` : '';
  return setup + (header || footer ? `<headerFooter>${header}${footer}</headerFooter>` : '');
}

function ignoredErrors(sheet: ResolvedSheet): string {
  const ranges = sheet.plan.textNumbers ?? [];
  if (ranges.length === 0) return '';
  const sqref = ranges.map((r) => rangeOf(parseRange(r))).join(' ');
  return `<ignoredErrors><ignoredError sqref="${sqref}" numberStoredAsText="1"/></ignoredErrors>`;
}

/**
 * The worksheet XML (elements in CT_Worksheet order), piece by piece: the part before the rows,
 * each row, the part after. Joined, they are `sheetPartXml`; the package writer encodes and
 * deflates them as they come (zip.ts).
 */
export function* sheetPartPieces(formats: SheetFormats, ctx: SheetWriteContext): Generator<string> {
  const { sheet } = formats;
  const data = sheetData(formats, ctx);
  yield (
    HEAD +
    sheetPr(sheet) +
    `<dimension ref="${data.dim}"/>` +
    sheetViews(sheet) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols(formats, ctx) +
    (data.anyRow ? '<sheetData>' : '<sheetData/>')
  );
  if (data.anyRow) {
    yield* data.rows();
    yield '</sheetData>';
  }
  yield (
    (sheet.plan.protection === undefined ? (ctx.keptProtection ?? '') : sheetProtection(sheet)) +
    mergeCells(sheet) +
    conditionalFormats(formats, ctx) +
    dataValidations(sheet, ctx) +
    hyperlinks(sheet, ctx) +
    MARGINS +
    pageSetup(sheet) +
    ignoredErrors(sheet) +
    (ctx.legacyDrawingRelId === null ? '' : `<legacyDrawing r:id="${ctx.legacyDrawingRelId}"/>`) +
    (ctx.tableRelId === null
      ? ''
      : `<tableParts count="1"><tablePart r:id="${ctx.tableRelId}"/></tableParts>`) +
    '</worksheet>'
  );
}

/** The worksheet XML as one string (small sheets, tests). */
export function sheetPartXml(formats: SheetFormats, ctx: SheetWriteContext): string {
  return [...sheetPartPieces(formats, ctx)].join('');
}

/** The print titles name of a plan sheet (`'Sheet'!$1:$1`), or null. */
export function printTitles(sheet: ResolvedSheet): string | null {
  const rows = absoluteRows(sheet.plan.print?.repeatRows);
  return rows === null ? null : `'${sheet.plan.name.replace(/'/g, "''")}'!${rows}`;
}
