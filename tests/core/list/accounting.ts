import { LABEL_PATTERN } from '../../../src/core/list/labels';
import { canonicalise, WHITESPACE } from '../../../src/core/list/normalise';
import type { TracedReading } from '../../../src/core/list/parse';
import type { ListItem, RectificationList } from '../../../src/core/list/schema';

/**
 * The lossless property, checked from outside: every non-whitespace character of the (canonical)
 * document is in exactly one field, in the text a diagnostic dropped, or in a structural token
 * (label, numbering, list separator, 等) — and each structural token really has that shape.
 * Counting characters as a multiset catches both loss and duplication.
 */
const spaceCache = new Map<number, boolean>();

function isSpace(code: number, ch: string): boolean {
  let space = spaceCache.get(code);
  if (space === undefined) {
    space = WHITESPACE.test(ch);
    spaceCache.set(code, space);
  }
  return space;
}

function countChars(into: Map<number, number>, text: string, sign: 1 | -1): void {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isSpace(code, ch)) continue;
    into.set(code, (into.get(code) ?? 0) + sign);
  }
}

/** Each section heading once, however many items stand under it. */
function sectionTexts(list: RectificationList): string[] {
  const out: string[] = [];
  let previous: string | null | undefined = null;
  for (const item of list.items) {
    const section = item.section ?? null;
    if (section !== null && section !== previous) out.push(section);
    previous = section;
  }
  return out;
}

function fieldTexts(list: RectificationList): string[] {
  return [
    list.title,
    ...sectionTexts(list),
    ...list.items.flatMap((item) => [
      item.problem,
      item.goal,
      ...item.leadUnits,
      ...item.coopUnits,
      ...item.leaders,
      ...item.measures.flatMap((m) => [
        m.text,
        ...(m.leadUnits ?? []),
        ...(m.coopUnits ?? []),
        ...(m.leaders ?? []),
      ]),
      item.deadline.text,
    ]),
    ...list.diagnostics.flatMap((d) => (d.dropped === undefined ? [] : [d.dropped])),
  ];
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const SHAPES: Record<string, RegExp> = {
  attachment: /^附\s*件\s*\d{0,2}\s*：?$/u,
  'item-number': new RegExp(
    `^(?:${NUMERAL}\\s*[、．.]|[（(]\\s*${NUMERAL}\\s*[）)]\\s*[、．.]?|第\\s*${NUMERAL}\\s*条\\s*[：、．.]?|\\d{1,2}\\s*[．、.]|[（(]\\s*\\d{1,2}\\s*[）)]\\s*[、．.]?|[①-⑳])$`,
    'u',
  ),
  'measure-number': new RegExp(
    `^(?:\\d{1,2}\\s*[．、.]|[（(]\\s*\\d{1,2}\\s*[）)]\\s*[、．.]?|[①-⑳]|${NUMERAL}是)$`,
    'u',
  ),
  'inline-role': /^(?:（|）|牵头负责|牵头|负责|配合|协办|参与|[、，；。,;\s]|等{1,2}|.{2,8}：)$/u,
  'group-number': new RegExp(`^（${NUMERAL}）$`, 'u'),
  separator: /^[、，；。,;\s\u200B-\u200D\u2060]$/u,
  etc: /^等{1,2}$/u,
};

/** Problems found; empty when the reading accounts for every character. */
export function losslessProblems(text: string, reading: TracedReading): string[] {
  const problems: string[] = [];
  const balance = new Map<number, number>();
  countChars(balance, canonicalise(text), 1);
  for (const field of fieldTexts(reading.list)) countChars(balance, field, -1);
  for (const token of reading.trace) {
    // A name copied from a measure onto its item is counted in both: give one back.
    if (token.kind === 'gathered') {
      countChars(balance, token.text, 1);
      continue;
    }
    countChars(balance, token.text, -1);
    if (token.kind === 'label') {
      const m = LABEL_PATTERN.exec(token.text);
      if (!m || m[0] !== token.text) problems.push(`not a label: ${token.text}`);
    } else if (token.kind === 'group-name') {
      const item = itemAt(reading.list.items, token.line);
      const used = item?.measures.some((m) => m.group === token.text);
      const empty = reading.list.diagnostics.some(
        (d) => d.line === token.line && d.code === 'empty-group',
      );
      if (!used && !empty) problems.push(`group name used nowhere: ${token.text}`);
    } else if (!SHAPES[token.kind]?.test(token.text)) {
      problems.push(`not a ${token.kind}: ${JSON.stringify(token.text)}`);
    }
  }
  for (const [code, n] of balance) {
    const ch = String.fromCodePoint(code);
    if (n > 0) problems.push(`lost ${n} × ${JSON.stringify(ch)}`);
    if (n < 0) problems.push(`invented ${-n} × ${JSON.stringify(ch)}`);
  }
  return problems;
}

function itemAt(items: readonly ListItem[], line: number): ListItem | undefined {
  return items.find((item) => item.lines[0] <= line && line <= item.lines[1]);
}
