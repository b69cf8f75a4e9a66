const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of the 1900 date system for every date from 1900-03-01 on. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01: day 0 of the 1904 date system. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * `2026-11-29` as the serial number a workbook stores, in its own date system; null for a date
 * it cannot hold (before 1900-01-01, or before 1904-01-01 in a 1904 workbook). Excel counts a
 * 29 February 1900 that never was, so dates before March 1900 are one less than the day count.
 */
export function dateSerial(iso: string, date1904: boolean): number | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d);
  if (date1904) {
    const n = Math.round((t - EPOCH_1904) / DAY_MS);
    return n < 0 ? null : n;
  }
  const n = Math.round((t - EPOCH_1900) / DAY_MS);
  if (n >= 61) return n;
  return n - 1 >= 1 ? n - 1 : null;
}
