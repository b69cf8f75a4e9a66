import { en } from './en';
import { zh } from './zh';

/** The two languages the product speaks: Chinese first, English for an English UI or locale. */
export type Lang = 'zh' | 'en';

/** Every message key; the Chinese catalogue is the reference, English must match it (parity test). */
export type MessageKey = keyof typeof zh;

/** The names inside `{…}` in a template, as a union (never when there are none). */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

export type ParamValue = string | number;
export type ParamsOf<K extends MessageKey> = Record<PlaceholdersOf<(typeof zh)[K]>, ParamValue>;

/** `t(lang, key)` for a message without parameters, `t(lang, key, params)` for one with. */
export type ParamsArgument<K extends MessageKey> = [PlaceholdersOf<(typeof zh)[K]>] extends [never]
  ? []
  : [params: ParamsOf<K>];

/** Each language's catalogue: the same keys as Chinese, each a template with the same names. */
export type Catalogue = { readonly [K in MessageKey]: string };

const CATALOGUES: Record<Lang, Catalogue> = { zh, en };

/** The message `key` in `lang`, its `{name}` placeholders filled from `params`. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsArgument<K>): string {
  const values = params[0] as Record<string, ParamValue> | undefined;
  const parts = templateParts(lang, key);
  if (values === undefined || parts.length === 1) return CATALOGUES[lang][key];
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    text += (name in values ? String(values[name]) : `{${name}}`) + (parts[i + 1] as string);
  }
  return text;
}

const PARTS: Record<Lang, Map<MessageKey, readonly string[]>> = { zh: new Map(), en: new Map() };

/**
 * A template cut once into literal text and placeholder names, alternating (`['共 ', 'n', ' 条']`):
 * a large ledger renders a hundred thousand findings, and a regular expression per message cost
 * more than the checks (docs/performance.md).
 */
export function templateParts(lang: Lang, key: MessageKey): readonly string[] {
  let parts = PARTS[lang].get(key);
  if (parts === undefined) {
    parts = CATALOGUES[lang][key].split(/\{(\w+)\}/);
    PARTS[lang].set(key, parts);
  }
  return parts;
}

/** A translator bound to one language, for a face that chose its language once. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArgument<K>) => string;

export function translator(lang: Lang): Translate {
  return (key, ...params) => t(lang, key, ...params);
}

/** Names from the document joined the way each language lists them. */
export function joinNames(lang: Lang, names: readonly string[]): string {
  return names.join(t(lang, 'common.nameSeparator'));
}

/** Phrases joined into one sentence-like line. */
export function joinClauses(lang: Lang, parts: readonly string[]): string {
  return parts.join(t(lang, 'common.clauseSeparator'));
}

/** The placeholder names of a template, for the parity test and for checking catalogues. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/**
 * Every Chinese template must be one string literal (not `'a' + 'b'`, which TypeScript widens to
 * string): its placeholders are read from the literal type. This fails to compile otherwise.
 */
type WidenedKeys = { [K in MessageKey]: string extends (typeof zh)[K] ? K : never }[MessageKey];
export const EVERY_TEMPLATE_IS_LITERAL: [WidenedKeys] extends [never] ? true : WidenedKeys = true;
