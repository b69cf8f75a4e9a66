import type { RectifyOperations } from '../../../src/operations/contract';
import { createOfficeOperations } from '../../../src/office/office-operations';
import { ExcelDouble } from './excel';
import { OfficeDouble } from './office';

/**
 * Everything a test (or a browser page under test) needs to run the add-in's operations without
 * Excel: the workbook double, the Office double and the real operations wired to both.
 */
export interface DoubleHost {
  readonly excel: ExcelDouble;
  readonly office: OfficeDouble;
  readonly operations: RectifyOperations;
}

export function createDoubleHost(
  options: { sheets?: readonly string[]; excelApi?: string; displayLanguage?: string } = {},
): DoubleHost {
  const excel = new ExcelDouble(options.sheets ?? ['Sheet1']);
  const office = new OfficeDouble(excel, {
    excelApi: options.excelApi ?? '1.8',
    ...(options.displayLanguage === undefined ? {} : { displayLanguage: options.displayLanguage }),
  });
  const operations = createOfficeOperations({
    run: excel.run,
    office: office.global,
    now: () => '2025-01-01 09:00',
  });
  return { excel, office, operations };
}
