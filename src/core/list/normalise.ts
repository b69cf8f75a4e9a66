/**
 * Canonical form of a list document. Documents reach staff through Word, PDF and web pages, so the
 * same list arrives with full-width or half-width punctuation and digits. Every later step reads the
 * canonical form, and the fields hold it, so that all these variants give the same items.
 *
 * The mapping is one character to one character: columns keep their meaning, and nothing is added
 * or removed (the lossless test relies on this).
 */
const FULL_WIDTH_DIGIT_0 = 0xff10;

const PUNCTUATION: Readonly<Record<string, string>> = {
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

// Only the characters that change are visited, which keeps this fast on long documents.
const CHANGING = /[\uFF10-\uFF19:;()!?,]/gu;
const DIGIT = /[0-9\uFF10-\uFF19]/u;

export function canonicalise(text: string): string {
  return text.replace(CHANGING, (ch: string, offset: number) => {
    const code = ch.charCodeAt(0);
    if (code >= FULL_WIDTH_DIGIT_0) return String.fromCharCode(48 + code - FULL_WIDTH_DIGIT_0);
    if (ch !== ',') return PUNCTUATION[ch] ?? ch;
    // Keep thousands separators (1,900); elsewhere a half-width comma is a Chinese comma.
    const between = DIGIT.test(text[offset - 1] ?? '') && DIGIT.test(text[offset + 1] ?? '');
    return between ? ',' : '，';
  });
}

export interface SourceLine {
  /** 1-based line number in the document as given. */
  readonly no: number;
  /** The canonical line, without its line break. */
  readonly text: string;
}

/** Splits into canonical lines: any line ending (LF, CRLF, CR); a leading BOM is whitespace. */
export function sourceLines(text: string): SourceLine[] {
  return canonicalise(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ no: index + 1, text: line }));
}

/**
 * Whitespace as Word, PDF and web pages produce it: ASCII and full-width spaces, tabs, NBSP, the BOM,
 * zero-width spaces. JavaScript's \s covers all but the zero-width ones.
 */
export const WHITESPACE = /[\s\u200B-\u200D\u2060]/u;

function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // Fast path for the common case: no whitespace below U+0009 and nothing but CJK and text above.
  if (code > 0x20 && code < 0x7f) return false;
  return WHITESPACE.test(text[index] ?? '');
}

/** Trims whitespace (as above) at both ends; scanning by hand is much faster than /\s+$/. */
export function trimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
