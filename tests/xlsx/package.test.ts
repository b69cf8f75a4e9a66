import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSheetTitles } from '../../src/xlsx/package/app-xml';
import { Package } from '../../src/xlsx/package/parts';
import { mergeStyles } from '../../src/xlsx/package/styles-merge';
import { UnsupportedPackage, withDefaultNamespace } from '../../src/xlsx/package/xml-text';
import { partDigests, partText } from '../support/xlsx-parts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-package-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('mergeStyles', () => {
  // A user's styles.xml as Excel writes it: custom format 164 taken, no dxfs element.
  const user =
    `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
    `<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const scratch =
    `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>` +
    `<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>` +
    `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="164" fontId="1" fillId="1" borderId="0" xfId="0" applyFont="1"><alignment wrapText="1"/></xf>` +
    `<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs></styleSheet>`;

  it('appends, never renumbers the user’s entries, and gives our formats free or equal ids', () => {
    const { xml, map } = mergeStyles(user, scratch);
    expect(
      xml.startsWith(
        `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/>`,
      ),
    ).toBe(true);
    expect(xml).toContain('<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>');
    expect(xml).toContain(
      '<fonts count="3"><font><sz val="11"/><name val="等线"/></font><font><sz val="11"/></font><font><b/></font></fonts>',
    );
    // Scratch format 1 → user index 2; its font 1 → 2, fill 1 → 3, yyyy-mm-dd → 165, xfId → 0.
    expect(map.xf(0)).toBe(0);
    expect(map.xf(1)).toBe(2);
    expect(xml).toContain(
      '<xf numFmtId="165" fontId="2" fillId="3" borderId="1" xfId="0" applyFont="1"><alignment wrapText="1"/></xf>',
    );
    // The scratch 0.0% reuses the user's 164 instead of a duplicate.
    expect(xml).toContain(
      '<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0"/></cellXfs>',
    );
    expect(xml).toContain('<cellXfs count="4">');
    // No dxfs in the user's file: created after cellStyles.
    expect(xml).toContain('</cellStyles><dxfs count="1"><dxf>');
    expect(map.dxf(0)).toBe(0);
  });

  it('refuses a prefixed or strict styles.xml', () => {
    expect(() =>
      mergeStyles(user.replace(/<(\/?)(\w+)/g, '<$1x:$2').replace('xmlns=', 'xmlns:x='), scratch),
    ).toThrow(UnsupportedPackage);
    expect(() =>
      mergeStyles(user.replace(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main'), scratch),
    ).toThrow(/namespace/);
  });
});

describe('updateSheetTitles', () => {
  const app = (pairs: string, titles: string[]) =>
    `<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="2" baseType="variant">${pairs}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;
  const pairs = (n: number) =>
    `<vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;

  it('renames and appends sheets, keeping named ranges after them', () => {
    const before = app(
      pairs(2) +
        '<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>',
      ['台账', '汇总-a', '台账!Print_Titles'],
    );
    expect(updateSheetTitles(before, ['台账', '汇总-a'], ['台账', '汇总-A', '汇总-b&c'])).toBe(
      app(
        pairs(3) +
          '<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>',
        ['台账', '汇总-A', '汇总-b&amp;c', '台账!Print_Titles'],
      ),
    );
  });

  it('leaves an app.xml of another shape alone', () => {
    expect(
      updateSheetTitles(app(pairs(3), ['a', 'b', 'c']), ['a', 'b'], ['a', 'b', 'x']),
    ).toBeNull();
    expect(updateSheetTitles('<Properties/>', ['a'], ['a', 'b'])).toBeNull();
  });
});

describe('Package', () => {
  it('copies untouched parts compressed as they were, and writes a zip Python reads', async () => {
    const { writeSeedLedger } = await import('../cli/summarize-support');
    const seed = join(dir, 'seed.xlsx');
    await writeSeedLedger(seed);
    const { readFile } = await import('node:fs/promises');
    const pkg = Package.open(new Uint8Array(await readFile(seed)));
    pkg.set('docProps/app.xml', '<x>新</x>');
    pkg.set('xl/extra/new.xml', '<y/>');
    pkg.remove('docProps/core.xml');
    const out = join(dir, 'out.xlsx');
    await writeFile(out, await pkg.toBytes(new Date(2026, 10, 29, 8, 0, 0)));
    const [before, after] = await Promise.all([partDigests(seed), partDigests(out)]);
    expect(after['docProps/core.xml']).toBeUndefined();
    expect(await partText(out, 'docProps/app.xml')).toBe('<x>新</x>');
    expect(await partText(out, 'xl/extra/new.xml')).toBe('<y/>');
    for (const [part, digest] of Object.entries(before)) {
      if (part.startsWith('docProps/')) continue;
      expect(after[part], part).toEqual(digest);
    }
  });

  it('refuses what is not a zip', () => {
    expect(() => Package.open(new TextEncoder().encode('not a zip at all, just text'))).toThrow(
      UnsupportedPackage,
    );
  });
});

describe('withDefaultNamespace', () => {
  it('drops the prefix of the part’s own namespace and makes it the default', () => {
    const xml =
      '<?xml version="1.0"?>\n<x:workbook xmlns:x="' +
      MAIN +
      '" xmlns:r="R"><x:sheets><x:sheet name="a&gt;" r:id="rId1"/></x:sheets></x:workbook>';
    expect(withDefaultNamespace(xml, 'wb', 'workbook', MAIN)).toBe(
      '<?xml version="1.0"?>\n<workbook xmlns:x="' +
        MAIN +
        '" xmlns:r="R" xmlns="' +
        MAIN +
        '"><sheets><sheet name="a&gt;" r:id="rId1"/></sheets></workbook>',
    );
    const plain = `<workbook xmlns="${MAIN}"><sheets/></workbook>`;
    expect(withDefaultNamespace(plain, 'wb', 'workbook', MAIN)).toBe(plain);
  });

  it('refuses a part mixing prefixed and unprefixed elements', () => {
    const mixed = `<x:workbook xmlns:x="${MAIN}"><sheets/></x:workbook>`;
    expect(() => withDefaultNamespace(mixed, 'wb', 'workbook', MAIN)).toThrow(UnsupportedPackage);
  });
});
