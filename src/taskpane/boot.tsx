import { FluentProvider, Spinner } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import type { IsoDate } from '../core/dates';
import { languageOfTag, type Lang } from '../core/i18n';
import type { RectifyOperations } from '../operations/contract';
import { todayIso } from './clock';
import { App } from './components/App';
import { EMBEDDED_LIST_TEXT } from './embedded-list';
import { wpsOperations } from '../wps/pane-bridge';
import {
  cycleOperationsFor,
  detectHost,
  detectWps,
  type HostInfo,
  type OfficeLike,
} from './host-info';
import { stringsFor } from './i18n';
import { zh } from './i18n/zh';
import { paneTheme } from './theme';

export interface BootOptions {
  /** The `Office` global, or undefined when Office.js did not load. */
  readonly office: OfficeLike | undefined;
  /** Builds the operations once Excel is known to be there (Office.js shell, or a test double). */
  readonly createOperations: () => RectifyOperations;
  readonly clock?: () => IsoDate;
  readonly embeddedText?: string;
  readonly hostTimeoutMs?: number;
  /**
   * The WPS bridge: where to look for the `wps` global and how to reach the workbook through it.
   * By default the page's own globals and the WPS shell.
   */
  readonly wps?: {
    readonly scope: unknown;
    readonly createOperations: (lang: Lang) => RectifyOperations;
  };
}

/** The host bridge chosen at start: WPS表格 when its `wps` global is there, else Office.js. */
async function chooseHost(
  options: BootOptions,
): Promise<{ info: HostInfo; create: () => RectifyOperations }> {
  const wps = options.wps ?? { scope: globalThis, createOperations: wpsOperations };
  const inWps = detectWps(wps.scope);
  if (inWps)
    return {
      info: inWps,
      create: () => wps.createOperations(languageOfTag(inWps.displayLanguage)),
    };
  return {
    info: await detectHost(options.office, options.hostTimeoutMs),
    create: options.createOperations,
  };
}

/** Finds out where the page runs, then renders the pane into `container`. */
export async function bootTaskpane(container: HTMLElement, options: BootOptions): Promise<Root> {
  const root = createRoot(container);
  // Office may take a moment to answer; the language is not known yet, so Chinese first.
  root.render(
    <FluentProvider theme={paneTheme(false)}>
      <Spinner size="small" label={zh.host.starting} style={{ padding: 24 }} />
    </FluentProvider>,
  );
  const { info: host, create } = await chooseHost(options);
  const strings = stringsFor(host.displayLanguage);
  document.documentElement.lang = strings.lang;
  document.title = strings.appTitle;
  // Which host the pane found, for support and for the end-to-end tests.
  document.documentElement.dataset['host'] = host.host ?? 'none';
  const operations = host.status.kind === 'excel' ? create() : null;
  root.render(
    <App
      host={host}
      operations={operations}
      cycle={operations === null ? null : cycleOperationsFor(host)}
      strings={strings}
      clock={options.clock ?? (() => todayIso())}
      embeddedText={options.embeddedText ?? EMBEDDED_LIST_TEXT}
    />,
  );
  return root;
}

/** The `Office` global if Office.js loaded (it comes from Microsoft's CDN and may not have). */
export function officeGlobal(): OfficeLike | undefined {
  const g = globalThis as { Office?: OfficeLike };
  return g.Office;
}
