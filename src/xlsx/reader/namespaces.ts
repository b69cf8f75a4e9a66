/**
 * The namespaces the reader matches elements by (never by prefix). Strict (ISO 29500) files use
 * purl.oclc.org names for the same vocabulary: the scanner reports them as the transitional ones.
 */
export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  docRels: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  extendedProps: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  customProps: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  docPropsVTypes: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  excelMain: 'http://schemas.microsoft.com/office/excel/2006/main',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

const STRICT_ALIASES: Readonly<Record<string, string>> = {
  'http://purl.oclc.org/ooxml/spreadsheetml/main': NS.main,
  'http://purl.oclc.org/ooxml/officeDocument/relationships': NS.docRels,
  'http://purl.oclc.org/ooxml/officeDocument/extendedProperties': NS.extendedProps,
  'http://purl.oclc.org/ooxml/officeDocument/customProperties': NS.customProps,
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': NS.docPropsVTypes,
};

/** A namespace as the reader compares it: Strict names mapped to their transitional twins. */
export function canonicalNamespace(uri: string): string {
  return STRICT_ALIASES[uri] ?? uri;
}

const REL_TYPE_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
  'http://schemas.microsoft.com/office/2006/relationships/',
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/',
];

/**
 * A relationship type's short name (`officeDocument`, `worksheet`, `sharedStrings`, `xlMacrosheet`
 * …) in either the transitional or the Strict spelling; the full type when it is neither.
 */
export function relationshipKind(type: string): string {
  for (const base of REL_TYPE_BASES) if (type.startsWith(base)) return type.slice(base.length);
  return type;
}
