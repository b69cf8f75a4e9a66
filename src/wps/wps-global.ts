/// <reference types="wps-jsapi" />
import type { EtApplication } from './et-api';

/** The globals WPS gives an add-in's pages: `wps.EtApplication()` in WPS表格. */
export interface WpsGlobal {
  readonly EtApplication?: () => EtApplication;
  readonly CreateTaskPane?: (url: string, title?: string) => WpsTaskPane;
  readonly GetTaskPane?: (id: number) => WpsTaskPane;
  readonly PluginStorage?: {
    getItem(key: string): string | null;
    setItem(key: string, value: string | number | boolean): void;
  };
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
}

// Compile-time proof that wps-jsapi's `wps` namespace has these members with fitting types.
type Assignable<T extends true> = T;
export type WpsGlobalFits = Assignable<
  Pick<typeof wps, 'EtApplication' | 'CreateTaskPane' | 'GetTaskPane'> extends {
    EtApplication: () => unknown;
    CreateTaskPane: (url: string, title: string) => { ID: number; Visible: boolean };
    GetTaskPane: (id: number) => { ID: number; Visible: boolean };
  }
    ? true
    : false
>;

/** The `wps` global when the page runs inside WPS表格 (with a spreadsheet application), else null. */
export function wpsGlobal(scope: unknown = globalThis): WpsGlobal | null {
  const w = (scope as { wps?: WpsGlobal } | null)?.wps;
  if (!w || typeof w.EtApplication !== 'function') return null;
  return w;
}
