import type { Package } from './parts';
import { concatBytes } from './zip-codec';

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
  // (A negative fromIndex counts from the end: the search stops at 0 instead.)
  for (
    let end = bytes.lastIndexOf(LAST);
    end >= 0;
    end = end > 0 ? bytes.lastIndexOf(LAST, end - 1) : -1
  ) {
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
  const scan = new ProtectionScan();
  scan.push(bytes);
  return scan.tag();
}

/** Bytes kept across pieces while cells go by: more than any tag's `</prefix:sheetData`. */
const CARRY = 256;
const GT = '>'.charCodeAt(0);

/**
 * `sheetProtectionTagOf` of a part that comes in pieces (as it is inflated), keeping only what
 * may hold the answer: the part's head until `<sheetData>`, a short carry while its cells go by,
 * then everything from `</sheetData>` (or `<sheetData/>`) on. Each piece is searched with the
 * carry before it, never with all that is kept. The same answer as `sheetProtectionTagOf` of the
 * whole, however the part is cut, for any part whose sheetData is closed
 * (tests/xlsx/protection-tag.test.ts); an unclosed one has nothing kept after it.
 */
export class ProtectionScan {
  #kept: Uint8Array[] = [];
  #inCells = false;
  /** An opening sheetData tag whose `>` has not come yet: searched again whole. */
  #cutTag = false;

  push(piece: Uint8Array): void {
    const window = concatBytes([this.#cutTag ? concatBytes(this.#kept) : this.#last(CARRY), piece]);
    const at = lastSheetDataTag(window);
    this.#cutTag = false;
    if (at < 0) {
      if (this.#inCells) this.#kept = [window.slice(-CARRY)];
      else this.#kept.push(piece.slice());
      return;
    }
    // The tag is the last so far: whatever came before it is dropped.
    const closing = window[at + 1] === SLASH;
    const end = closing ? -1 : window.indexOf(GT, at);
    if (!closing && end < 0) {
      this.#cutTag = true;
      this.#kept = [window.slice(at)];
    } else if (closing || window[end - 1] === SLASH) {
      this.#inCells = false;
      this.#kept = [window.slice(at)];
    } else {
      this.#inCells = true;
      this.#kept = [window.slice(Math.max(end + 1, window.length - CARRY))];
    }
  }

  tag(): string | null {
    return sheetProtectionTag(new TextDecoder().decode(concatBytes(this.#kept)));
  }

  /** The last `n` bytes kept (fewer if fewer are kept). */
  #last(n: number): Uint8Array {
    const tail: Uint8Array[] = [];
    let have = 0;
    for (let i = this.#kept.length - 1; i >= 0 && have < n; i--) {
      const p = this.#kept[i] as Uint8Array;
      const take = p.subarray(Math.max(0, p.length - (n - have)));
      tail.unshift(take);
      have += take.length;
    }
    return concatBytes(tail);
  }
}

/**
 * The user's own protection on a worksheet part of `pkg`, read as the part is inflated: a
 * 135 MB ledger costs its inflate, not a second copy of it in memory.
 */
export async function sheetProtectionTagIn(pkg: Package, part: string): Promise<string | null> {
  const scan = new ProtectionScan();
  await pkg.eachChunk(part, (chunk) => scan.push(chunk));
  return scan.tag();
}
