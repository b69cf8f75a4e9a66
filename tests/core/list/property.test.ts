import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListTraced } from '../../../src/core/list/parse';
import { rectificationListSchema } from '../../../src/core/list/schema';
import { losslessProblems } from './accounting';
import { SEED_TEXT } from './seed-fixture';

/**
 * Thousands of damaged documents: the parser must never throw, its output must satisfy the
 * schema, line numbers must point into the document, and no character may be lost or invented.
 */
const FRAGMENTS = [
  '一、',
  '二十五、',
  '九十九、',
  '十十、',
  '一百、',
  '（一）',
  '（二）县科工信局',
  '（三）',
  '1．',
  '2.',
  '3、',
  '12．',
  '1.5',
  '整改目标：',
  '【牵头单位】',
  '【配合单位】：',
  '配合单位:',
  '督办县领导：',
  '责任领导：',
  '整改措施：',
  '整改时限：',
  '完成时限:',
  '等',
  '等等',
  '、',
  '，',
  '。',
  '；',
  '— 3 —',
  '－ 12 －',
  '第 3 页',
  '附件',
  '附件2：',
  '2023年12月31日前',
  '于2022年12月底前',
  '确保2023年',
  '（2022—2025年）',
  '2005年以来',
  '到2025年',
  '0000年13月',
  '2023年2月30日前',
  '长期坚持',
  '立即整改',
  '（已完成整改并上报销号）',
  '\r\n',
  '\n',
  '\n\n',
  '\r',
  '\u3000',
  '\uFEFF',
  ' ',
  '\t',
  '\u200B',
  '１２',
  '(',
  ')',
  ':',
  ',',
  '1,900',
  '【',
  '】',
  '县住建局（县人防办、县XX）',
  // Other house styles: numbering, labels, deadlines, units in parentheses.
  '一、关于水环境方面',
  '（十）',
  '第一条 ',
  '第十二条',
  '①',
  '⑳',
  '(1)',
  '（2）',
  '一是',
  '二是',
  '主责单位：',
  '【时限要求】',
  '包案领导　',
  '责任单位:',
  '具体措施',
  '目标要求：',
  '6月底前',
  '年底前',
  '90天内',
  '3个月内',
  '分阶段推进，2022年6月底前完成，2023年底前',
  '（县住建局牵头，县水利局、县财政局配合，责任领导：吴某）',
  '（责任单位：县林业局）',
  '已办结',
  '已销号',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate-line'; at: number }
  | { op: 'drop-line'; at: number }
  | { op: 'swap-lines'; a: number; b: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('drop-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
);

function apply(text: string, m: Mutation): string {
  if (m.op === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  if (m.op === 'delete') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + m.length);
  }
  const lines = text.split('\n');
  if (m.op === 'duplicate-line') {
    const at = m.at % lines.length;
    lines.splice(at, 0, lines[at] ?? '');
  } else if (m.op === 'drop-line') {
    lines.splice(m.at % lines.length, 1);
  } else {
    const a = m.a % lines.length;
    const b = m.b % lines.length;
    [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
  }
  return lines.join('\n');
}

function checkReading(text: string): void {
  const reading = parseListTraced(text);
  rectificationListSchema.parse(reading.list);
  const lineCount = text.split(/\r\n|\r|\n/u).length;
  for (const item of reading.list.items) {
    expect(item.lines[0]).toBeLessThanOrEqual(item.lines[1]);
    expect(item.lines[1]).toBeLessThanOrEqual(lineCount);
  }
  for (const d of reading.list.diagnostics) {
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.message).toMatch(/^(第 \d+ 行|全文)：/u);
  }
  expect(losslessProblems(text, reading)).toEqual([]);
}

describe('parseList on mutated documents (fast-check)', () => {
  it('never throws and never loses a character: mutated seed', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        checkReading(mutations.reduce(apply, SEED_TEXT));
      }),
      { numRuns: 1000 },
    );
  }, 180_000);

  it('never throws and never loses a character: documents built from fragments', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        checkReading(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  }, 180_000);

  it('never throws and never loses a character: arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkReading(text);
      }),
      { numRuns: 2000 },
    );
  }, 180_000);
});
