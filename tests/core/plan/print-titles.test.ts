import { describe, expect, it } from 'vitest';
import { absoluteRows } from '../../../src/core/plan/print-titles';

describe('absoluteRows', () => {
  it('gives every host the same absolute rows for print titles', () => {
    expect(absoluteRows('3:3')).toBe('$3:$3');
    expect(absoluteRows('1:2')).toBe('$1:$2');
    expect(absoluteRows('4')).toBe('$4:$4');
    expect(absoluteRows('$3:$3')).toBe('$3:$3');
    expect(absoluteRows('')).toBeNull();
    expect(absoluteRows(undefined)).toBeNull();
  });
});
