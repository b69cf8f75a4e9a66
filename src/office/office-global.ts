import { languageOfTag, message, render, type Message } from '../core/i18n';
import type { HostStatus } from '../operations/contract';

/** The members of the `Office` global the add-in uses (so tests can pass the Office double). */
export interface OfficeLike {
  readonly context: {
    readonly displayLanguage?: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export const REQUIRED_EXCEL_API = '1.8';

/** What an Excel older than `REQUIRED_EXCEL_API` is told. */
export const HOST_TOO_OLD: Message = message('office.hostTooOld', { version: REQUIRED_EXCEL_API });

/** Whether the add-in runs in an Excel that has what it needs. */
export function hostStatus(office: OfficeLike | undefined): HostStatus {
  if (office?.context?.requirements === undefined) return { kind: 'no-host' };
  return office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)
    ? { kind: 'excel' }
    : {
        kind: 'excel-too-old',
        message: render(languageOfTag(office.context.displayLanguage), HOST_TOO_OLD),
      };
}
