import { describe, expect, it } from 'vitest';
import { numeralOf, numeralValue } from '../../../src/core/list/numerals';

describe('Chinese numerals for item numbers', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十五', 25],
    ['九十', 90],
    ['九十九', 99],
  ])('%s is %i, and back', (numeral, value) => {
    expect(numeralValue(numeral)).toBe(value);
    expect(numeralOf(value)).toBe(numeral);
  });

  it.each(['', '零', '一十', '十十', '一二', '二十十', '十二十', '一百', '九十九九', 'a'])(
    'rejects %j',
    (text) => {
      expect(numeralValue(text)).toBeNull();
    },
  );

  it('round-trips every number from 1 to 99', () => {
    for (let n = 1; n <= 99; n++) expect(numeralValue(numeralOf(n))).toBe(n);
  });
});
