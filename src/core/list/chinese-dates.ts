import { isRealDate, isoFromParts, lastDayOfMonth, type IsoDate } from '../dates';

/**
 * Dates as the genre writes them, in canonical text (ASCII digits): `2022年12月31日`,
 * `2023年6月底`, `2023年12月`, `2022年底`, `2019年年底`, `2025年`.
 */
export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  readonly index: number;
  /** The phrase as written, e.g. `2023年12月底`. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** The last day the phrase covers (month → its last day, year → 31 December); null if unreal. */
  readonly date: IsoDate | null;
}

const DATE_PHRASE =
  /(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号]|\s*(?:底|末))?|\s*年?(?:底|末))?/gu;

export function findDates(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  if (!text.includes('年')) return mentions;
  for (const m of text.matchAll(DATE_PHRASE)) {
    // A year is four digits on its own, not the tail of a longer number (12025年).
    if (m.index > 0 && /\d/u.test(text[m.index - 1] ?? '')) continue;
    const year = Number(m[1]);
    const month = m[2] === undefined ? null : Number(m[2]);
    const day = m[3] === undefined ? null : Number(m[3]);
    let precision: DatePrecision;
    let date: IsoDate | null;
    if (month !== null && day !== null) {
      precision = 'day';
      date = isRealDate(year, month, day) ? isoFromParts(year, month, day) : null;
    } else if (month !== null) {
      precision = 'month';
      date = isRealDate(year, month, 1) ? lastDayOfMonth(year, month) : null;
    } else {
      precision = 'year';
      date = isRealDate(year, 12, 31) ? isoFromParts(year, 12, 31) : null;
    }
    mentions.push({ index: m.index, text: m[0], precision, date });
  }
  return mentions;
}

/**
 * The few characters after a mention, enough for the markers read here (`—`, `以来`, `前` …).
 * A window rather than the whole rest, so that a long text with many dates stays linear.
 */
export function textAfter(text: string, mention: DateMention, length = 8): string {
  const end = mention.index + mention.text.length;
  return text.slice(end, end + length);
}

/** The few characters before a mention (see textAfter). */
export function textBefore(text: string, mention: DateMention, length = 4): string {
  return text.slice(Math.max(0, mention.index - length), mention.index);
}

/** Part of a range such as `（2022—2025年）` or `2019年至2021年`: a span, never a deadline. */
export function isInRange(text: string, mention: DateMention): boolean {
  return (
    /[—－\-–~～至]\s*$/u.test(textBefore(text, mention, 2)) ||
    /^\s*[—－\-–~～至]/u.test(textAfter(text, mention))
  );
}

/** A starting point, not an end: `2005年以来`, `2020年起`, `2021年以后`. */
export function isStartingPoint(text: string, mention: DateMention): boolean {
  return /^\s*(?:以来|起|以后|之后|开始|至今|期间)/u.test(textAfter(text, mention));
}
