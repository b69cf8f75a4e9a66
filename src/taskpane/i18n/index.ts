import { en } from './en';
import { zh, type Strings } from './zh';

export type { Strings };

/** Chinese first; English only when Office says its display language is English. */
export function stringsFor(displayLanguage: string | null | undefined): Strings {
  return displayLanguage?.toLowerCase().startsWith('en') ? en : zh;
}
