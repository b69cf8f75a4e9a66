import { describe, expect, it } from 'vitest';
import { Package } from '../../src/xlsx/package/parts';
import {
  isStrictPackage,
  strictAware,
  toStrict,
  toTransitional,
} from '../../src/xlsx/package/strict-package';
import { readZip } from '../../src/xlsx/package/zip';

const S_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const S_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const T_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const T_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const rootRels =
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${S_REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${S_REL}/extendedProperties" Target="docProps/app.xml"/>` +
  `<Relationship Id="rId3" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `</Relationships>`;
const sheet = `<worksheet xmlns="${S_MAIN}" xmlns:r="${S_REL}"><sheetData/></worksheet>`;

async function strictPackage(): Promise<Package> {
  const pkg = Package.empty();
  pkg.set('_rels/.rels', rootRels);
  pkg.set('xl/worksheets/sheet1.xml', sheet);
  pkg.set('xl/worksheets/sheet2.xml', sheet);
  return Package.open(await pkg.toBytes(new Date(0)));
}

describe('Strict packages written as Strict', () => {
  it('respells namespace declarations and relationship types both ways, and nothing else', () => {
    const transitional = toTransitional(rootRels);
    expect(transitional).toContain(`Type="${T_REL}/officeDocument"`);
    expect(transitional).toContain(`Type="${T_REL}/extended-properties"`);
    expect(transitional).toContain(`Type="${PKG_REL}/metadata/core-properties"`);
    expect(toStrict(transitional)).toBe(rootRels);
    // A cell whose text is one of these addresses keeps it as typed.
    const cell = `<worksheet xmlns="${T_MAIN}"><c t="inlineStr"><is><t>${T_MAIN}</t></is></c></worksheet>`;
    expect(toStrict(cell)).toBe(
      `<worksheet xmlns="${S_MAIN}"><c t="inlineStr"><is><t>${T_MAIN}</t></is></c></worksheet>`,
    );
  });

  it('shows the writer transitional parts and stores what it writes in Strict', async () => {
    const pkg = await strictPackage();
    expect(await isStrictPackage(pkg)).toBe(true);
    const view = await strictAware(pkg);
    expect(await view.text('xl/worksheets/sheet1.xml')).toBe(
      `<worksheet xmlns="${T_MAIN}" xmlns:r="${T_REL}"><sheetData/></worksheet>`,
    );
    view.set(
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${T_MAIN}"><sheetData><row r="1"/></sheetData></worksheet>`,
    );
    view.set('xl/worksheets/sheet3.xml', `<worksheet xmlns="${T_MAIN}" xmlns:r="${T_REL}"/>`);
    // Read and written back unchanged: left alone.
    view.set('xl/worksheets/sheet2.xml', await view.text('xl/worksheets/sheet2.xml'));
    expect(await pkg.text('xl/worksheets/sheet1.xml')).toBe(
      `<worksheet xmlns="${S_MAIN}"><sheetData><row r="1"/></sheetData></worksheet>`,
    );
    expect(await pkg.text('xl/worksheets/sheet3.xml')).toBe(
      `<worksheet xmlns="${S_MAIN}" xmlns:r="${S_REL}"/>`,
    );
    const before = readZip(await (await strictPackage()).toBytes(new Date(0)));
    const after = readZip(await view.toBytes(new Date(0)));
    const entry = (entries: typeof before) =>
      entries.find((e) => e.name === 'xl/worksheets/sheet2.xml');
    expect(entry(after)).toEqual(entry(before));
  });

  it('leaves a transitional package as it is', async () => {
    const pkg = Package.empty();
    pkg.set('_rels/.rels', toTransitional(rootRels));
    expect(await isStrictPackage(pkg)).toBe(false);
    expect(await strictAware(pkg)).toBe(pkg);
  });
});
