/** A leader sheet shows the latest line of 整改进展: checked by example and against its definition. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestProgress } from '../../../src/core/summary/measure-cells';

/** The definition: the last line that is not blank once trimmed, trimmed. */
function lastNonBlankLine(progress: string): string {
  const lines = progress
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines[lines.length - 1] ?? '';
}

describe('latestProgress', () => {
  it('gives the last non-blank line, trimmed', () => {
    expect(latestProgress('')).toBe('');
    expect(latestProgress('  \n\n \r\n')).toBe('');
    expect(latestProgress('11月1日 召开会议')).toBe('11月1日 召开会议');
    expect(latestProgress('11月1日 召开会议\n11月20日 完成整改  \n\n')).toBe('11月20日 完成整改');
    expect(latestProgress('第一行\r\n第二行\r\n')).toBe('第二行');
    expect(latestProgress('\n只有一行')).toBe('只有一行');
  });

  it('agrees with the definition on any text of lines, spaces and returns', () => {
    const piece = fc.constantFrom('a', '进', ' ', '\t', '\r', '\n', '\u3000');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(latestProgress(text)).toBe(lastNonBlankLine(text));
      }),
      { numRuns: 2000 },
    );
  });
});
