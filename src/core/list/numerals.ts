/**
 * Chinese numerals as used for item numbers (一 … 九十九) and group headings （一）.
 * Only the forms that occur in numbering are accepted, so that ordinary words are not
 * mistaken for numbers: 一二 or 十十 are not numerals.
 */
const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The characters a numbering numeral is made of (for regular expressions). */
export const NUMERAL_CHARS = '一二三四五六七八九十';

/** 1 … 99 for a well-formed numeral, otherwise null. */
export function numeralValue(numeral: string): number | null {
  const chars = [...numeral];
  if (chars.length === 1) {
    if (chars[0] === '十') return 10;
    return DIGITS[chars[0] ?? ''] ?? null;
  }
  if (chars.length === 2) {
    const [a = '', b = ''] = chars;
    if (a === '十' && DIGITS[b] !== undefined) return 10 + DIGITS[b];
    if (b === '十' && DIGITS[a] !== undefined && DIGITS[a] > 1) return DIGITS[a] * 10;
    return null;
  }
  if (chars.length === 3) {
    const [a = '', b = '', c = ''] = chars;
    const tens = DIGITS[a];
    const ones = DIGITS[c];
    if (b === '十' && tens !== undefined && tens > 1 && ones !== undefined) return tens * 10 + ones;
    return null;
  }
  return null;
}

const NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The numeral for 1 … 99 (`25` → `二十五`), used in messages. */
export function numeralOf(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${NAMES[tens]}十`;
  return tensPart + (NAMES[ones] ?? '');
}
