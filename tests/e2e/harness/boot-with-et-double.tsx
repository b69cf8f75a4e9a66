// The WPS end-to-end page (wps-e2e.html, built only with RECTIFY_E2E=1): the real task pane and
// the real WPS shell, with WPS表格 replaced by the ET double behind a `wps` global, as WPS gives
// an add-in's pages. No Office.js is loaded: the pane must find WPS by itself.
import { columnLetter } from '../../../src/core/grid';
import { isOwnershipName } from '../../../src/core/ownership';
import { bootTaskpane } from '../../../src/taskpane/boot';
import { ApplicationDouble, EtBookModel } from '../../support/et-double';
import type { E2eProbe } from './boot-with-double';

const book = new EtBookModel(['Sheet1']);
const app = new ApplicationDouble(book);
(window as unknown as { wps: unknown }).wps = { EtApplication: () => app };

const probe: E2eProbe = {
  sheetNames: () => book.sheetNames(),
  selection: () => book.selection,
  activeSheet: () => book.active?.name ?? null,
  cellValue: (sheet, address) => {
    const ws = app.ActiveWorkbook!.Worksheets.Item(sheet);
    const v = ws.Range(address).Value2;
    return v === undefined ? null : (v as string | number | boolean);
  },
  // The settings live in 说明!B5:B6 (src/core/settings.ts), not in defined names.
  savedSettings: () => {
    const ws = app.ActiveWorkbook!.Worksheets.Item('说明');
    return { dueSoonDays: ws.Range('B5').Value2, staleDays: ws.Range('B6').Value2 };
  },
  findHeader: (sheet, header) => {
    const rows = book.valuesOf(sheet, { top: 0, left: 0, bottom: 4, right: 29 });
    for (const [r, row] of rows.entries()) {
      const c = row.findIndex((v) => v === header);
      if (c >= 0) return { column: columnLetter(c), row: r + 1 };
    }
    return null;
  },
  // WPS has no syncs: the ET double fails its n-th write instead.
  failSyncAt: (n) => {
    book.writesLeft = Math.max(0, n - 1);
  },
  snapshot: () => JSON.stringify(book.snapshot()),
  dropMarks: () => {
    book.names = book.names.filter((n) => !isOwnershipName(n.name));
  },
  edit: async (sheet, address, value) => {
    app.ActiveWorkbook!.Worksheets.Item(sheet).Range(address).Value2 = value;
  },
};
(window as unknown as { rectifyProbe: E2eProbe }).rectifyProbe = probe;

const container = document.getElementById('root');
if (container) {
  void bootTaskpane(container, {
    office: undefined,
    createOperations: () => {
      throw new Error('Office.js is not there in WPS');
    },
  });
}
