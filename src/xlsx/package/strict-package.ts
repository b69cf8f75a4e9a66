/**
 * Writing into an ISO/IEC 29500 Strict package (issue 14). Strict spells the same vocabulary with
 * other namespace names and relationship types (purl.oclc.org instead of schemas.openxmlformats.org;
 * the package's own relationships and content types are the same in both). The writer speaks
 * transitional, so it is given a view of the package in which every part it reads is spelled
 * transitionally, and every part it writes is spelled back in Strict: the parts it changes or adds
 * come out Strict, the parts it leaves alone keep their bytes, and the package stays Strict.
 *
 * Only namespace declarations (`xmlns`, `xmlns:p`) and relationship `Type`s are respelled, never
 * text: a cell that holds one of these addresses as its value keeps it as typed.
 */
import type { Package } from './parts';

/** Strict name → transitional name; the specific relationship types before the general prefix. */
const STRICT_TO_TRANSITIONAL: readonly (readonly [string, string])[] = [
  [
    'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  ],
  [
    'http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
  ],
  [
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  ],
  [
    'http://purl.oclc.org/ooxml/spreadsheetml/main',
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  ],
  [
    'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  ],
  [
    'http://purl.oclc.org/ooxml/officeDocument/customProperties',
    'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  ],
  [
    'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes',
    'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  ],
  [
    'http://purl.oclc.org/ooxml/drawingml/main',
    'http://schemas.openxmlformats.org/drawingml/2006/main',
  ],
  [
    'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
    'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  ],
];

const OFFICE_DOCUMENT_STRICT =
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';

/** `xmlns="…`, `xmlns:x="…` or `Type="…` (either quote), then the address. */
const ADDRESS_AT = /(\s(?:xmlns(?::[\w.-]+)?|Type)\s*=\s*["'])([^"']*)/g;

function respell(xml: string, pairs: readonly (readonly [string, string])[]): string {
  return xml.replace(ADDRESS_AT, (whole, head: string, address: string) => {
    for (const [from, to] of pairs) {
      // The name itself, or a relationship type under it (`…/relationships/worksheet`).
      if (address === from || address.startsWith(`${from}/`)) {
        return `${head}${to}${address.slice(from.length)}`;
      }
    }
    return whole;
  });
}

const TRANSITIONAL_TO_STRICT = STRICT_TO_TRANSITIONAL.map(([s, t]) => [t, s] as const);

/** A part in Strict spelling as the writer reads it (transitional names). */
export function toTransitional(xml: string): string {
  return respell(xml, STRICT_TO_TRANSITIONAL);
}

/** A part the writer wrote (transitional names) in Strict spelling. */
export function toStrict(xml: string): string {
  return respell(xml, TRANSITIONAL_TO_STRICT);
}

const isXmlPart = (part: string) => /\.(xml|rels|vml)$/i.test(part);

/** Whether the package's root relationships name its workbook with the Strict type. */
export async function isStrictPackage(pkg: Package): Promise<boolean> {
  const rels = await pkg.textIfAny('_rels/.rels');
  return rels !== null && rels.includes(OFFICE_DOCUMENT_STRICT);
}

/**
 * The package as the writer should see it: itself when transitional; for a Strict package, a view
 * that reads parts transitionally and writes them back in Strict. A part written back exactly as
 * it was read is left untouched (its bytes stay the input's).
 */
export async function strictAware(pkg: Package): Promise<Package> {
  if (!(await isStrictPackage(pkg))) return pkg;
  const original = new Map<string, string>();
  const touched = new Set<string>();
  const read = async (part: string): Promise<string> => {
    const text = await pkg.text(part);
    if (!isXmlPart(part)) return text;
    if (!touched.has(part) && !original.has(part)) original.set(part, text);
    return toTransitional(text);
  };
  return new Proxy(pkg, {
    get(target, key, receiver) {
      if (key === 'text') return read;
      if (key === 'textIfAny') {
        return async (part: string) => (target.has(part) ? read(part) : null);
      }
      if (key === 'set') {
        return (part: string, text: string) => {
          if (!isXmlPart(part)) return target.set(part, text);
          const before = original.get(part);
          if (before !== undefined && toTransitional(before) === text) {
            // Unchanged: never set (its stored bytes stay), or set back to exactly what it was.
            if (touched.has(part)) target.set(part, before);
            return;
          }
          touched.add(part);
          target.set(part, toStrict(text));
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
