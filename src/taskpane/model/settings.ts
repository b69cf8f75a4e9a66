import type { Settings } from '../../office/operations';

/** Defaults agreed in the spec: due soon within 30 days, stale after 90 days without an update. */
export const DEFAULT_SETTINGS: Settings = { dueSoonDays: 30, staleDays: 90 };

export const SETTING_LIMITS = {
  dueSoonDays: { min: 1, max: 365 },
  staleDays: { min: 1, max: 3650 },
} as const;

/** A whole number of days within the limits, or null when the typed text is not one. */
export function parseDays(text: string, limits: { min: number; max: number }): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const days = Number(text);
  return days >= limits.min && days <= limits.max ? days : null;
}
