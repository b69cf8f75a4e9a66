import type { Message } from './message';
import { t, type Lang, type MessageKey } from './translate';
import { zh } from './zh';

/** A validation rule's name as a message: `rule.<code>` in the catalogue, or 其他问题 if it has none. */
export function ruleNameMessage(code: string): Message {
  const key = `rule.${code}`;
  return { key: key in zh ? (key as MessageKey) : 'rule.other' };
}

/** A validation rule's name for people (`rule.<code>` in the catalogue), or 其他问题 if it has none. */
export function ruleName(lang: Lang, code: string): string {
  return t(lang, ruleNameMessage(code).key as MessageKey & `rule.${string}`);
}
