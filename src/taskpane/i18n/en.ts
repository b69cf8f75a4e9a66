import { stringsOf, type Strings } from './index';

/** The pane in English (its words are in src/core/i18n/en.ts). */
export const en: Strings = stringsOf('en');
