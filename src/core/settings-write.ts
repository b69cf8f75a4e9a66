import { type Lang, t } from './i18n';
import type { WorkbookSnapshot } from './grid';
import {
  SETTINGS_SHEET,
  SETTING_KEYS,
  SETTING_POSITIONS,
  SETTING_SPECS,
  isValidSetting,
} from './settings';
import type { SettingKey, Settings } from './settings';

/** One cell a shell writes to store a setting: 0-based position on 说明 and the number. */
export interface SettingWrite {
  readonly key: SettingKey;
  readonly row: number;
  readonly column: number;
  readonly address: string;
  readonly days: number;
}

/** Why nothing is written, as a catalogue key with its parameters. */
export type SettingRefusal =
  | { readonly key: 'settings.noSheet'; readonly params: { readonly sheet: string } }
  | {
      readonly key: 'settings.invalid';
      readonly params: {
        readonly label: string;
        readonly min: number;
        readonly max: number;
        readonly found: string;
      };
    }
  | {
      readonly key: 'settings.moved';
      readonly params: { readonly sheet: string; readonly label: string; readonly cell: string };
    };

/** A refusal in the user's language. */
export function settingRefusalText(lang: Lang, refusal: SettingRefusal): string {
  switch (refusal.key) {
    case 'settings.noSheet':
      return t(lang, refusal.key, refusal.params);
    case 'settings.invalid':
      return t(lang, refusal.key, refusal.params);
    case 'settings.moved':
      return t(lang, refusal.key, refusal.params);
  }
}

/**
 * What saving settings writes into the workbook, decided here for every shell: the numbers go
 * into the fixed cells of 说明 the conditional formats refer to. Refused, with nothing written,
 * when 说明 is missing or not ours (`owned`), a number is out of range, or the label beside a
 * cell is gone (the user moved the rows: writing there could overwrite what they typed).
 */
export function planSettingWrites(
  snapshot: WorkbookSnapshot,
  owned: boolean,
  settings: Settings,
): { readonly writes: readonly SettingWrite[] } | { readonly refusal: SettingRefusal } {
  for (const key of SETTING_KEYS) {
    const { label, min, max } = SETTING_SPECS[key];
    const days: unknown = settings[key];
    if (!isValidSetting(key, days))
      return {
        refusal: { key: 'settings.invalid', params: { label, min, max, found: String(days) } },
      };
  }
  const grid = snapshot.grid(SETTINGS_SHEET);
  if (grid === null || !owned)
    return { refusal: { key: 'settings.noSheet', params: { sheet: SETTINGS_SHEET } } };
  const writes: SettingWrite[] = [];
  for (const key of SETTING_KEYS) {
    const { row, column } = SETTING_POSITIONS[key];
    const { label, cell } = SETTING_SPECS[key];
    const beside = grid.rows[row]?.[column - 1];
    if (typeof beside !== 'string' || beside.trim() !== label)
      return { refusal: { key: 'settings.moved', params: { sheet: SETTINGS_SHEET, label, cell } } };
    writes.push({ key, row, column, address: cell, days: settings[key] });
  }
  return { writes };
}
