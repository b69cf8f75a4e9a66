import { localTimestamp } from '../clock';
import { LocalizedError, message, type Lang } from '../core/i18n';
import type { RectifyOperations } from '../operations/contract';
import { wpsGlobal } from './wps-global';
import { createWpsOperations } from './wps-operations';

/** The operations on the workbook open in WPS表格, for the task pane (through `wps`), in `lang`. */
export function wpsOperations(lang: Lang = 'zh'): RectifyOperations {
  const wps = wpsGlobal();
  if (!wps?.EtApplication) throw new LocalizedError(message('wps.notInWps'));
  const application = wps.EtApplication;
  return createWpsOperations({ application, lang, now: () => localTimestamp() });
}
