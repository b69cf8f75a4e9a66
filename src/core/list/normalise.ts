/**
 * Canonical form of a list document. Documents reach staff through Word, PDF and web pages, so the
 * same list arrives with full-width or half-width punctuation and digits. Every later step reads the
 * canonical form, and the fields hold it, so that all these variants give the same items:
 *   - full-width digits become ASCII digits (`２０２２年` → `2022年`);
 *   - half-width `:` `;` `,` `!` `?` in Chinese text become full-width (`牵头单位:` → `牵头单位：`);
 *     "in Chinese text" means the nearest non-space character on either side is a wide (CJK or
 *     full-width) character, so `1,900`, `10:30` and `http://…` stay as written;
 *   - half-width brackets become full-width in pairs: `(` when it is in Chinese text, `)` with its
 *     `(` (`县住建局(县人防办)` → `县住建局（县人防办）`).
 *
 * The mapping is one character to one character: columns keep their meaning, and nothing is added
 * or removed (the lossless test relies on this).
 */
const FULL_WIDTH_DIGIT_0 = 0xff10;

const PUNCTUATION: Readonly<Record<string, string>> = {
  ':': '：',
  ';': '；',
  ',': '，',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

// Only the characters that may change are visited (and line breaks, which end bracket pairs).
const CHANGING = /[\uFF10-\uFF19:;,!?()\n]/gu;

/** CJK radicals and punctuation, kana, ideographs, full-width forms: U+2E80 and above (BMP). */
function isWide(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80;
}

function neighbour(text: string, from: number, step: 1 | -1): string | undefined {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const ch = text[i] as string;
    // Context is the line's: a line break ends it (each dropped text is canonical on its own).
    if (ch === '\n' || ch === '\r') return undefined;
    if (ch !== ' ' && ch !== '\t') return ch;
  }
  return undefined;
}

export function canonicalise(text: string): string {
  // For each open `(` on the current line: whether it was made full-width.
  const open: boolean[] = [];
  return text.replace(CHANGING, (ch: string, offset: number) => {
    const code = ch.charCodeAt(0);
    if (code >= FULL_WIDTH_DIGIT_0) return String.fromCharCode(48 + code - FULL_WIDTH_DIGIT_0);
    if (ch === '\n') {
      open.length = 0;
      return ch;
    }
    const inChinese =
      isWide(neighbour(text, offset - 1, -1)) || isWide(neighbour(text, offset + 1, 1));
    if (ch === '(') {
      open.push(inChinese);
      return inChinese ? '（' : ch;
    }
    if (ch === ')') {
      const partner = open.pop();
      return (partner ?? inChinese) ? '）' : ch;
    }
    return inChinese ? (PUNCTUATION[ch] ?? ch) : ch;
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
