import type { DialogHost, DialogLike } from '../../../src/ribbon/message';
import type { OfficeLike } from '../../../src/office/office-global';
import type { ExcelDouble } from './excel';

/**
 * A stand-in for the `Office` global (and `Excel.run`) as an add-in page sees it: requirement
 * sets, onReady, actions.associate, display language and dialogs.
 */
export interface OfficeDoubleOptions {
  /** Highest ExcelApi version the host supports, e.g. '1.8' or '1.7'. */
  readonly excelApi: string;
  readonly displayLanguage?: string;
  readonly dialogApi?: boolean;
}

export interface ShownDialog {
  readonly url: string;
  /** The `title` and `message` parameters of the dialog page's address, if any. */
  readonly title: string | null;
  readonly message: string | null;
  closed: boolean;
}

function versionAtLeast(have: string, want: string): boolean {
  const [ha = 0, hb = 0] = have.split('.').map(Number);
  const [wa = 0, wb = 0] = want.split('.').map(Number);
  return ha !== wa ? ha > wa : hb >= wb;
}

export class OfficeDouble {
  readonly actions = new Map<string, (event: Office.AddinCommands.Event) => unknown>();
  readonly dialogs: ShownDialog[] = [];
  readonly requirementChecks: string[] = [];

  constructor(
    readonly excel: ExcelDouble,
    readonly options: OfficeDoubleOptions,
  ) {}

  /** The `Office` object as Office.js provides it (the members the add-in uses). */
  get global(): OfficeLike & DialogHost {
    return this.build();
  }

  private build(): OfficeLike & DialogHost {
    const office = { ...this.fields() };
    const global = {
      HostType: { Excel: 'Excel' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        callback?.(info);
        return info;
      },
      actions: {
        associate: (name: string, fn: (event: Office.AddinCommands.Event) => unknown) => {
          office.actions.set(name, fn);
        },
      },
      context: {
        displayLanguage: office.options.displayLanguage ?? 'zh-CN',
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            office.requirementChecks.push(`${name} ${version ?? ''}`.trim());
            if (name === 'ExcelApi')
              return versionAtLeast(office.options.excelApi, version ?? '1.1');
            if (name === 'DialogApi') return office.options.dialogApi !== false;
            return false;
          },
        },
        ui: {
          displayDialogAsync: (
            url: string,
            _options: unknown,
            callback: (result: { status: unknown; value: DialogLike }) => void,
          ) => {
            const params = new URL(url).searchParams;
            const shown: ShownDialog = {
              url,
              title: params.get('title'),
              message: params.get('message'),
              closed: false,
            };
            office.dialogs.push(shown);
            const handlers = new Map<string, (arg: unknown) => void>();
            const dialog = {
              close: () => {
                shown.closed = true;
              },
              addEventHandler: (type: Office.EventType, handler: (arg: unknown) => void) => {
                handlers.set(String(type), handler);
              },
            };
            queueMicrotask(() => {
              callback({ status: 'succeeded', value: dialog });
              // The user reads the message and presses the dialog's button.
              setTimeout(() => handlers.get('dialogMessageReceived')?.({ message: 'close' }), 0);
            });
          },
        },
      },
    };
    return global;
  }

  private fields() {
    return {
      actions: this.actions,
      dialogs: this.dialogs,
      requirementChecks: this.requirementChecks,
      options: this.options,
    };
  }

  /** The `Excel` global: only `run`, backed by the double. */
  get excelGlobal(): unknown {
    return { run: this.excel.run };
  }

  /** Installs `Office` and `Excel` on globalThis; returns a function that removes them. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Office: g['Office'], Excel: g['Excel'] };
    g['Office'] = this.global;
    g['Excel'] = this.excelGlobal;
    return () => {
      g['Office'] = before.Office;
      g['Excel'] = before.Excel;
    };
  }

  /** Clicks a ribbon function command and waits until it calls event.completed(). */
  async click(functionName: string): Promise<void> {
    const fn = this.actions.get(functionName);
    if (!fn) throw new Error(`no function command "${functionName}" was associated`);
    await new Promise<void>((resolve) => {
      const event = {
        source: { id: functionName },
        completed: () => resolve(),
      } as unknown as Office.AddinCommands.Event;
      void fn(event);
    });
  }
}
