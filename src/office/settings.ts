import { languageOfTag, t } from '../core/i18n';
import { DUE_SOON_DAYS, STALE_DAYS } from '../core/settings';
import { RectifyError } from './errors';
import type { OfficeLike } from './host';
import type { Settings } from './operations';

/** Settings travel with the workbook, in its document settings, under this key. */
export const SETTINGS_KEY = 'rectify.settings';

export const DEFAULT_SETTINGS: Settings = { dueSoonDays: DUE_SOON_DAYS, staleDays: STALE_DAYS };

function validDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3650;
}

/** What the workbook holds, or the defaults for anything missing or unreadable. */
export function readSettings(office: OfficeLike): Settings {
  const stored = office.context.document.settings.get(SETTINGS_KEY) as Partial<Settings> | null;
  return {
    dueSoonDays: validDays(stored?.dueSoonDays) ? stored.dueSoonDays : DEFAULT_SETTINGS.dueSoonDays,
    staleDays: validDays(stored?.staleDays) ? stored.staleDays : DEFAULT_SETTINGS.staleDays,
  };
}

export async function writeSettings(office: OfficeLike, settings: Settings): Promise<void> {
  for (const [key, value] of Object.entries(settings))
    if (!validDays(value))
      throw new RectifyError(
        `设置“${key}”应为 1 至 3650 之间的整数天数，收到 ${String(value)} (setting ${key} must be a whole number of days from 1 to 3650)`,
      );
  const store = office.context.document.settings;
  const previous = store.get(SETTINGS_KEY);
  store.set(SETTINGS_KEY, { dueSoonDays: settings.dueSoonDays, staleDays: settings.staleDays });
  await new Promise<void>((resolve, reject) => {
    store.saveAsync((result) => {
      // Compared by value: the Office.AsyncResultStatus enum exists only at run time.
      if (String(result.status) !== 'failed') {
        resolve();
        return;
      }
      // All or nothing: the settings in memory go back to what the document holds.
      store.set(SETTINGS_KEY, previous);
      reject(
        new RectifyError(
          t(languageOfTag(office.context.displayLanguage), 'office.settings.saveFailed', {
            reason: result.error?.message ?? '',
          }),
        ),
      );
    });
  });
}
