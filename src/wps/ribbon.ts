import { ribbonCommands } from '../ribbon/ribbon';
import { LocalizedError, message, t, type Lang } from '../core/i18n';
import { describeError } from '../office/errors';
import type { RectifyOperations } from '../operations/contract';
import type { WpsGlobal } from './wps-global';

/**
 * The ribbon of the WPS add-in (ribbon.xml): the same three buttons as in Excel, the same
 * commands (src/ribbon/ribbon.ts decides what each one shows), reached through WPS's
 * CustomUI callbacks, which call functions of the add-in's page by name.
 */
export const BUTTONS = {
  openPane: 'rectifyOpenPane',
  validate: 'rectifyValidate',
  summaries: 'rectifySummaries',
} as const;

/** The image each button shows (files of dist/wps/), the Excel add-in's icons. */
export const BUTTON_IMAGES: Readonly<Record<string, string>> = {
  [BUTTONS.openPane]: 'assets/icon-32.png',
  [BUTTONS.validate]: 'assets/icon-32.png',
  [BUTTONS.summaries]: 'assets/icon-32.png',
};

const PANE_ID_KEY = 'rectify.taskpane';
export const PANE_TITLE = '整改台账助手';

export interface WpsRibbonHost {
  readonly wps: WpsGlobal;
  readonly operations: () => RectifyOperations;
  /** The pane's address, beside the add-in's page. */
  readonly paneUrl: string;
  readonly show: (title: string, message: string) => Promise<void>;
  /** The language of the commands' messages; Chinese when not given. */
  readonly lang?: Lang;
}

/** A CustomUI control as WPS passes it to a callback. */
export interface RibbonControl {
  readonly Id: string;
}

/** The functions ribbon.xml names (onLoad, onAction, getImage), by those names. */
export function wpsRibbon(host: WpsRibbonHost) {
  const completed = { completed: () => undefined } as unknown as Office.AddinCommands.Event;
  const commands = () =>
    ribbonCommands({
      operations: host.operations(),
      show: host.show,
      ...(host.lang === undefined ? {} : { lang: host.lang }),
    });

  /** 打开助手: one pane per WPS window, shown or hidden again by the button. */
  function togglePane(): void {
    const { wps } = host;
    const stored = Number(wps.PluginStorage?.getItem(PANE_ID_KEY) ?? NaN);
    if (Number.isFinite(stored) && wps.GetTaskPane) {
      const pane = wps.GetTaskPane(stored);
      if (pane) {
        pane.Visible = !pane.Visible;
        return;
      }
    }
    if (!wps.CreateTaskPane) throw new LocalizedError(message('wps.noTaskPane'));
    const pane = wps.CreateTaskPane(host.paneUrl, PANE_TITLE);
    wps.PluginStorage?.setItem(PANE_ID_KEY, pane.ID);
    pane.Visible = true;
  }

  return {
    OnAddinLoad(): boolean {
      return true;
    },
    async OnAction(control: RibbonControl): Promise<boolean> {
      switch (control.Id) {
        case BUTTONS.openPane:
          try {
            togglePane();
          } catch (error) {
            const lang = host.lang ?? 'zh';
            await host.show(
              t(lang, 'ribbon.failedTitle', { title: t(lang, 'wps.openPane.title') }),
              describeError(error, lang),
            );
          }
          break;
        case BUTTONS.validate:
          await commands().validateLedger(completed);
          break;
        case BUTTONS.summaries:
          await commands().buildSummaries(completed);
          break;
        default:
          return false;
      }
      return true;
    },
    GetImage(control: RibbonControl): string {
      return BUTTON_IMAGES[control.Id] ?? 'assets/icon-32.png';
    },
  };
}
