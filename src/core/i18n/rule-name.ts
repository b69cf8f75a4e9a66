import { t, type Lang, type MessageKey } from './translate';
import { zh } from './zh';

/** A validation rule's name for people (`rule.<code>` in the catalogue), or 其他问题 if it has none. */
export function ruleName(lang: Lang, code: string): string {
  const key = `rule.${code}`;
  return key in zh ? t(lang, key as MessageKey & `rule.${string}`) : t(lang, 'rule.other');
}
