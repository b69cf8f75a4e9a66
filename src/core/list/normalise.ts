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

function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function canonicalise(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code >= FULL_WIDTH_DIGIT_0 && code <= FULL_WIDTH_DIGIT_0 + 9) {
      out += String.fromCharCode(48 + code - FULL_WIDTH_DIGIT_0);
    } else if (ch === ',') {
      // Keep thousands separators (1,900); elsewhere a half-width comma is a Chinese comma.
      const next = text[i + 1];
      const nextDigit = isAsciiDigit(next) || (next !== undefined && isFullWidthDigit(next));
      out += isAsciiDigit(out[out.length - 1]) && nextDigit ? ',' : '，';
    } else {
      out += PUNCTUATION[ch] ?? ch;
    }
  }
  return out;
}

function isFullWidthDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= FULL_WIDTH_DIGIT_0 && code <= FULL_WIDTH_DIGIT_0 + 9;
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
const EDGE_WHITESPACE = /^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/gu;

export function trimSpace(text: string): string {
  return text.replace(EDGE_WHITESPACE, '');
}
