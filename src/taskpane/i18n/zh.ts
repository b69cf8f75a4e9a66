import { stringsOf, type Strings } from './index';

export type { Strings };

/** The pane in Chinese (its words are in src/core/i18n/zh.ts). */
export const zh: Strings = stringsOf('zh');
