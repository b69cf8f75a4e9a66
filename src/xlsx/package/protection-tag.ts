/**
 * The user's own `<sheetProtection …/>` on a worksheet the writer rewrites (kept when the plan
 * protects nothing). The element follows `<sheetData>`, so only the end of the part is read.
 */

/**
 * A worksheet's `<sheetProtection …/>` tag, unprefixed, or null. Read from the end: the element
 * follows sheetData, so the cells are never scanned.
 */
export function sheetProtectionTag(xml: string): string | null {
  const at = xml.lastIndexOf('sheetProtection');
  if (at < 0) return null;
  const start = xml.lastIndexOf('<', at);
  const tag = /^<(?:[\w.-]+:)?sheetProtection\s(?:[^>"']|"[^"]*"|'[^']*')*\/>/.exec(
    xml.slice(start),
  )?.[0];
  return tag === undefined ? null : tag.replace(/^<[\w.-]+:/, '<');
}

const SHEET_DATA = new TextEncoder().encode('sheetData');
const [LT, SLASH, COLON] = ['<', '/', ':'].map((c) => c.charCodeAt(0)) as [number, number, number];
const LAST = SHEET_DATA[SHEET_DATA.length - 1] as number;

/** A byte of an XML name prefix (ASCII letters, digits, `_ . -`; any non-ASCII byte). */
function nameByte(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) ||
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x61 && b <= 0x7a) ||
    b === 0x5f ||
    b === 0x2e ||
    b === 0x2d ||
    b >= 0x80
  );
}

/**
 * Where the last `<sheetData`, `</sheetData` (any prefix) tag of the UTF-8 `bytes` starts, or -1.
 * Text never holds a raw `<`, so a `<` before the name is a tag's.
 */
function lastSheetDataTag(bytes: Uint8Array): number {
  for (let end = bytes.lastIndexOf(LAST); end >= 0; end = bytes.lastIndexOf(LAST, end - 1)) {
    const at = end - SHEET_DATA.length + 1;
    if (at < 1 || !SHEET_DATA.every((b, i) => bytes[at + i] === b)) continue;
    let p = at - 1;
    if (bytes[p] === COLON) {
      p--;
      while (p >= 0 && nameByte(bytes[p] as number)) p--;
    }
    if (bytes[p] === SLASH) p--;
    if (bytes[p] === LT) return p;
  }
  return -1;
}

/**
 * `sheetProtectionTag` of a worksheet part given as UTF-8 bytes, decoding only what follows its
 * last sheetData tag: a 100 MB sheet is not made a string to read its last kilobytes. The same
 * answer as `sheetProtectionTag` of the whole text (tests/xlsx/protection-tag.test.ts).
 */
export function sheetProtectionTagOf(bytes: Uint8Array): string | null {
  const from = lastSheetDataTag(bytes);
  return sheetProtectionTag(new TextDecoder().decode(from < 0 ? bytes : bytes.subarray(from)));
}
