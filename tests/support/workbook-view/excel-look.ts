import { excelSerialFromIso } from '../../../src/core/dates';
import { cellAddress, columnLetter } from '../../../src/core/grid';
import { type SheetModel, type WorkbookModel, rectAddress } from '../excel-double';
import { type PageModel, newPage } from '../excel-double/model';
import {
  type Area,
  type CellLook,
  type PrintLook,
  type SheetLook,
  type WorkbookLook,
  PLAIN_FONT,
  colour,
} from './view';

/**
 * The Excel double's workbook as a person would see it in Excel (the same look as fileLook):
 * every format property is the last write covering the cell, Excel's default where none did.
 */

const HORIZONTAL: Record<string, CellLook['horizontal']> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
};
const VERTICAL: Record<string, CellLook['vertical']> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
};
const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

type Side = 'top' | 'bottom' | 'left' | 'right';

/** Which border writes draw a cell's edge: its own edge of the range, or an inside line. */
function drawsSide(
  side: Side,
  edge: string,
  rect: SheetModel['merges'][number],
  r: number,
  c: number,
) {
  switch (side) {
    case 'top':
      return (
        (edge === 'EdgeTop' && r === rect.top) || (edge === 'InsideHorizontal' && r > rect.top)
      );
    case 'bottom':
      return (
        (edge === 'EdgeBottom' && r === rect.bottom) ||
        (edge === 'InsideHorizontal' && r < rect.bottom)
      );
    case 'left':
      return (
        (edge === 'EdgeLeft' && c === rect.left) || (edge === 'InsideVertical' && c > rect.left)
      );
    case 'right':
      return (
        (edge === 'EdgeRight' && c === rect.right) || (edge === 'InsideVertical' && c < rect.right)
      );
  }
}

function borderSide(sheet: SheetModel, r: number, c: number, side: Side): string | null {
  let style: unknown;
  let color: unknown;
  for (let i = sheet.formats.length - 1; i >= 0; i--) {
    const f = sheet.formats[i]!;
    const { rect } = f;
    if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) continue;
    if (f.path === '*clear*') break;
    const m = /^borders\.(\w+)\.(style|color)$/.exec(f.path);
    if (!m || !drawsSide(side, m[1]!, rect, r, c)) continue;
    if (m[2] === 'style' && style === undefined) style = f.value;
    if (m[2] === 'color' && color === undefined) color = f.value;
  }
  if (style === undefined || style === 'None') return null;
  return color === undefined ? '#000000' : colour(String(color));
}

function cellLook(sheet: SheetModel, r: number, c: number): CellLook {
  const cell = sheet.cell(r, c);
  const at = (path: string) => sheet.effectiveFormat(r, c, path);
  let value: CellLook['value'] = null;
  if (cell?.formula !== undefined) value = cell.formula;
  else if (cell?.error !== undefined) value = cell.error;
  else if (cell !== undefined && cell.value !== '') value = cell.value;
  const fill = colour(String(at('fill.color') ?? '#FFFFFF'));
  return {
    value,
    numberFormat: cell?.numberFormat ?? sheet.areaFormat(r, c),
    fill: fill === '#FFFFFF' ? null : fill,
    font: {
      name: String(at('font.name') ?? PLAIN_FONT.name),
      size: Number(at('font.size') ?? PLAIN_FONT.size),
      bold: Boolean(at('font.bold')),
      italic: Boolean(at('font.italic')),
      color: colour(String(at('font.color') ?? PLAIN_FONT.color)),
    },
    horizontal: HORIZONTAL[String(at('horizontalAlignment'))] ?? null,
    vertical: VERTICAL[String(at('verticalAlignment'))] ?? 'bottom',
    wrap: Boolean(at('wrapText')),
    border: {
      top: borderSide(sheet, r, c, 'top'),
      bottom: borderSide(sheet, r, c, 'bottom'),
      left: borderSide(sheet, r, c, 'left'),
      right: borderSide(sheet, r, c, 'right'),
    },
  };
}

/** A date bound as Excel holds it: a serial (Office.js takes an ISO date text for one). */
function bound(formula: unknown): string | number {
  const text = String(formula ?? '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return excelSerialFromIso(text);
  return /^\d+$/.test(text) ? Number(text) : text;
}

function sheetLook(workbook: WorkbookModel, sheet: SheetModel, area: Area): SheetLook {
  const cells: Record<string, CellLook> = {};
  for (let r = 0; r < area.rows; r++)
    for (let c = 0; c < area.columns; c++) cells[cellAddress(r, c)] = cellLook(sheet, r, c);
  const widths: Record<string, number> = {};
  const heights: Record<string, number> = {};
  for (const f of sheet.formats) {
    if (f.path === 'columnWidth')
      for (let c = f.rect.left; c <= f.rect.right; c++) widths[columnLetter(c)] = Number(f.value);
    if (f.path === 'rowHeight')
      for (let r = f.rect.top; r <= f.rect.bottom; r++) heights[String(r + 1)] = Number(f.value);
  }
  const links: SheetLook['links'] = Object.fromEntries(
    [...sheet.hyperlinks].map(([address, link]) => [
      address,
      {
        location: link.documentReference ?? `external:${link.address ?? ''}`,
        text: link.textToDisplay ?? String(sheet.cell(0, 0)?.value ?? ''),
      },
    ]),
  );
  const table = workbook.tables.find((t) => t.sheet === sheet);
  return {
    name: sheet.name,
    state: STATE[sheet.visibility as keyof typeof STATE],
    tabColor: sheet.tabColor === '' ? null : colour(sheet.tabColor),
    cells,
    merges: sheet.merges.map(rectAddress).sort(),
    links,
    validations: sheet.validations.map((v) => {
      const rule = v.rule ?? {};
      const list = rule.list;
      const date = rule.date;
      return {
        range: rectAddress(v.rect),
        kind: list ? 'list' : 'date',
        formulas: list
          ? [String(list.source).replace(/^=/, '')]
          : [bound(date?.formula1), bound(date?.formula2)],
        allowBlank: v.ignoreBlanks ?? true,
        prompt: { title: v.prompt?.title ?? '', message: v.prompt?.message ?? '' },
        error: { title: v.errorAlert?.title ?? '', message: v.errorAlert?.message ?? '' },
      };
    }),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({
      range: rectAddress(f.rect),
      formula: f.formula.replace(/^=/, ''),
      fill: f.fill === null ? null : colour(f.fill),
      fontColor: f.fontColor === null ? null : colour(f.fontColor),
      stopIfTrue: f.stopIfTrue,
    })),
    freeze: { ...sheet.freeze },
    widths,
    heights,
    table: table ? { name: table.name, range: rectAddress(table.rect), style: table.style } : null,
    print: printLook(sheet.page),
    // Office.js cannot switch the triangle off (no ignored-errors API): nothing is ever ignored.
    numberAsTextIgnored: [],
  };
}

const PAPER: Readonly<Record<string, number>> = { Letter: 1, A4: 9 };

/** The page layout as Excel's dialog shows it; null while it is as a new sheet has it. */
function printLook(page: PageModel): PrintLook | null {
  if (JSON.stringify(page) === JSON.stringify(newPage())) return null;
  const { zoom } = page;
  return {
    orientation: page.orientation === 'Landscape' ? 'landscape' : 'portrait',
    paperSize: PAPER[page.paperSize] ?? 0,
    fitTo:
      zoom.scale === undefined
        ? { wide: zoom.horizontalFitToPages ?? 1, tall: zoom.verticalFitToPages ?? 1 }
        : null,
    titleRows: page.printTitleRows,
    header: { ...page.header },
    footer: { ...page.footer },
    margins: { ...page.margins },
  };
}

/** The double's workbook over the given areas; `skip` leaves out sheets (the user's blank one). */
export function excelLook(
  workbook: WorkbookModel,
  areas: ReadonlyMap<string, Area>,
  skip: readonly string[] = [],
): WorkbookLook {
  return {
    sheets: workbook.sheets
      .filter((s) => !skip.includes(s.name))
      .map((s) => sheetLook(workbook, s, areas.get(s.name) ?? { rows: 0, columns: 0 })),
    names: workbook.names
      .map((n) => ({
        name: n.name,
        reference: workbook.nameFormula(n).replace(/^=/, '').replace(/'/g, ''),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
