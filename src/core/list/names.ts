import { WHITESPACE } from './normalise';

/**
 * Splits a list of units or leaders: `县委办、县政府办`, `县住建局（县人防办）`, `县水利局等`.
 * Separators inside brackets do not split (`县住建局（县人防办、县XX）` is one unit). A trailing 等
 * ("etc.") ends the list and is recorded as `openEnded`, not kept as part of the last name.
 */
export interface NameList {
  readonly names: string[];
  readonly openEnded: boolean;
  /** The separators and 等 consumed, for the lossless accounting. */
  readonly consumed: string[];
}

const SEPARATORS = new Set(['、', '，', '；', '。', ',', ';']);
const OPEN = '（【〔《“‘[';
const CLOSE = '）】〕》”’]';
const ETC = /(等等|等)$/u;

export function splitNames(text: string): NameList {
  const names: string[] = [];
  const consumed: string[] = [];
  let depth = 0;
  let current = '';
  const flush = () => {
    if (current !== '') names.push(current);
    current = '';
  };
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (SEPARATORS.has(ch) || WHITESPACE.test(ch))) {
      flush();
      consumed.push(ch);
    } else {
      current += ch;
    }
  }
  flush();
  let openEnded = false;
  const last = names[names.length - 1];
  if (last !== undefined) {
    const etc = ETC.exec(last);
    if (etc && etc.index > 0) {
      openEnded = true;
      names[names.length - 1] = last.slice(0, etc.index);
      consumed.push(etc[0]);
    } else if (etc && names.length > 1) {
      // `县水利局 等`: the 等 stands apart from the last name.
      openEnded = true;
      names.pop();
      consumed.push(etc[0]);
    }
  }
  return { names, openEnded, consumed };
}
