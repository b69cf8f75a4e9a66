import { numeralValue } from './numerals';

/**
 * The numbering styles of the genre, and which of them numbers the items. Counties number items
 * `一、`, `（一）`, `1.`/`1、`/`1．` or `第一条`; measures `1．`, `（1）`, `①`; a heading above the items
 * (`一、关于水环境方面`) groups them into sections. The item level is the style to which the labels
 * (`整改目标：`, `牵头单位：` …) attach, whatever numeral it uses.
 */
export type NumberStyle = 'article' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled';

/** Outermost first: a style earlier in this list stands above one later. */
export const STYLE_RANK: readonly NumberStyle[] = [
  'article',
  'cn',
  'paren-cn',
  'arabic',
  'paren-arabic',
  'circled',
];

export interface Heading {
  readonly style: NumberStyle;
  /** The numbering as written, e.g. `（一）`, `1．`, `第三条`. */
  readonly prefix: string;
  readonly n: number;
  /** The numeral as written (`三`, `12`, `③`). */
  readonly numeral: string;
  readonly rest: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: readonly [NumberStyle, RegExp][] = [
  ['article', new RegExp(`^第\\s*(${CN})\\s*条\\s*[：、．.]?`, 'u')],
  ['cn', new RegExp(`^(${CN})\\s*[、．.]`, 'u')],
  ['paren-cn', new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、．.]?`, 'u')],
  // `1.5亿元` is a number, not a heading: a dot must not be followed by a digit.
  ['arabic', /^(\d{1,2})\s*(?:[．、]|\.(?!\d))/u],
  ['paren-arabic', /^[（(]\s*(\d{1,2})\s*[）)]\s*[、．.]?/u],
  ['circled', /^([①-⑳])/u],
];

export function headingOf(line: string): Heading | null {
  for (const [style, pattern] of PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const numeral = m[1] ?? '';
    const n =
      style === 'circled'
        ? numeral.charCodeAt(0) - 0x2460 + 1
        : /^\d+$/u.test(numeral)
          ? Number(numeral)
          : numeralValue(numeral);
    if (n === null || n < 1) continue;
    return { style, prefix: m[0], n, numeral, rest: line.slice(m[0].length) };
  }
  return null;
}

/**
 * The item style of a document: the style whose headings the most label lines follow (each label
 * counts for the nearest heading above it). Items carry five or six labels each; sections above
 * them carry none, measures below at most a trailing 整改时限. A tie goes to the style seen first;
 * a document without labels keeps `一、`.
 */
export function itemStyleOf(
  lines: readonly string[],
  isLabel: (line: string) => boolean,
): NumberStyle {
  const labelled = new Map<NumberStyle, number>();
  const firstSeen = new Map<NumberStyle, number>();
  let last: NumberStyle | null = null;
  lines.forEach((line, index) => {
    const heading = headingOf(line);
    if (heading) {
      if (!firstSeen.has(heading.style)) firstSeen.set(heading.style, index);
      last = heading.style;
    } else if (last !== null && isLabel(line)) {
      labelled.set(last, (labelled.get(last) ?? 0) + 1);
    }
  });
  let best: NumberStyle = 'cn';
  let bestCount = 0;
  for (const [style, count] of labelled) {
    const earlier = (firstSeen.get(style) ?? Infinity) < (firstSeen.get(best) ?? Infinity);
    if (count > bestCount || (count === bestCount && earlier)) {
      best = style;
      bestCount = count;
    }
  }
  return best;
}

export function ranksAbove(a: NumberStyle, b: NumberStyle): boolean {
  return STYLE_RANK.indexOf(a) < STYLE_RANK.indexOf(b);
}
