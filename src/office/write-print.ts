import type { PrintPlan } from '../core/plan';
import { headerParts } from '../core/shell/header-parts';
import type { XlWorksheet } from './excel-api';
import type { OfficeLike } from './office-global';
import { absoluteRows } from '../core/plan/print-titles';

/** The ExcelApi version that brings page layout (orientation, fit, print titles, header/footer). */
export const PAGE_LAYOUT_API = '1.9';

/**
 * The plan's print setup on a sheet. Page layout needs ExcelApi 1.9 and the add-in asks only for
 * 1.8: on an older Excel (or without the host to ask) the sheet keeps Excel's print defaults.
 * Margins are left as Excel's own, which are the file writer's.
 */
export function queuePrint(sheet: XlWorksheet, print: PrintPlan, office?: OfficeLike): void {
  if (!office?.context.requirements.isSetSupported('ExcelApi', PAGE_LAYOUT_API)) return;
  const page = sheet.pageLayout;
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = print.paper;
  // One page wide, as many tall as needed (0: automatic, as in the file's fitToHeight="0").
  if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const titleRows = absoluteRows(print.repeatRows);
  if (titleRows !== null) page.setPrintTitleRows(titleRows);
  const all = page.headersFooters.defaultForAllPages;
  if (print.header !== undefined) {
    const h = headerParts(print.header);
    all.leftHeader = h.left;
    all.centerHeader = h.center;
    all.rightHeader = h.right;
  }
  if (print.footer !== undefined) {
    const f = headerParts(print.footer);
    all.leftFooter = f.left;
    all.centerFooter = f.center;
    all.rightFooter = f.right;
  }
}
