import { languageOfTag, t, translator, type Lang, type Translate } from '../../core/i18n';

/**
 * The pane's language, chosen once from Office's display language: the catalogue's translator
 * bound to it (src/core/i18n holds every word), plus the few texts boot.tsx shows itself.
 */
export interface Strings {
  readonly language: Lang;
  /** For `<html lang>` and Fluent's provider. */
  readonly lang: 'zh-CN' | 'en';
  readonly t: Translate;
  readonly appTitle: string;
  readonly host: { readonly starting: string };
}

export function stringsOf(language: Lang): Strings {
  return {
    language,
    lang: language === 'en' ? 'en' : 'zh-CN',
    t: translator(language),
    appTitle: t(language, 'common.appName'),
    host: { starting: t(language, 'pane.host.starting') },
  };
}

/** Chinese first; English only when Office says its display language is English. */
export function stringsFor(displayLanguage: string | null | undefined): Strings {
  return stringsOf(languageOfTag(displayLanguage));
}
