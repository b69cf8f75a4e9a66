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

/**
 * The running header of a sheet that is submitted as it is (台账): 填报单位 on the left, the list's
 * title and the sheet in the middle, 填报日期 on the right, both left blank to be filled in by
 * hand (the product knows neither who submits nor when; a host's own date code prints in its
 * locale's order, e.g. 12/01/2026, which reads differently in different places).
 * The table starts at A1 (an Excel table, drop-downs and every shell read it there), so the title
 * and the 填报 line are printed on every page instead of taking rows above the header.
 */
export function submissionHeader(title: string, sheetName: string): string {
  return `&L填报单位：${BLANK}&C&B${escapeCodes(title)}（${escapeCodes(sheetName)}）&B&R填报日期：${DATE_BLANK}`;
}

/** The running footer: page of pages in the middle, the as-of date on the right. */
export function runningFooter(asOf: IsoDate): string {
  return `&C第 &P 页 共 &N 页&R统计日期：${asOf}`;
}

const BLANK = '\u3000'.repeat(8);
const DATE_BLANK = '\u3000\u3000年\u3000\u3000月\u3000\u3000日';

/** The footer of a live sheet (colours on TODAY()): page numbers only, no stale as-of date. */
export const LIVE_FOOTER = '&C第 &P 页 共 &N 页';

export interface PageFacts {
  readonly title: string;
  readonly sheet: string;
  /** The as-of date of a report; null for a live sheet, whose footer gives page numbers only. */
  readonly asOf: IsoDate | null;
  /** A sheet submitted as it is: the 填报单位 / 填报日期 line in its header. */
  readonly submitted?: boolean;
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
    header:
      page.submitted === true
        ? submissionHeader(page.title, page.sheet)
        : runningHeader(page.title, page.sheet),
    footer: page.asOf === null ? LIVE_FOOTER : runningFooter(page.asOf),
  };
}
