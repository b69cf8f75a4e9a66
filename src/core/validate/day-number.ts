import type { IsoDate } from '../dates';

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, by arithmetic on its characters. The rules compare
 * dates for every row of a ledger, so this avoids `Date` objects and string splitting; it agrees
 * with `daysBetween` from dates.ts (tested).
 */
export function dayNumber(date: IsoDate): number {
  const y = num(date, 0, 4);
  const m = num(date, 5, 2);
  const d = num(date, 8, 2);
  // Days from civil (Howard Hinnant's algorithm).
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function num(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}
