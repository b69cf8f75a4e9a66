import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  excelSerialFromIso,
  isIsoDate,
  isoFromExcelSerial,
  lastDayOfMonth,
} from '../../src/core/dates';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2022-12-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2022-13-01')).toBe(false);
    expect(isIsoDate('2022-1-01')).toBe(false);
  });

  it('takes the last day of a month', () => {
    expect(lastDayOfMonth(2022, 12)).toBe('2022-12-31');
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2023, 6)).toBe('2023-06-30');
  });

  it('counts days and adds them across months and leap years', () => {
    expect(daysBetween('2026-11-29', '2026-12-29')).toBe(30);
    expect(daysBetween('2025-12-31', '2026-11-29')).toBe(333);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-11-29', 30)).toBe('2026-12-29');
  });

  it('converts Excel serials both ways (1900 system)', () => {
    expect(excelSerialFromIso('2022-12-31')).toBe(44926);
    expect(isoFromExcelSerial(44926)).toBe('2022-12-31');
    expect(isoFromExcelSerial(44926.75)).toBe('2022-12-31');
    expect(isoFromExcelSerial(-1)).toBeNull();
  });
});
