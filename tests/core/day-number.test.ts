import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, isoFromParts } from '../../src/core/dates';

/** The calendar as the JavaScript engine knows it: an oracle independent of dates.ts. */
const utcDays = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
};

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
  });

  it('agrees with the engine calendar on any two real dates', () => {
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
        expect(dayNumber(a)).toBe(utcDays(a));
        expect(daysBetween(a, b)).toBe(utcDays(b) - utcDays(a));
        expect(dayNumber(addDays(a, 1)) - dayNumber(a)).toBe(1);
      }),
    );
  });
});
