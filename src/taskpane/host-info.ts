import {
  type CreateWorkbook,
  type CycleOperations,
  createOfficeCycleOperations,
} from '../office/cycle-operations';
import type { XlRun } from '../office/excel-api';
import { REQUIRED_EXCEL_API, type OfficeLike as ShellOffice } from '../office/office-global';
import type { HostStatus } from '../operations/contract';

/** The spreadsheet hosts the pane runs in (one pane, two hosts, each with its own bridge). */
export type HostName = 'excel' | 'wps';

/** What the pane learns about where it runs, before it renders. */
export interface HostInfo {
  /** Which host was found: Excel (Office.js), WPS表格 (the `wps` global), or neither. */
  readonly host?: HostName | null;
  /** `excel` means a spreadsheet host the operations run on (Excel or WPS表格). */
  readonly status: HostStatus;
  /** Office's display language, e.g. `zh-CN`; null outside Office. */
  readonly displayLanguage: string | null;
  /** Office.js itself was missing (its CDN unreachable, or a plain page without it). */
  readonly officeJsMissing: boolean;
  /** Office's theme body colour (`#rrggbb`), to follow a dark Office theme; null when unknown. */
  readonly bodyBackgroundColor: string | null;
}

/** The members of the `Office` global the pane reads; real Office.js and the double both fit. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  readonly HostType?: { readonly Excel?: unknown };
  readonly context?: {
    readonly displayLanguage?: string;
    readonly officeTheme?: { readonly bodyBackgroundColor?: string };
    readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** The ExcelApi version the add-in needs (one definition, in the Office shell). */
export { REQUIRED_EXCEL_API } from '../office/office-global';

/**
 * Asks Office where the page runs. Office.js may be absent (CDN unreachable, page opened from
 * disk); in a plain browser `Office.onReady` resolves with no host; a hung onReady counts as no
 * host after `timeoutMs`, so the page never stays blank.
 */
export async function detectHost(
  office: OfficeLike | undefined,
  timeoutMs = 8000,
): Promise<HostInfo> {
  const none = (officeJsMissing: boolean): HostInfo => ({
    host: null,
    status: { kind: 'no-host' },
    displayLanguage: null,
    officeJsMissing,
    bodyBackgroundColor: null,
  });
  if (!office || typeof office.onReady !== 'function') return none(true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  let info: { host: unknown } | null;
  try {
    info = await Promise.race([office.onReady(), timeout]);
  } catch {
    info = null;
  } finally {
    clearTimeout(timer);
  }
  const excel = office.HostType?.Excel ?? 'Excel';
  if (!info || info.host !== excel) return none(false);
  const context = office.context;
  const displayLanguage = context?.displayLanguage ?? null;
  const bodyBackgroundColor = context?.officeTheme?.bodyBackgroundColor ?? null;
  const supported = context?.requirements?.isSetSupported('ExcelApi', REQUIRED_EXCEL_API) ?? false;
  return {
    host: 'excel',
    status: supported
      ? { kind: 'excel' }
      : { kind: 'excel-too-old', message: `ExcelApi ${REQUIRED_EXCEL_API} not supported` },
    displayLanguage,
    officeJsMissing: false,
    bodyBackgroundColor,
  };
}

/**
 * Inside WPS表格 the page has the `wps` global with `EtApplication` (no Office.js). WPS's
 * Chromium reports the user's language through the browser.
 */
export function detectWps(
  scope: unknown,
  language: string | null = typeof navigator === 'undefined' ? null : navigator.language,
): HostInfo | null {
  const w = (scope as { wps?: { EtApplication?: unknown } } | null)?.wps;
  if (!w || typeof w.EtApplication !== 'function') return null;
  return {
    host: 'wps',
    status: { kind: 'excel' },
    displayLanguage: language,
    officeJsMissing: false,
    bodyBackgroundColor: null,
  };
}

/**
 * The monthly cycle's bridge (issue 18): in Excel the Office.js shell over the page's `Excel` and
 * `Office` globals (the end-to-end page installs the double's there), `Excel.createWorkbook` when
 * the host has it; null in WPS表格 (not there yet) and outside a spreadsheet host.
 */
export function cycleOperationsFor(
  host: HostInfo,
  scope: unknown = globalThis,
): CycleOperations | null {
  if (host.host !== 'excel' || host.status.kind !== 'excel') return null;
  const g = scope as {
    Office?: ShellOffice;
    Excel?: { run?: XlRun; createWorkbook?: CreateWorkbook };
  };
  const run = g.Excel?.run;
  if (g.Office === undefined || typeof run !== 'function') return null;
  const create = g.Excel?.createWorkbook;
  return createOfficeCycleOperations({
    run,
    office: g.Office,
    ...(typeof create === 'function' ? { createWorkbook: create } : {}),
  });
}
