import { z } from 'zod';

/** A calendar date with no time and no zone, as `YYYY-MM-DD`. "Today" is always passed in as one. */
export type IsoDate = string & { readonly __brand?: 'IsoDate' };

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): text is IsoDate {
  const m = ISO_PATTERN.exec(text);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'expected a real date as YYYY-MM-DD' }) as z.ZodType<IsoDate>;

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoFromParts(year, month, daysInMonth(year, month));
}

function toUtcMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(toUtcMs(date) + days * DAY_MS);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// Excel's 1900 date system: serial 25569 is 1970-01-01 (Excel counts the fictitious 1900-02-29).
const EXCEL_EPOCH_OFFSET = 25569;

export function isoFromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return null;
  const d = new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * DAY_MS);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function excelSerialFromIso(date: IsoDate): number {
  return toUtcMs(date) / DAY_MS + EXCEL_EPOCH_OFFSET;
}
