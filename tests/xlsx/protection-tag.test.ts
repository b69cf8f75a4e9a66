import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Package } from '../../src/xlsx/package/parts';
import {
  ProtectionScan,
  sheetProtectionTag,
  sheetProtectionTagIn,
  sheetProtectionTagOf,
} from '../../src/xlsx/package/protection-tag';
import { corpusFiles } from '../corpus/corpus';

/**
 * The user's sheet protection found from the end of a worksheet's bytes (the fast path, which
 * decodes only what follows the last sheetData tag) against the whole part read as text.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PROTECTION = '<sheetProtection sheet="1" password="CC1A" formatCells="0"/>';
const sheet = (body: string, prefix = '') => {
  const p = prefix === '' ? '' : `${prefix}:`;
  const tagged = body.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`);
  return `<${p}worksheet xmlns${prefix === '' ? '' : `:${prefix}`}="${MAIN}">${tagged}</${p}worksheet>`;
};
const bytes = (s: string) => new TextEncoder().encode(s);

/** Cuts that split every tag somewhere: a byte at a time, odd sizes, the carry's size and more. */
const PIECE_SIZES = [1, 2, 7, 31, 255, 256, 257, 4096];
/** For the corpus's sheets (up to megabytes): small cuts still split tags, without a byte at a time. */
const CORPUS_PIECE_SIZES = [61, 257, 4096, 1 << 16];

function inPieces(whole: Uint8Array, size: number): string | null {
  const scan = new ProtectionScan();
  for (let at = 0; at < whole.length; at += size) scan.push(whole.subarray(at, at + size));
  return scan.tag();
}

describe('sheet protection from the end of the part', () => {
  it.each([
    ['plain', sheet(`<sheetData><row r="1"/></sheetData>${PROTECTION}`)],
    ['prefixed', sheet(`<sheetData><row r="1"/></sheetData>${PROTECTION}`, 'x')],
    ['empty sheetData', sheet(`<sheetData/>${PROTECTION}<pageMargins/>`)],
    ['none', sheet('<sheetData><row r="1"/></sheetData><pageMargins/>')],
    [
      'the word sheetData in cells and in a header after the protection',
      sheet(
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>sheetData &lt;/sheetData&gt; 整改</t></is></c></row></sheetData>' +
          `${PROTECTION}<headerFooter><oddHeader>sheetData</oddHeader></headerFooter>`,
      ),
    ],
    ['no sheetData at all', sheet(PROTECTION)],
  ])('%s', (_, xml) => {
    expect(sheetProtectionTagOf(bytes(xml))).toBe(sheetProtectionTag(xml));
    for (const size of PIECE_SIZES) {
      expect(inPieces(bytes(xml), size), `pieces of ${size}`).toBe(sheetProtectionTag(xml));
    }
  });

  it('finds the protected sheets of the corpus as the whole text does', async () => {
    let protectedSheets = 0;
    for (const file of await corpusFiles()) {
      let pkg: Package;
      try {
        pkg = Package.open(new Uint8Array(await readFile(file.path)));
      } catch {
        continue;
      }
      for (const part of pkg.parts().filter((p) => /worksheets\/[^/]+\.xml$/.test(p))) {
        const plain = sheetProtectionTag(await pkg.text(part));
        const whole = await pkg.bytes(part);
        expect(sheetProtectionTagOf(whole), `${file.name} ${part}`).toBe(plain);
        expect(await sheetProtectionTagIn(pkg, part), `${file.name} ${part} inflated`).toBe(plain);
        for (const size of CORPUS_PIECE_SIZES) {
          expect(inPieces(whole, size), `${file.name} ${part} /${size}`).toBe(plain);
        }
        if (plain !== null) protectedSheets++;
      }
    }
    expect(protectedSheets).toBeGreaterThan(0);
  });
});
