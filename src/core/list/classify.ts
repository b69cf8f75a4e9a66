import { matchLabel, type FieldKey } from './labels';
import { headingOf, ranksAbove, type NumberStyle } from './numbering';
import { NUMERAL_CHARS, numeralOf, numeralValue } from './numerals';

/**
 * What one trimmed, canonical line is. Each kind carries the structural prefix it consumed
 * (`prefix`) and the text that remains for a field (`rest`), so that nothing is lost between them.
 */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'furniture' }
  | { kind: 'attachment'; prefix: string }
  | { kind: 'item'; prefix: string; numeral: string; no: number; rest: string }
  /** A heading numbered above the item level (`一、关于水环境方面` over `（一）` items). */
  | { kind: 'section'; text: string }
  | { kind: 'label'; prefix: string; field: FieldKey; rest: string }
  | { kind: 'text'; rest: string };

// Page numbers left by PDF conversion: — 3 —, －12－, - 3 -, 第 3 页, 第3页 共10页.
const FURNITURE = [
  /^[—－\-–―~～]+\s*\d{1,4}\s*[—－\-–―~～]+$/u,
  /^第\s*\d{1,4}\s*页(?:\s*[，/]?\s*共\s*\d{1,4}\s*页)?$/u,
];

const ATTACHMENT = /^附\s*件\s*\d{0,2}\s*：?$/u;

export function isFurniture(line: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(line));
}

/** `itemStyle`: the numbering of the items (numbering.ts finds it; `一、` by default). */
export function classifyLine(line: string, itemStyle: NumberStyle = 'cn'): LineKind {
  if (line === '') return { kind: 'blank' };
  if (isFurniture(line)) return { kind: 'furniture' };
  const attachment = ATTACHMENT.exec(line);
  if (attachment) return { kind: 'attachment', prefix: attachment[0] };
  const heading = headingOf(line);
  if (heading && heading.style === itemStyle) {
    // Items keep a Chinese numeral whatever their style (`1.` is item 一), for messages and ledgers.
    const numeral = /^[一二三四五六七八九十]+$/u.test(heading.numeral)
      ? heading.numeral
      : numeralOf(heading.n);
    return { kind: 'item', prefix: heading.prefix, numeral, no: heading.n, rest: heading.rest };
  }
  if (heading && ranksAbove(heading.style, itemStyle) && matchLabel(line) === null) {
    return { kind: 'section', text: line };
  }
  const label = matchLabel(line);
  if (label) {
    return {
      kind: 'label',
      prefix: label.label,
      field: label.field,
      rest: line.slice(label.label.length),
    };
  }
  return { kind: 'text', rest: line };
}

/** A group heading inside 整改措施: `（一）县发改局`. */
const GROUP_HEADING = new RegExp(`^（([${NUMERAL_CHARS}]{1,3})）`, 'u');

/** `一是`, `二是` … opening a measure written as a sentence of the paragraph. */
export const ORDINAL_IS = /^([一二三四五六七八九十]{1,2})是/u;

export type MeasureLine =
  | { kind: 'numbered'; prefix: string; n: number; rest: string }
  | { kind: 'group'; prefix: string; numeral: string; rest: string }
  | { kind: 'text'; rest: string };

/**
 * A paragraph of 整改措施: a numbered measure (`1．`, `（1）`, `(1)`, `①`, `一是`), a unit group
 * heading `（一）县发改局`, or text continuing the measure before it.
 */
export function classifyMeasureLine(line: string): MeasureLine {
  const heading = headingOf(line);
  if (
    heading &&
    (heading.style === 'arabic' || heading.style === 'paren-arabic' || heading.style === 'circled')
  ) {
    return { kind: 'numbered', prefix: heading.prefix, n: heading.n, rest: heading.rest };
  }
  const ordinal = ORDINAL_IS.exec(line);
  const ordinalValue = ordinal ? numeralValue(ordinal[1] ?? '') : null;
  if (ordinal && ordinalValue !== null) {
    return {
      kind: 'numbered',
      prefix: ordinal[0],
      n: ordinalValue,
      rest: line.slice(ordinal[0].length),
    };
  }
  const group = GROUP_HEADING.exec(line);
  if (group && numeralValue(group[1] ?? '') !== null) {
    return {
      kind: 'group',
      prefix: group[0],
      numeral: group[1] ?? '',
      rest: line.slice(group[0].length),
    };
  }
  return { kind: 'text', rest: line };
}
