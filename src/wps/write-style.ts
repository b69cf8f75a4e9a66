import { BORDER_LINE, type CellStyle, type PrintPlan } from '../core/plan';
import { headerParts } from '../core/shell/header-parts';
import { etColor } from './color';
import { type EtPageSetup, type EtRange, XL } from './et-api';
import { absoluteRows } from '../core/plan/print-titles';

const HORIZONTAL = { left: XL.left, center: XL.center, right: XL.right } as const;
const VERTICAL = { top: XL.top, middle: XL.center, bottom: XL.bottom } as const;

/** A final style (the resolved plan's) on a range: nothing is inherited or inferred. */
export function writeStyle(range: EtRange, style: CellStyle): void {
  if (style.numberFormat !== undefined) range.NumberFormat = style.numberFormat;
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.italic !== undefined) range.Font.Italic = style.italic;
  if (style.fontSize !== undefined) range.Font.Size = style.fontSize;
  if (style.fontName !== undefined) range.Font.Name = style.fontName;
  if (style.fontColor !== undefined) range.Font.Color = etColor(style.fontColor);
  if (style.fill !== undefined) range.Interior.Color = etColor(style.fill);
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.horizontal !== undefined) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.VerticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    // On the collection: every edge and inside line of the range at once.
    range.Borders.LineStyle = XL.continuous;
    range.Borders.Weight = XL.thin;
    range.Borders.Color = etColor(BORDER_LINE.color);
  }
}

/** The header's parts, as the core splits them (kept under this name for the shell's tests). */
export { headerParts as headerSections } from '../core/shell/header-parts';

export function writePrint(page: EtPageSetup, print: PrintPlan): void {
  page.Orientation = print.orientation === 'landscape' ? XL.landscape : XL.portrait;
  page.PaperSize = XL.paperA4;
  if (print.fitToWidth) {
    // Fit to one page wide, as many tall as needed (Zoom off, as VBA requires for FitToPages).
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  }
  const titleRows = absoluteRows(print.repeatRows);
  if (titleRows !== null) page.PrintTitleRows = titleRows;
  if (print.header !== undefined) {
    const h = headerParts(print.header);
    page.LeftHeader = h.left;
    page.CenterHeader = h.center;
    page.RightHeader = h.right;
  }
  if (print.footer !== undefined) {
    const f = headerParts(print.footer);
    page.LeftFooter = f.left;
    page.CenterFooter = f.center;
    page.RightFooter = f.right;
  }
}
