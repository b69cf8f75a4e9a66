import { localTimestamp } from '../clock';
import type { Lang } from '../core/i18n';
import type { RectifyOperations } from '../operations/contract';
import { wpsGlobal } from './wps-global';
import { createWpsOperations } from './wps-operations';

/** The operations on the workbook open in WPS表格, for the task pane (through `wps`), in `lang`. */
export function wpsOperations(lang: Lang = 'zh'): RectifyOperations {
  const wps = wpsGlobal();
  if (!wps?.EtApplication) throw new Error('不在 WPS 表格中 (not inside WPS表格)');
  const application = wps.EtApplication;
  return createWpsOperations({ application, lang, now: () => localTimestamp() });
}
