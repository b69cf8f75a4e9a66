import { excelSerialFromIso, isoFromParts } from '../../../src/core/dates';
import { cellAddress, columnLetter } from '../../../src/core/grid';
import { XL } from '../../../src/wps/et-api';
import { rectAddress } from '../excel-double';
import { type EtBookModel, EtSheetModel } from '../et-double/model';
import {
  type Area,
  type CellLook,
  type PrintLook,
  type SheetLook,
  type WorkbookLook,
  PLAIN_FONT,
  widthInPoints,
} from './view';

/**
 * The ET double's workbook as a person would see it in WPS表格 (the same look as fileLook): every
 * style the last write covering the cell, the file's defaults (Calibri 11) where none did, ET's
 * BGR colours as `#RRGGBB`, widths in points.
 */

/** ET's BGR number → `#RRGGBB`. */
function rgb(bgr: unknown): string | null {
  if (typeof bgr !== 'number') return null;
  const hex = (n: number) => n.toString(16).padStart(2, '0').toUpperCase();
  return `#${hex(bgr & 0xff)}${hex((bgr >> 8) & 0xff)}${hex((bgr >> 16) & 0xff)}`;
}

const HORIZONTAL = new Map<unknown, CellLook['horizontal']>([
  [XL.left, 'left'],
  [XL.center, 'center'],
  [XL.right, 'right'],
]);
const VERTICAL = new Map<unknown, CellLook['vertical']>([
  [XL.top, 'top'],
  [XL.center, 'middle'],
  [XL.bottom, 'bottom'],
]);
const STATE = new Map<number, SheetLook['state']>([
  [XL.sheetVisible, 'visible'],
  [XL.sheetHidden, 'hidden'],
  [2, 'veryHidden'],
]);

function cellLook(sheet: EtSheetModel, r: number, c: number): CellLook {
  const cell = sheet.cell(r, c);
  const at = (path: string) => sheet.styleAt(r, c, path);
  const value = cell?.formula ?? cell?.value;
  const fill = rgb(at('Interior.Color'));
  // Borders set on the collection draw every edge and inside line of the range.
  const line =
    at('Borders.LineStyle') === XL.continuous ? (rgb(at('Borders.Color')) ?? '#000000') : null;
  return {
    value: value === undefined || value === '' ? null : value,
    numberFormat: sheet.formatAt(r, c),
    fill: fill === '#FFFFFF' ? null : fill,
    font: {
      name: (at('Font.Name') as string | undefined) ?? PLAIN_FONT.name,
      size: (at('Font.Size') as number | undefined) ?? PLAIN_FONT.size,
      bold: Boolean(at('Font.Bold')),
      italic: Boolean(at('Font.Italic')),
      color: rgb(at('Font.Color')) ?? PLAIN_FONT.color,
    },
    horizontal: HORIZONTAL.get(at('HorizontalAlignment')) ?? null,
    vertical: VERTICAL.get(at('VerticalAlignment')) ?? 'bottom',
    wrap: Boolean(at('WrapText')),
    border: { top: line, bottom: line, left: line, right: line },
  };
}

/** `=DATE(2025,1,1)` (how the shell gives ET a date bound) as the serial Excel stores. */
function bound(formula: string | undefined): string | number {
  const m = /^=DATE\((\d+),(\d+),(\d+)\)$/.exec(formula ?? '');
  if (m) return excelSerialFromIso(isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])));
  return (formula ?? '').replace(/^=/, '');
}

function sheetLook(sheet: EtSheetModel, area: Area): SheetLook {
  const cells: Record<string, CellLook> = {};
  for (let r = 0; r < area.rows; r++)
    for (let c = 0; c < area.columns; c++) cells[cellAddress(r, c)] = cellLook(sheet, r, c);
  const widths: Record<string, number> = {};
  const heights: Record<string, number> = {};
  for (const s of sheet.styles) {
    if (s.path === 'ColumnWidth')
      for (let c = s.rect.left; c <= s.rect.right; c++)
        widths[columnLetter(c)] = widthInPoints(Number(s.value));
    if (s.path === 'RowHeight')
      for (let r = s.rect.top; r <= s.rect.bottom; r++) heights[String(r + 1)] = Number(s.value);
  }
  const table = sheet.tables[0];
  return {
    name: sheet.name,
    state: STATE.get(sheet.visible) ?? 'visible',
    tabColor: rgb(sheet.tabColor),
    cells,
    merges: sheet.merges.map(rectAddress).sort(),
    links: Object.fromEntries(
      sheet.links.map((l) => [
        cellAddress(l.row, l.column),
        {
          location: l.subAddress !== '' ? l.subAddress : `external:${l.address}`,
          text: String(sheet.cell(l.row, l.column)?.value ?? ''),
        },
      ]),
    ),
    validations: sheet.validations.map((v) => ({
      range: rectAddress(v.rect),
      kind: v.type === XL.validateList ? 'list' : 'date',
      formulas:
        v.type === XL.validateList
          ? [v.formula1.replace(/^=/, '')]
          : [bound(v.formula1), bound(v.formula2)],
      allowBlank: v.ignoreBlank,
      prompt: { title: v.inputTitle, message: v.inputMessage },
      error: { title: v.errorTitle, message: v.errorMessage },
    })),
    conditionalFormats: sheet.conditions.map((f) => ({
      range: rectAddress(f.rect),
      formula: f.formula.replace(/^=/, ''),
      fill: rgb(f.fill),
      fontColor: rgb(f.fontColor),
      stopIfTrue: f.stopIfTrue,
    })),
    freeze: { ...sheet.freeze },
    widths,
    heights,
    table: table
      ? { name: table.name, range: rectAddress(table.rect), style: String(table.style) }
      : null,
    print: printLook(sheet),
    numberAsTextIgnored: sheet.numberAsTextIgnored.map(rectAddress).sort(),
  };
}

/** PageSetup as WPS's dialog shows it; null while it is as a new sheet has it. */
function printLook(sheet: EtSheetModel): PrintLook | null {
  const page = sheet.page;
  const fresh = new EtSheetModel('fresh').page;
  if (Object.keys(fresh).every((key) => Object.is(fresh[key], page[key]))) return null;
  const part = (side: string, kind: 'Header' | 'Footer') => String(page[`${side}${kind}`]);
  const parts = (kind: 'Header' | 'Footer') => ({
    left: part('Left', kind),
    center: part('Center', kind),
    right: part('Right', kind),
  });
  return {
    orientation: page.Orientation === XL.landscape ? 'landscape' : 'portrait',
    paperSize: Number(page.PaperSize),
    // Zoom off means fitted; FitToPagesTall false: as many pages tall as needed.
    fitTo:
      page.Zoom === false
        ? {
            wide: Number(page.FitToPagesWide),
            tall: page.FitToPagesTall === false ? 0 : Number(page.FitToPagesTall),
          }
        : null,
    titleRows: page.PrintTitleRows === '' ? null : String(page.PrintTitleRows),
    header: parts('Header'),
    footer: parts('Footer'),
    margins: {
      left: Number(page.LeftMargin),
      right: Number(page.RightMargin),
      top: Number(page.TopMargin),
      bottom: Number(page.BottomMargin),
      header: Number(page.HeaderMargin),
      footer: Number(page.FooterMargin),
    },
  };
}

/** The ET double's workbook over the given areas; `skip` leaves out sheets (the user's blank one). */
export function etLook(
  book: EtBookModel,
  areas: ReadonlyMap<string, Area>,
  skip: readonly string[] = [],
): WorkbookLook {
  return {
    sheets: book.sheets
      .filter((s) => !skip.includes(s.name))
      .map((s) => sheetLook(s, areas.get(s.name) ?? { rows: 0, columns: 0 })),
    names: book.names
      .map((n) => ({ name: n.name, reference: n.refersTo.replace(/^=/, '').replace(/'/g, '') }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
