import { DEFAULT_SETTINGS, SETTING_SPECS, type SettingKey } from '../../core/settings';

/** The defaults and ranges are the core's (src/core/settings.ts): one range, checked there. */
export { DEFAULT_SETTINGS };

/** Each setting's range, for the number inputs and their messages. */
export const SETTING_LIMITS: Readonly<Record<SettingKey, { min: number; max: number }>> = {
  dueSoonDays: { min: SETTING_SPECS.dueSoonDays.min, max: SETTING_SPECS.dueSoonDays.max },
  staleDays: { min: SETTING_SPECS.staleDays.min, max: SETTING_SPECS.staleDays.max },
};
