import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../../src/core/list/deadline';

/** A time from an event the list does not date: how long, in the numerals lists use, never a date. */
describe('relative deadlines read their amount as the numbering does', () => {
  it.each([
    ['90天内', 90, 'day'],
    ['三个月内', 3, 'month'],
    ['两个月内', 2, 'month'],
    ['十五日内', 15, 'day'],
    ['二十天内', 20, 'day'],
    ['半年内', 6, 'month'],
  ] as const)('%s → %s %s', (text, amount, unit) => {
    const { deadline } = readDeadline(text);
    expect(deadline).toMatchObject({ kind: 'relative', date: null, relative: { amount, unit } });
  });

  it('takes no amount from a string of numerals that is not a number', () => {
    expect(readDeadline('十十天内').deadline.kind).not.toBe('relative');
  });
});
