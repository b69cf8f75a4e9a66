import { describe, expect, it } from 'vitest';
import { LINE_POINTS, linesNeeded, rowHeightFor } from '../../../src/core/workbook/row-height';

describe('row heights for wrapped text', () => {
  it('counts CJK characters about twice as wide as Latin ones', () => {
    expect(linesNeeded('a'.repeat(18), 22)).toBe(1);
    expect(linesNeeded('字'.repeat(20), 22)).toBe(2);
    expect(linesNeeded('字'.repeat(100), 60)).toBe(4);
    expect(linesNeeded('一\n二\n三', 60)).toBe(3);
    expect(linesNeeded('', 60)).toBe(1);
    expect(linesNeeded('一\n\n', 60)).toBe(3);
  });

  it('takes a surrogate pair as one character, wide from U+20000 (CJK extension B) on', () => {
    expect(linesNeeded('😀'.repeat(18), 22)).toBe(1);
    expect(linesNeeded('𠀀'.repeat(11), 22)).toBe(1);
    expect(linesNeeded('𠀀'.repeat(12), 22)).toBe(2);
    // A lone surrogate counts as one narrow character.
    expect(linesNeeded('\ud83d'.repeat(19), 22)).toBe(1);
    expect(linesNeeded('\ud83d'.repeat(20), 22)).toBe(2);
  });

  it('grows a row only for columns that wrap, and keeps one-line rows at the default', () => {
    const columns = [{ width: 10 }, { width: 10, style: { wrap: true } }];
    expect(rowHeightFor([{ text: '字'.repeat(40) }, { text: '短' }], columns)).toBeNull();
    expect(rowHeightFor([null, { text: '字'.repeat(40) }], columns)).toBe(
      linesNeeded('字'.repeat(40), 10) * LINE_POINTS + 3,
    );
    expect(rowHeightFor([null, { text: '字'.repeat(100_000) }], columns)).toBe(409);
  });
});
