import { matchLabel, type FieldKey } from './labels';
import { NUMERAL_CHARS, numeralValue } from './numerals';

/**
 * What one trimmed, canonical line is. Each kind carries the structural prefix it consumed
 * (`prefix`) and the text that remains for a field (`rest`), so that nothing is lost between them.
 */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'furniture' }
  | { kind: 'attachment'; prefix: string }
  | { kind: 'item'; prefix: string; numeral: string; no: number; rest: string }
  | { kind: 'label'; prefix: string; field: FieldKey; rest: string }
  | { kind: 'text'; rest: string };

// Page numbers left by PDF conversion: — 3 —, －12－, - 3 -, 第 3 页, 第3页 共10页.
const FURNITURE = [
  /^[—－\-–―~～]+\s*\d{1,4}\s*[—－\-–―~～]+$/u,
  /^第\s*\d{1,4}\s*页(?:\s*[，/]?\s*共\s*\d{1,4}\s*页)?$/u,
];

const ATTACHMENT = /^附\s*件\s*\d{0,2}\s*：?$/u;

const ITEM_HEADING = new RegExp(`^([${NUMERAL_CHARS}]{1,3})\\s*[、．.]`, 'u');

export function isFurniture(line: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(line));
}

export function classifyLine(line: string): LineKind {
  if (line === '') return { kind: 'blank' };
  if (isFurniture(line)) return { kind: 'furniture' };
  const attachment = ATTACHMENT.exec(line);
  if (attachment) return { kind: 'attachment', prefix: attachment[0] };
  const heading = ITEM_HEADING.exec(line);
  if (heading) {
    const numeral = heading[1] ?? '';
    const no = numeralValue(numeral);
    if (no !== null) {
      return { kind: 'item', prefix: heading[0], numeral, no, rest: line.slice(heading[0].length) };
    }
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

/** A measure number at the start of a paragraph: `1．`, `1.`, `1、` (not a decimal like `1.5`). */
const MEASURE_NUMBER = /^(\d{1,2})\s*(?:[．、]|\.(?!\d))/u;

/** A group heading inside 整改措施: `（一）县发改局`. */
const GROUP_HEADING = new RegExp(`^（([${NUMERAL_CHARS}]{1,3})）`, 'u');

export type MeasureLine =
  | { kind: 'numbered'; prefix: string; n: number; rest: string }
  | { kind: 'group'; prefix: string; numeral: string; rest: string }
  | { kind: 'text'; rest: string };

export function classifyMeasureLine(line: string): MeasureLine {
  const numbered = MEASURE_NUMBER.exec(line);
  if (numbered) {
    return {
      kind: 'numbered',
      prefix: numbered[0],
      n: Number(numbered[1]),
      rest: line.slice(numbered[0].length),
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
