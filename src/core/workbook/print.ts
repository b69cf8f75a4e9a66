import type { IsoDate } from '../dates';
import type { PrintPlan } from '../plan/types';

/**
 * How every generated sheet prints and what face it is set in, decided once for all sheets.
 *
 * The font: a CJK sans face that has its own Latin digits, so numbers and Chinese text share one
 * face. Excel and WPS on Windows have it; LibreOffice and WPS elsewhere substitute their CJK sans
 * (Noto Sans CJK SC / Source Han Sans) for it, rather than falling back to a serif face.
 */
export const FONT_NAME = 'Microsoft YaHei';

/** Excel's header/footer codes: `&` starts a code, so a literal ampersand is written `&&`. */
function escapeCodes(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The running header: the list's title on the left, the sheet's name on the right. */
export function runningHeader(title: string, sheetName: string): string {
  return `&L${escapeCodes(title)}&R${escapeCodes(sheetName)}`;
}

/** The running footer: page of pages in the middle, the as-of date on the right. */
export function runningFooter(asOf: IsoDate): string {
  return `&C第 &P 页 共 &N 页&R统计日期：${asOf}`;
}

/** The footer of a live sheet (colours on TODAY()): page numbers only, no stale as-of date. */
export const LIVE_FOOTER = '&C第 &P 页 共 &N 页';

export interface PageFacts {
  readonly title: string;
  readonly sheet: string;
  /** The as-of date of a report; null for a live sheet, whose footer gives page numbers only. */
  readonly asOf: IsoDate | null;
}

/** A4, fit to one page wide, header and footer as above. */
export function printPlan(
  orientation: PrintPlan['orientation'],
  page: PageFacts,
  repeatRows?: string,
): PrintPlan {
  return {
    orientation,
    paper: 'A4',
    fitToWidth: true,
    ...(repeatRows === undefined ? {} : { repeatRows }),
    header: runningHeader(page.title, page.sheet),
    footer: page.asOf === null ? LIVE_FOOTER : runningFooter(page.asOf),
  };
}
