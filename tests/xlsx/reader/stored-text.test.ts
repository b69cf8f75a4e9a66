import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../../../bench/synthetic';
import { DEFAULT_SEED_PATH } from '../../../src/cli/input';
import { parseList } from '../../../src/core/list/parse';
import { columnLetter } from '../../../src/core/grid';
import { readWorkbook, type StoredText } from '../../../src/xlsx/reader';
import { Package } from '../../../src/xlsx/package/parts';
import { corpusFiles } from '../../corpus/corpus';
import { minimalPackage } from '../../corpus/minimal-package';
import { zipParts } from '../../corpus/zip-writer';
import { planBytes } from '../../support/plan-workbook';
import { rawStrings } from '../../support/raw-strings';

/**
 * `RichCell.stored` (how a cell's text is stored, read in the reader's one pass over the sheet)
 * against the merge's former second pass, a regex reading of the same sheet XML: the same cells,
 * the same shared-string indexes, the same rich inline runs, on every corpus file and a synthetic
 * ledger. A merge carries exactly this, so a difference would change what a user's file says.
 */
async function storedOfEverySheet(bytes: Uint8Array): Promise<{ ours: string[]; regex: string[] }> {
  const reading = readWorkbook(bytes);
  const pkg = Package.open(bytes);
  const ours: string[] = [];
  const regex: string[] = [];
  const line = (sheet: string, ref: string, s: StoredText) =>
    `${sheet}!${ref} ${'shared' in s ? `#${s.shared}` : s.inline}`;
  for (const info of reading.sheets) {
    if (info.kind !== 'worksheet' || info.part === null) continue;
    const rich = reading.richSheet(info.name);
    for (const c of rich?.cells ?? []) {
      if (c.stored !== null) {
        ours.push(line(info.name, `${columnLetter(c.column)}${c.row + 1}`, c.stored));
      }
    }
    const xml = await pkg.textIfAny(info.part);
    for (const [ref, s] of rawStrings(xml ?? '')) regex.push(line(info.name, ref, s));
  }
  return { ours: ours.sort(), regex: regex.sort() };
}

describe('the reader’s stored text against a regex reading of the sheet XML', () => {
  it(
    'agrees on every corpus file, where the package writer opens it',
    { timeout: 180_000 },
    async () => {
      let compared = 0;
      for (const file of await corpusFiles()) {
        const bytes = new Uint8Array(await readFile(file.path));
        let sides: { ours: string[]; regex: string[] };
        try {
          sides = await storedOfEverySheet(bytes);
        } catch {
          // Files our package writer refuses to open (Strict, prefixed) are not merged in place.
          continue;
        }
        expect(sides.ours, file.name).toEqual(sides.regex);
        compared += sides.ours.length;
      }
      expect(compared).toBeGreaterThan(1_000);
    },
  );

  it('agrees on inline runs, plain inline strings, empty ones and shared indexes with spaces', async () => {
    const data =
      '<row r="1">' +
      '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>重点：</t></r><r><t xml:space="preserve"> 已完成 &amp; 待验收</t></r></is></c>' +
      '<c r="B1" t="inlineStr"><is><t>plain</t></is></c>' +
      '<c r="C1" t="inlineStr"><is/></c>' +
      '<c r="D1" t="s"><v> 1 </v></c>' +
      '<c r="E1" t="s"><v>0</v></c>' +
      '<c r="F1" t="str"><v>text</v></c>' +
      '</row><row r="2"><c r="A2" s="0" t="inlineStr"><is><t>前</t><r><t>后</t></r></is></c></row>';
    const bytes = zipParts(minimalPackage([{ name: 'S', data }], { sharedStrings: ['甲', '乙'] }));
    const sides = await storedOfEverySheet(bytes);
    expect(sides.ours).toEqual(sides.regex);
    expect(sides.ours).toEqual([
      'S!A1 <r><rPr><b/></rPr><t>重点：</t></r><r><t xml:space="preserve"> 已完成 &amp; 待验收</t></r>',
      'S!A2 <t>前</t><r><t>后</t></r>',
      'S!D1 #1',
      'S!E1 #0',
    ]);
  });

  it('agrees on a synthetic ledger written by the product', async () => {
    const seed = parseList(await readFile(DEFAULT_SEED_PATH, 'utf8'));
    const bytes = await planBytes(syntheticLedger(seed, 2_000).plan);
    const sides = await storedOfEverySheet(bytes);
    expect(sides.ours).toEqual(sides.regex);
  });
});
