import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoFromParts } from '../../../src/core/dates';
import { dayNumber } from '../../../src/core/validate/day-number';

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
  });

  it('agrees with daysBetween on any two real dates', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01'),
        // The day after must still be a four-digit-year IsoDate.
        max: new Date('9999-12-30'),
        noInvalidDate: true,
      })
      .map((d) => isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(dayNumber(b) - dayNumber(a)).toBe(daysBetween(a, b));
        expect(dayNumber(addDays(a, 1)) - dayNumber(a)).toBe(1);
      }),
    );
  });
});
