import type { HostStatus } from '../operations/contract';

/** The members of the `Office` global the add-in uses (so tests can pass the Office double). */
export interface OfficeLike {
  readonly context: {
    readonly displayLanguage?: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export const REQUIRED_EXCEL_API = '1.8';

export const HOST_TOO_OLD_MESSAGE =
  '此版本的 Excel 过旧，整改台账助手需要 Excel API 1.8 及以上（Microsoft 365 版 Excel、Excel 2019 及以后版本或网页版 Excel）。请更新 Excel 后重试。' +
  ' (This version of Excel is too old: 整改台账助手 needs Excel API 1.8 or later — Excel for Microsoft 365, Excel 2019 or later, or Excel on the web. Please update Excel and try again.)';

/** Whether the add-in runs in an Excel that has what it needs. */
export function hostStatus(office: OfficeLike | undefined): HostStatus {
  if (office?.context?.requirements === undefined) return { kind: 'no-host' };
  return office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)
    ? { kind: 'excel' }
    : { kind: 'excel-too-old', message: HOST_TOO_OLD_MESSAGE };
}
