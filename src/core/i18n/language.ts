import type { Lang } from './translate';

/**
 * The language for a locale or display-language tag (`en-US`, `en_GB.UTF-8`, `zh-CN`): English
 * when it starts with `en`, Chinese otherwise (the product is Chinese first).
 */
export function languageOfTag(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/**
 * The language of a command line from its environment, chosen once at start: the first of
 * LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set decides (the order gettext reads them in).
 */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (value) return languageOfTag(value);
  }
  return 'zh';
}
