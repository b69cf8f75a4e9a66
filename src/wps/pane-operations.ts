import type { RectifyOperations } from '../office/operations';
import { wpsGlobal } from './host';
import { createWpsOperations } from './operations';

/** The operations on the workbook open in WPS表格, for the task pane (through `wps`). */
export function wpsOperations(): RectifyOperations {
  const wps = wpsGlobal();
  if (!wps?.EtApplication) throw new Error('不在 WPS 表格中 (not inside WPS表格)');
  const application = wps.EtApplication;
  return createWpsOperations({ application });
}
