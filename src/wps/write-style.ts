import { BORDER_LINE, type CellStyle, type PrintPlan } from '../core/plan';
import { etColor } from './color';
import { type EtPageSetup, type EtRange, XL } from './et-api';

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

/** `&L左&C中&R右` (Excel's header codes, as the plan gives them) as ET's three sections. */
export function headerSections(code: string): { left: string; center: string; right: string } {
  const out = { left: '', center: '', right: '' };
  let section: keyof typeof out = 'center';
  let i = 0;
  while (i < code.length) {
    const next = code.slice(i, i + 2);
    if (next === '&&') {
      // An escaped ampersand stays escaped in the section (`&&L` is text, not a section).
      out[section] += next;
      i += 2;
      continue;
    }
    if (next === '&L' || next === '&C' || next === '&R') {
      section = next === '&L' ? 'left' : next === '&C' ? 'center' : 'right';
      i += 2;
      continue;
    }
    out[section] += code[i];
    i++;
  }
  return out;
}

export function writePrint(page: EtPageSetup, print: PrintPlan): void {
  page.Orientation = print.orientation === 'landscape' ? XL.landscape : XL.portrait;
  page.PaperSize = XL.paperA4;
  if (print.fitToWidth) {
    // Fit to one page wide, as many tall as needed (Zoom off, as VBA requires for FitToPages).
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  }
  if (print.repeatRows !== undefined)
    page.PrintTitleRows = print.repeatRows.replace(/(\d+)/g, '$$$1');
  if (print.header !== undefined) {
    const h = headerSections(print.header);
    page.LeftHeader = h.left;
    page.CenterHeader = h.center;
    page.RightHeader = h.right;
  }
  if (print.footer !== undefined) {
    const f = headerSections(print.footer);
    page.LeftFooter = f.left;
    page.CenterFooter = f.center;
    page.RightFooter = f.right;
  }
}
