import type { Command } from 'commander';
import type { Settings } from '../core/settings';
import { parseSetting, SETTING_SPECS, type SettingKey } from '../core/settings';
import { message, t, type Lang, type MessageKey } from '../core/i18n';
import { CliError } from './errors';

/** The command-line flag of each setting. */
export const SETTING_FLAGS: Readonly<Record<SettingKey, string>> = {
  dueSoonDays: '--due-soon-days',
  staleDays: '--stale-days',
};

/** Why a command takes the settings flags, said after each flag's range. */
export type SettingPurpose =
  'cli.setting.forWorkbook' | 'cli.setting.forValidate' | 'cli.setting.forSummarize';

const OPTION_TEXT = {
  dueSoonDays: 'cli.setting.dueSoonDays',
  staleDays: 'cli.setting.staleDays',
} as const satisfies Record<SettingKey, MessageKey>;

/**
 * Adds `--due-soon-days <n>` / `--stale-days <n>` (as asked) to a command, with the one range, in
 * the program's language.
 */
export function addSettingOptions(
  command: Command,
  keys: readonly SettingKey[],
  purpose: SettingPurpose,
  lang: Lang,
): Command {
  for (const key of keys) {
    const { min, max, defaultDays } = SETTING_SPECS[key];
    command.option(
      `${SETTING_FLAGS[key]} <n>`,
      t(lang, OPTION_TEXT[key], { min, max, purpose: t(lang, purpose), days: defaultDays }),
    );
  }
  return command;
}

/** The settings given on the command line (only those given), checked against the one range. */
export function settingsFromOptions(
  options: Partial<Record<SettingKey, string>>,
): Partial<Settings> {
  const given: { -readonly [K in SettingKey]?: number } = {};
  for (const key of Object.keys(SETTING_FLAGS) as SettingKey[]) {
    const text = options[key];
    if (text === undefined) continue;
    const days = parseSetting(key, text);
    if (days === null) {
      const { label, min, max } = SETTING_SPECS[key];
      throw new CliError(
        message('cli.setting.invalid', { flag: SETTING_FLAGS[key], label, min, max, found: text }),
      );
    }
    given[key] = days;
  }
  return given;
}
