import { EMPTY_STYLES } from './cell-formats';
import { NS, Package, REL } from './parts';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-officedocument';

/**
 * The package of a workbook with no sheet yet, which the plan writer then fills like any other:
 * one way of writing for a new workbook and an existing one. The document properties say which
 * program made it (`rectify inspect` and support read them).
 */
export function newPackage(now: Date, application: string): Package {
  const pkg = Package.empty();
  pkg.set(
    '[Content_Types].xml',
    `${XML}<Types xmlns="${NS.types}">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      '</Types>',
  );
  pkg.set(
    '_rels/.rels',
    `${XML}<Relationships xmlns="${NS.rels}">` +
      `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL.coreProperties}" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${REL.extendedProperties}" Target="docProps/app.xml"/>` +
      '</Relationships>',
  );
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  pkg.set(
    'docProps/core.xml',
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
      ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${application}</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
      '</cp:coreProperties>',
  );
  pkg.set(
    'docProps/app.xml',
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
      `<Application>${application}</Application></Properties>`,
  );
  pkg.set(
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${NS.main}" xmlns:r="${NS.docRels}">` +
      '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
      '<sheets></sheets><calcPr calcId="191029"/></workbook>',
  );
  pkg.set(
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="${NS.rels}">` +
      `<Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/>` +
      '</Relationships>',
  );
  pkg.set('xl/styles.xml', EMPTY_STYLES);
  return pkg;
}
