import type { WorkbookSnapshot } from './grid';
import { cellText } from './ledger/cell-text';
import { SHEETS } from './ledger/model';

/**
 * The reminder windows, kept in the workbook where every program sees them: labelled cells of the
 * owned sheet 说明. The 台账's conditional formats refer to those cells, so typing another number
 * recolours the rows in Excel, WPS and LibreOffice with no add-in. Every face (pane, add-in,
 * command line) checks a number against the one range here.
 */
export interface Settings {
  /** Days after today a deadline still counts as due soon (amber). */
  readonly dueSoonDays: number;
  /** Days without an update before an unfinished row is stale. */
  readonly staleDays: number;
}

export type SettingKey = keyof Settings;

export interface SettingSpec {
  /** The label beside the cell on 说明 (what a person reads and what `readSettings` looks for). */
  readonly label: string;
  readonly defaultDays: number;
  readonly min: number;
  readonly max: number;
  /** The cell on 说明 that holds the number (fixed: the conditional formats refer to it). */
  readonly cell: string;
}

/** Sheet, cells, labels, defaults and the one range of both settings. */
export const SETTINGS_SHEET = SHEETS.readme;

export const SETTING_SPECS: Readonly<Record<SettingKey, SettingSpec>> = {
  dueSoonDays: { label: '临期提醒天数', defaultDays: 30, min: 1, max: 365, cell: 'B5' },
  staleDays: { label: '未更新提醒天数', defaultDays: 90, min: 1, max: 3650, cell: 'B6' },
};

export const SETTING_KEYS: readonly SettingKey[] = ['dueSoonDays', 'staleDays'];

export const DEFAULT_SETTINGS: Settings = {
  dueSoonDays: SETTING_SPECS.dueSoonDays.defaultDays,
  staleDays: SETTING_SPECS.staleDays.defaultDays,
};

export const DUE_SOON_DAYS = DEFAULT_SETTINGS.dueSoonDays;
export const STALE_DAYS = DEFAULT_SETTINGS.staleDays;

/** Whether a number is a valid value of the setting: a whole number of days within its range. */
export function isValidSetting(key: SettingKey, days: unknown): days is number {
  const { min, max } = SETTING_SPECS[key];
  return typeof days === 'number' && Number.isInteger(days) && days >= min && days <= max;
}

/** A typed number of days (`60`, ` 60 `, `６０`), or null when it is not one within range. */
export function parseSetting(key: SettingKey, text: string): number | null {
  const normal = text.normalize('NFKC').trim();
  if (!/^\d{1,6}$/.test(normal)) return null;
  const days = Number(normal);
  return isValidSetting(key, days) ? days : null;
}

/** Zero-based row and column of an A1 address such as `B5`. */
function position(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  let column = 0;
  for (const ch of m[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

export const SETTING_POSITIONS: Readonly<Record<SettingKey, { row: number; column: number }>> = {
  dueSoonDays: position(SETTING_SPECS.dueSoonDays.cell),
  staleDays: position(SETTING_SPECS.staleDays.cell),
};

/** The absolute reference a formula uses for a setting's cell: `'说明'!$B$5`. */
export function settingReference(key: SettingKey): string {
  const m = /^([A-Z]+)(\d+)$/.exec(SETTING_SPECS[key].cell) as RegExpExecArray;
  return `'${SETTINGS_SHEET.replace(/'/g, "''")}'!$${m[1]}$${m[2]}`;
}

export interface SettingsReading {
  readonly settings: Settings;
  /** A setting whose cell holds something that is not a valid number (its default is used). */
  readonly invalid: readonly { readonly key: SettingKey; readonly found: string }[];
  /** Whether 说明 holds the settings at all (an older workbook may not: defaults are used). */
  readonly found: boolean;
}

/**
 * The settings a workbook holds: the number beside each label on 说明 (looked up by label, so a
 * row moved by the user still counts), the default for a missing or invalid one.
 */
export function readSettings(snapshot: WorkbookSnapshot): SettingsReading {
  const grid = snapshot.grid(SETTINGS_SHEET);
  const invalid: { key: SettingKey; found: string }[] = [];
  let found = false;
  const values: Record<SettingKey, number> = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const label = SETTING_SPECS[key].label;
    const row = grid?.rows.find((r) => typeof r[0] === 'string' && r[0].trim() === label);
    if (row === undefined) continue;
    found = true;
    const cell = row[1] ?? null;
    const days =
      typeof cell === 'number' ? cell : typeof cell === 'string' ? parseSetting(key, cell) : null;
    if (isValidSetting(key, days)) values[key] = days;
    else invalid.push({ key, found: cellText(cell) });
  }
  return { settings: values, invalid, found };
}
