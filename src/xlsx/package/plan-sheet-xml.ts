import { columnLetter } from '../../core/grid';
import type { PlanCell, SheetPlan } from '../../core/plan/types';
import { argb } from '../style';
import { decodeRange } from '../write-sheet';
import { NS, REL } from './parts';
import type { SheetLayout } from './plan-sheet-layout';
import { xmlText } from './plan-text';

/**
 * A laid-out plan sheet as worksheet XML, in the shape ExcelJS writes it (same elements, same
 * order, same defaults), with the final style indexes and text as inline strings: what the patch
 * used to get by writing a scratch workbook with ExcelJS and rewriting its sheets.
 */
export interface PlanSheetXml {
  readonly xml: string;
  /** The sheet's relationships (its links), or null. */
  readonly rels: string | null;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<worksheet xmlns="${NS.main}" xmlns:r="${NS.docRels}" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" ' +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';
const FORMAT_PR =
  '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const DPI = ' horizontalDpi="4294967295" verticalDpi="4294967295" scale="100"';
/** ExcelJS writes a link's location only when it is a plain `Sheet!A1` (its isInternalLink). */
const INTERNAL_LINK = /^[^!]+![a-zA-Z]+[\d]+$/;
const DAY_MS = 86_400_000;
/** 1970-01-01 as an Excel serial number. */
const UNIX_EPOCH_SERIAL = 25569;

/** `2026-11-29` → its Excel serial number (as ExcelJS stores a date at midnight UTC). */
function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return UNIX_EPOCH_SERIAL + Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Inline string content, with `xml:space` when ExcelJS's text writer would add it. */
function inlineString(text: string): string {
  const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${xmlText(text)}</t></is>`;
}

function sheetPr(plan: SheetPlan): string {
  const tab = plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : '';
  const fit = plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function sheetViews(plan: SheetPlan): string {
  if (!plan.freeze) return '';
  // write-sheet.ts: a frozen view with the active cell A2.
  const x = plan.freeze.columns;
  const y = plan.freeze.rows;
  const pane = (x && y && 'bottomRight') || (x && 'topRight') || 'bottomLeft';
  const topLeft = `${columnLetter(x)}${y + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0"><pane' +
    (x ? ` xSplit="${x}"` : '') +
    (y ? ` ySplit="${y}"` : '') +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`
  );
}

function cols(layout: SheetLayout, xf: (local: number) => number): string {
  const { plan, columnXf } = layout;
  let out = '';
  let open: { min: number; max: number; width: number; xf: number } | null = null;
  const flush = () => {
    if (open === null) return;
    out +=
      `<col min="${open.min}" max="${open.max}"` +
      (open.width ? ` width="${open.width}"` : '') +
      (open.xf > 0 ? ` style="${xf(open.xf)}"` : '') +
      ' customWidth="1"/>';
    open = null;
  };
  plan.columns.forEach((c, i) => {
    const xf = columnXf[i] as number;
    if (xf < 0) return flush();
    if (open !== null && open.width === c.width && open.xf === xf && open.max === i) {
      open.max = i + 1;
      return;
    }
    flush();
    open = { min: i + 1, max: i + 1, width: c.width, xf };
  });
  flush();
  return out === '' ? '' : `<cols>${out}</cols>`;
}

function pageSetup(plan: SheetPlan): string {
  const print = plan.print;
  if (!print) return `<pageSetup orientation="portrait"${DPI} fitToWidth="1" fitToHeight="1"/>`;
  return (
    `<pageSetup paperSize="9" orientation="${print.orientation}"${DPI}` +
    (print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"/>' : ' fitToWidth="1" fitToHeight="1"/>')
  );
}

/**
 * Merges in the order ExcelJS lists them: by the first of their cells other than the first one
 * (row by row), which is where its writer meets each merge.
 */
function mergeOrder(merges: readonly string[]): string[] {
  const keyed = merges.map((range) => {
    const b = decodeRange(range);
    const [row, col] = b.right > b.left ? [b.top, b.left + 1] : [b.top + 1, b.left];
    return { range, row, col };
  });
  return keyed.sort((a, b) => a.row - b.row || a.col - b.col).map((k) => k.range);
}

function boxRef(range: string): string {
  const b = decodeRange(range);
  return `${columnLetter(b.left - 1)}${b.top}:${columnLetter(b.right - 1)}${b.bottom}`;
}

/**
 * The sheet's XML; `xf` turns a local format (PlanStyles) into its index in the merged styles.xml.
 * Built as one string: V8 joins the pieces cheaply, and the zip writer wants the whole text.
 */
export function planSheetXml(layout: SheetLayout, xf: (local: number) => number): PlanSheetXml {
  const { plan, height, width, mergedAway } = layout;
  const letters = Array.from({ length: width + 1 }, (_, c) => (c === 0 ? '' : columnLetter(c - 1)));
  const styleAttr = new Map<number, string>();
  const s = (local: number): string => {
    let a = styleAttr.get(local);
    if (a === undefined) {
      const n = xf(local);
      a = n === 0 ? '' : ` s="${n}"`;
      styleAttr.set(local, a);
    }
    return a;
  };
  const serials = new Map<string, number>();
  const links: { ref: string; target: string }[] = [];
  const heights = plan.rowHeights ?? [];
  let dim = { top: 0, left: 0, bottom: 0, right: 0 };

  let data = '';
  for (let r = 1; r <= height; r++) {
    const row = plan.rows[r - 1];
    const at = (r - 1) * width - 1;
    let min = 0;
    let max = 0;
    let cells = '';
    for (let c = 1; c <= width; c++) {
      const local = layout.xf[at + c] as number;
      if (local < 0) continue;
      if (min === 0) min = c;
      max = c;
      const away = mergedAway !== null && mergedAway[at + c] === 1;
      const cell: PlanCell = away ? null : (row?.[c - 1] ?? null);
      if (cell !== null || away) {
        if (dim.top === 0) dim = { top: r, left: c, bottom: r, right: c };
        dim.bottom = r;
        if (c < dim.left) dim.left = c;
        if (c > dim.right) dim.right = c;
      }
      const ref = `${letters[c]}${r}`;
      if (cell === null) {
        if (local !== 0 || away) cells += `<c r="${ref}"${s(local)}/>`;
      } else if ('text' in cell) {
        cells += `<c r="${ref}"${s(local)} t="inlineStr">${inlineString(cell.text)}</c>`;
      } else if ('number' in cell) {
        cells += `<c r="${ref}"${s(local)}><v>${cell.number}</v></c>`;
      } else if ('date' in cell) {
        let serial = serials.get(cell.date);
        if (serial === undefined) serials.set(cell.date, (serial = dateSerial(cell.date)));
        cells += `<c r="${ref}"${s(local)}><v>${serial}</v></c>`;
      } else if ('bool' in cell) {
        cells += `<c r="${ref}"${s(local)} t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
      } else if ('link' in cell) {
        links.push({ ref, target: `#${cell.link.target}` });
        cells += `<c r="${ref}"${s(local)} t="inlineStr">${inlineString(cell.link.text)}</c>`;
      } else {
        throw new Error(`plan sheet "${plan.name}": ${ref} holds a formula (not supported here)`);
      }
    }
    const h = heights[r - 1];
    if (min === 0 && !h) continue;
    const open =
      `<row r="${r}"` +
      (h ? ` ht="${h}" customHeight="1"` : '') +
      (min > 0 ? ` spans="${min}:${max}"` : '') +
      ' x14ac:dyDescent="0.25"';
    data += cells === '' ? `${open}/>` : `${open}>${cells}</row>`;
  }

  const dimension =
    dim.top === 0 ? 'A1' : `${letters[dim.left]}${dim.top}:${letters[dim.right]}${dim.bottom}`;
  const merges =
    plan.merges.length === 0
      ? ''
      : `<mergeCells count="${plan.merges.length}">` +
        mergeOrder(plan.merges)
          .map((m) => `<mergeCell ref="${boxRef(m)}"/>`)
          .join('') +
        '</mergeCells>';
  const hyperlinks =
    links.length === 0
      ? ''
      : '<hyperlinks>' +
        links
          .map(
            (l, i) =>
              `<hyperlink ref="${l.ref}" r:id="rId${i + 1}"` +
              (INTERNAL_LINK.test(l.target) ? ` location="${xmlText(l.target)}"` : '') +
              '/>',
          )
          .join('') +
        '</hyperlinks>';
  const rels =
    links.length === 0
      ? null
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<Relationships xmlns="${NS.rels}">` +
        links
          .map(
            (l, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL.hyperlink}" Target="${xmlText(l.target)}" TargetMode="External"/>`,
          )
          .join('') +
        '</Relationships>';

  const xml =
    HEAD +
    sheetPr(plan) +
    `<dimension ref="${dimension}"/>` +
    sheetViews(plan) +
    FORMAT_PR +
    cols(layout, xf) +
    (data === '' ? '<sheetData/>' : `<sheetData>${data}</sheetData>`) +
    merges +
    hyperlinks +
    MARGINS +
    pageSetup(plan) +
    headerFooter(plan) +
    '</worksheet>';
  return { xml, rels };
}

/** The running header and footer, as given (Excel's &-codes), after pageSetup as OOXML orders. */
function headerFooter(plan: SheetPlan): string {
  const header = plan.print?.header;
  const footer = plan.print?.footer;
  if (header === undefined && footer === undefined) return '';
  return (
    '<headerFooter>' +
    (header !== undefined ? `<oddHeader>${xmlText(header)}</oddHeader>` : '') +
    (footer !== undefined ? `<oddFooter>${xmlText(footer)}</oddFooter>` : '') +
    '</headerFooter>'
  );
}

/**
 * The print titles name of a plan sheet (`'Sheet'!$7:$7`), or null. ExcelJS writes the sheet name
 * quoted without doubling its apostrophes (a broken name for `O'Neil`); this doubles them.
 */
export function printTitles(plan: SheetPlan): string | null {
  const rows = plan.print?.repeatRows;
  if (rows === undefined || rows === '') return null;
  const [from, to] = rows.split(':');
  return `'${plan.name.replace(/'/g, "''")}'!$${from}:$${to ?? from}`;
}
