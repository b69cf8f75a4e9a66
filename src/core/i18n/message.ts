import {
  t,
  templateParts,
  type Lang,
  type MessageKey,
  type ParamValue,
  type PlaceholdersOf,
} from './translate';
import type { zh } from './zh';

/**
 * A message not yet said: a catalogue key and its parameters, rendered in a language only when it
 * is shown. Findings and errors carry one, so the core and the shells never choose a language; the
 * face that shows them does (the CLI from the locale, the pane from Office's display language).
 */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/**
 * A parameter: text or a number from the document as it is; another message (said in the same
 * language); a list, joined with the language's separator (at most ten shown, then a count); or a
 * function giving one of those, for a value worth computing only when the message is shown.
 */
export type MessageParam = ShownParam | (() => ShownParam);
type ShownParam = ParamValue | Message | readonly (ParamValue | Message)[];

export type MessageParamsArgument<K extends MessageKey> = [PlaceholdersOf<(typeof zh)[K]>] extends [
  never,
]
  ? []
  : [params: Record<PlaceholdersOf<(typeof zh)[K]>, MessageParam>];

/** The message `key` with `params`, to be said later by `render`. */
export function message<K extends MessageKey>(
  key: K,
  ...params: MessageParamsArgument<K>
): Message {
  return params[0] === undefined ? { key } : { key, params: params[0] };
}

/** Whether a value is a `Message` (a parameter may be one). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'key' in value && !Array.isArray(value);
}

/** Names from the document, each in the language's quotation marks (joined when rendered). */
export function quoted(names: readonly string[]): Message[] {
  return names.map((text) => message('common.quoted', { text }));
}

const MAX_LISTED = 10;

/** The message in `lang`, its parameters said in the same language. */
export function render(lang: Lang, said: Message): string {
  const parts = templateParts(lang, said.key);
  const params = said.params;
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params?.[name];
    text +=
      (value === undefined ? `{${name}}` : renderParam(lang, value)) + (parts[i + 1] as string);
  }
  return text;
}

function renderParam(lang: Lang, param: MessageParam): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return String(param);
  const value = typeof param === 'function' ? param() : param;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (!Array.isArray(value)) return render(lang, value as Message);
  const items = value as readonly (ParamValue | Message)[];
  const separator = SEPARATORS[lang];
  let listed = '';
  const shown = Math.min(items.length, MAX_LISTED);
  for (let i = 0; i < shown; i++) {
    const item = items[i] as ParamValue | Message;
    listed += (i === 0 ? '' : separator) + (typeof item === 'object' ? render(lang, item) : item);
  }
  if (items.length <= MAX_LISTED) return listed;
  return t(lang, 'common.listCut', { listed, count: items.length });
}

const SEPARATORS: Record<Lang, string> = {
  zh: t('zh', 'common.nameSeparator'),
  en: t('en', 'common.nameSeparator'),
};

/**
 * An error whose text is a message: `message` is the Chinese text (what a log or an unprepared
 * caller sees), `text(lang)` the text in the face's language.
 */
export class LocalizedError extends Error {
  constructor(readonly said: Message) {
    super(render('zh', said));
    this.name = 'LocalizedError';
  }

  text(lang: Lang): string {
    return render(lang, this.said);
  }
}
