import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidSheetName,
  leaderSheetNames,
  sheetNameKey,
} from '../../../src/core/summary/sheet-names';

describe('leader sheet names', () => {
  it('prefixes plain names unchanged', () => {
    expect(leaderSheetNames(['杨志慧', '周建武'])).toEqual(['汇总-杨志慧', '汇总-周建武']);
  });

  it('makes hostile names legal, distinct ignoring case, and the same on every run', () => {
    const hostile = [
      'a:b',
      'a/b',
      'a\\b',
      'a?b',
      'a*b',
      '[a]',
      "O'Brien'",
      "'''",
      'Abc',
      'aBC',
      'ＡＢＣ',
      '很长的名字'.repeat(10),
      '很长的名字'.repeat(10) + '乙',
      'x'.repeat(27) + '😀😀',
      'tab\there\nnewline',
      '\ud800lone',
      'History',
    ];
    const names = leaderSheetNames(hostile);
    expect(names).toEqual(leaderSheetNames(hostile));
    for (const name of names) expect(isValidSheetName(name), name).toBe(true);
    expect(new Set(names.map(sheetNameKey)).size).toBe(names.length);
    expect(names.slice(0, 11)).toEqual([
      '汇总-a_b',
      '汇总-a_b(2)',
      '汇总-a_b(3)',
      '汇总-a_b(4)',
      '汇总-a_b(5)',
      '汇总-_a_',
      "汇总-O'Brien",
      '汇总-_',
      '汇总-Abc',
      '汇总-aBC(2)',
      '汇总-ＡＢＣ(3)',
    ]);
    // Cut to 31 characters; the second long name gets a suffix that still fits.
    expect(names[11]).toBe('汇总-' + '很长的名字'.repeat(10).slice(0, 28));
    expect(names[12]).toBe('汇总-' + '很长的名字'.repeat(10).slice(0, 25) + '(2)');
    // An emoji is never cut in half.
    expect(names[13]).toBe('汇总-' + 'x'.repeat(27));
  });

  it('never takes a reserved name', () => {
    expect(leaderSheetNames(['张三'], ['汇总-张三'])).toEqual(['汇总-张三(2)']);
    expect(leaderSheetNames(['History', 'x'], [], '')).toEqual(['History(2)', 'x']);
  });

  it('gives legal, case-insensitively distinct names for any strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 30 }),
        (leaders) => {
          const names = leaderSheetNames(leaders);
          expect(names).toHaveLength(leaders.length);
          for (const name of names) expect(isValidSheetName(name), JSON.stringify(name)).toBe(true);
          expect(new Set(names.map(sheetNameKey)).size).toBe(names.length);
          expect(leaderSheetNames(leaders)).toEqual(names);
        },
      ),
      { numRuns: 300 },
    );
  });
});
