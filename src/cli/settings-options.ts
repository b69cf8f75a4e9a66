import type { Command } from 'commander';
import type { Settings } from '../core/settings';
import { parseSetting, SETTING_SPECS, settingRangeText, type SettingKey } from '../core/settings';
import { CliError } from './errors';

/** The command-line flag of each setting. */
export const SETTING_FLAGS: Readonly<Record<SettingKey, string>> = {
  dueSoonDays: '--due-soon-days',
  staleDays: '--stale-days',
};

/** Adds `--due-soon-days <n>` / `--stale-days <n>` (as asked) to a command, with the one range. */
export function addSettingOptions(
  command: Command,
  keys: readonly SettingKey[],
  purpose: string,
): Command {
  for (const key of keys) {
    const { label, min, max, defaultDays } = SETTING_SPECS[key];
    command.option(
      `${SETTING_FLAGS[key]} <n>`,
      `${label}（${min}–${max}，${purpose}，默认 ${defaultDays}）(${key === 'dueSoonDays' ? 'days counted as due soon' : 'days without an update before a row is stale'})`,
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
      throw new CliError(
        `${SETTING_FLAGS[key]}：${settingRangeText(key, text, 'zh')} (${settingRangeText(key, text, 'en')})`,
      );
    }
    given[key] = days;
  }
  return given;
}
