import { localTimestamp } from '../clock';
import type { XlRun } from '../office/excel-api';
import type { OfficeLike } from '../office/office-global';
import { createOfficeOperations } from '../office/office-operations';
import type { RectifyOperations } from '../operations/contract';

/** The operations on the open workbook, through real Office.js (`Excel.run`, `Office`). */
export function officeOperations(): RectifyOperations {
  const g = globalThis as unknown as { Office: OfficeLike; Excel: { run: XlRun } };
  return createOfficeOperations({
    run: g.Excel.run,
    office: g.Office,
    now: () => localTimestamp(),
  });
}
