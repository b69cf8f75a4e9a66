import { describe, expect, it } from 'vitest';
import { parseListTraced } from '../../../src/core/list/parse';
import { losslessProblems } from './accounting';
import { SEED_TEXT } from './seed-fixture';
import {
  withAlternativeLabels,
  withBom,
  withBracketLabels,
  withCommaNumbering,
  withCrlf,
  withFullWidthDigits,
  withHalfWidthPunctuation,
  withIndent,
  withPageFurniture,
  withoutBlankLines,
} from './seed-variants';

function expectLossless(text: string): void {
  expect(losslessProblems(text, parseListTraced(text))).toEqual([]);
}

describe('lossless reading', () => {
  it('accounts for every character of the seed', () => {
    expectLossless(SEED_TEXT);
  });

  it('notices a character that went missing (the check can fail)', () => {
    const reading = parseListTraced(SEED_TEXT);
    const [first, ...rest] = reading.list.items;
    if (!first) throw new Error('seed has items');
    const damaged = {
      ...reading,
      list: { ...reading.list, items: [{ ...first, goal: first.goal.slice(1) }, ...rest] },
    };
    expect(losslessProblems(SEED_TEXT, damaged)).toEqual(['lost 1 × "对"']);
  });

  it('notices a structural token that is not structure', () => {
    const reading = parseListTraced(SEED_TEXT);
    const trace = [...reading.trace, { line: 1, kind: 'label' as const, text: '附' }];
    const problems = losslessProblems(`附${SEED_TEXT}`, { ...reading, trace });
    expect(problems).toContain('not a label: 附');
  });

  it.each([
    ['CRLF', withCrlf(SEED_TEXT)],
    ['BOM', withBom(SEED_TEXT)],
    ['no blank lines', withoutBlankLines(SEED_TEXT)],
    ['full-width indent', withIndent(SEED_TEXT)],
    ['half-width punctuation', withHalfWidthPunctuation(SEED_TEXT)],
    ['full-width digits', withFullWidthDigits(SEED_TEXT)],
    ['1、 numbering', withCommaNumbering(SEED_TEXT)],
    ['alternative labels', withAlternativeLabels(SEED_TEXT)],
    ['【】 labels', withBracketLabels(SEED_TEXT)],
    ['page furniture', withPageFurniture(SEED_TEXT).text],
  ])('accounts for every character of the %s variant', (_, text) => {
    expectLossless(text);
  });
});
