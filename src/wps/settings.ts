import { RectifyError } from '../office/errors';
import type { Settings } from '../office/operations';
import { DEFAULT_SETTINGS } from '../office/settings';
import type { EtWorkbook } from './et-api';
import { definedNames } from './apply-plan';

/**
 * WPS has no document settings store like Office's: the two windows travel with the workbook as
 * workbook-level defined names holding a constant (`RECTIFY_SETTING_DUE_SOON_DAYS` = `=30`), which
 * Excel, WPS and ExcelJS all keep when saving. They are not ownership names (no RECTIFY_OWNED_).
 */
export const SETTING_NAMES = {
  dueSoonDays: 'RECTIFY_SETTING_DUE_SOON_DAYS',
  staleDays: 'RECTIFY_SETTING_STALE_DAYS',
} as const;

function validDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3650;
}

export function readSettings(book: EtWorkbook): Settings {
  const names = new Map(definedNames(book).map((n) => [n.name.toUpperCase(), n.reference]));
  const read = (key: keyof Settings) => {
    const value = Number(String(names.get(SETTING_NAMES[key]) ?? '').replace(/^=/, ''));
    return validDays(value) ? value : DEFAULT_SETTINGS[key];
  };
  return { dueSoonDays: read('dueSoonDays'), staleDays: read('staleDays') };
}

export function writeSettings(book: EtWorkbook, settings: Settings): void {
  for (const [key, value] of Object.entries(settings))
    if (!validDays(value))
      throw new RectifyError(
        `设置“${key}”应为 1 至 3650 之间的整数天数，收到 ${String(value)} (setting ${key} must be a whole number of days from 1 to 3650)`,
      );
  // Names.Add replaces an existing name's reference.
  book.Names.Add(SETTING_NAMES.dueSoonDays, `=${settings.dueSoonDays}`);
  book.Names.Add(SETTING_NAMES.staleDays, `=${settings.staleDays}`);
}
