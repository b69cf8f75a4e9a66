import { t, type Lang } from '../core/i18n';

/**
 * A visible message from a function command: a small dialog (DialogApi 1.1) showing one text,
 * closed by its button. Function commands have no other UI, and failing silently is not allowed.
 */
export interface DialogLike {
  close(): void;
  addEventHandler(eventType: Office.EventType, handler: (arg: unknown) => void): void;
}

export interface DialogUi {
  displayDialogAsync(
    startAddress: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: { status: unknown; value: DialogLike }) => void,
  ): void;
}

export interface DialogHost {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui: DialogUi;
  };
}

type Assignable<T extends true> = T;
/** Real Office.js satisfies the subset used here. */
export type RealUiFits = Assignable<Office.UI extends DialogUi ? true : false>;

/** Longest message carried in the dialog's address (URLs stay well under 2,000 characters). */
const MAX_MESSAGE = 600;

export function messageUrl(pageUrl: string, title: string, message: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  url.searchParams.set('title', title);
  url.searchParams.set('message', text);
  return url.toString();
}

/** Shows the message and resolves when the user closes it (or at once if it cannot be shown). */
export function showMessage(
  office: DialogHost,
  pageUrl: string,
  title: string,
  message: string,
): Promise<void> {
  if (!office.context.requirements.isSetSupported('DialogApi', '1.1')) {
    // Nothing else can show text here; the console is the last resort and keeps the message.
    console.error(`${title}: ${message}`);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    office.context.ui.displayDialogAsync(
      messageUrl(pageUrl, title, message),
      { height: 30, width: 40, displayInIframe: true },
      (result) => {
        if (String(result.status) !== 'succeeded') {
          console.error(`${title}: ${message}`);
          resolve();
          return;
        }
        const dialog = result.value;
        const done = () => {
          dialog.close();
          resolve();
        };
        // The dialog page sends a message when its button is pressed; closing it by X is an event.
        // (Office.EventType is an enum that exists only at run time, hence its string values.)
        dialog.addEventHandler('dialogMessageReceived' as unknown as Office.EventType, done);
        dialog.addEventHandler('dialogEventReceived' as unknown as Office.EventType, () =>
          resolve(),
        );
      },
    );
  });
}

/** On the dialog page: renders the message carried in the address, with a close button. */
export function renderMessagePage(
  doc: Document,
  search: string,
  close: () => void,
  lang: Lang = 'zh',
): boolean {
  const params = new URLSearchParams(search);
  const message = params.get('message');
  if (message === null) return false;
  const title = doc.createElement('h1');
  title.textContent = params.get('title') ?? t(lang, 'common.appName');
  title.style.fontSize = '16px';
  const body = doc.createElement('p');
  body.textContent = message; // text, never markup
  body.style.whiteSpace = 'pre-wrap';
  const button = doc.createElement('button');
  button.textContent = t(lang, 'dialog.close');
  button.addEventListener('click', close);
  doc.body.append(title, body, button);
  return true;
}
