// The end-to-end page (taskpane-e2e.html, built only with RECTIFY_E2E=1): the real task pane and
// the real Office.js shell, with Excel replaced by the in-memory double. Office.js from the CDN is
// blocked by the test; this bundle installs the `Office` and `Excel` globals in its place.
import type { XlRun } from '../../../src/office/excel-api';
import type { OfficeLike as ShellOffice } from '../../../src/office/office-global';
import { localTimestamp } from '../../../src/clock';
import { createOfficeOperations } from '../../../src/office/office-operations';
import { bootTaskpane } from '../../../src/taskpane/boot';
import type { OfficeLike } from '../../../src/taskpane/host-info';
import { columnLetter } from '../../../src/core/grid';
import { isOwnershipName } from '../../../src/core/ownership';
import { ExcelDouble, OfficeDouble } from '../../support/excel-double';

/** What the test reads back from the page. */
export interface E2eProbe {
  readonly sheetNames: () => string[];
  readonly selection: () => { sheet: string; address: string } | null;
  readonly activeSheet: () => string | null;
  readonly cellValue: (sheet: string, address: string) => string | number | boolean | null;
  readonly savedSettings: () => Record<string, unknown>;
  /** Where a header sits in the first rows of a sheet, or null. */
  readonly findHeader: (sheet: string, header: string) => { column: string; row: number } | null;
  /** Writes a value into a cell the way a user typing in Excel would. */
  readonly edit: (sheet: string, address: string, value: string) => Promise<void>;
  /** Fault injection (tests/e2e/office-failure.test.ts): the n-th request from now fails. */
  readonly failSyncAt: (n: number, code?: string, applyFirst?: number) => void;
  /** The whole workbook as JSON, to compare before and after. */
  readonly snapshot: () => string;
  /** What a rebuild by another program does to the names: the RECTIFY_OWNED_n marks are gone. */
  readonly dropMarks: () => void;
}

const params = new URLSearchParams(location.search);
const excel = new ExcelDouble(['Sheet1']);
const office = new OfficeDouble(excel, {
  excelApi: params.get('excelApi') ?? '1.8',
  displayLanguage: params.get('lang') ?? 'zh-CN',
});
office.install();
const g = globalThis as unknown as { Office: OfficeLike & ShellOffice; Excel: { run: XlRun } };

const probe: E2eProbe = {
  sheetNames: () => excel.workbook.sheetNames(),
  selection: () => excel.workbook.selection,
  activeSheet: () => excel.workbook.activeSheet?.name ?? null,
  cellValue: (sheet, address) => excel.workbook.cellAt(sheet, address)?.value ?? null,
  // The settings live in 说明!B5:B6 (src/core/settings.ts), not in the document settings.
  savedSettings: () => ({
    dueSoonDays: excel.workbook.cellAt('说明', 'B5')?.value ?? null,
    staleDays: excel.workbook.cellAt('说明', 'B6')?.value ?? null,
  }),
  findHeader: (sheet, header) => {
    const rows = excel.workbook.valuesOf(sheet, 'A1:AD5');
    for (const [r, row] of rows.entries()) {
      const c = row.findIndex((v) => v === header);
      if (c >= 0) return { column: columnLetter(c), row: r + 1 };
    }
    return null;
  },
  failSyncAt: (n, code, applyFirst) => excel.failSyncAt(n, code, applyFirst),
  snapshot: () => JSON.stringify(excel.workbook.snapshot()),
  dropMarks: () => {
    const names = excel.workbook.names;
    for (let i = names.length - 1; i >= 0; i--)
      if (isOwnershipName(names[i]!.name)) names.splice(i, 1);
  },
  edit: (sheet, address, value) =>
    excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
      await context.sync();
    }),
};
(window as unknown as { rectifyProbe: E2eProbe }).rectifyProbe = probe;

const container = document.getElementById('root');
if (container) {
  void bootTaskpane(container, {
    office: g.Office,
    createOperations: () =>
      createOfficeOperations({ run: g.Excel.run, office: g.Office, now: () => localTimestamp() }),
  });
}
