import { XMLParser } from 'fast-xml-parser';

/**
 * OOXML parts as ordered element trees (document order matters: runs, paragraphs, cells), read
 * with fast-xml-parser, which runs alike in Node and the browser.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

type Raw = Record<string, unknown>;

function convert(raw: Raw): XmlNode | null {
  if ('#text' in raw) return String(raw['#text']);
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (name === undefined || name.startsWith('?')) return null;
  const attrs = (raw[':@'] ?? {}) as Record<string, string>;
  const kids = (raw[name] ?? []) as Raw[];
  return { name, attrs, children: kids.map(convert).filter((n): n is XmlNode => n !== null) };
}

export function parseXml(xml: string): XmlElement[] {
  const raw = parser.parse(xml) as Raw[];
  return raw.map(convert).filter((n): n is XmlElement => n !== null && typeof n !== 'string');
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node === undefined ? undefined : elements(node, name)[0];
}

/** The first descendant with this name (depth first). */
export function find(node: XmlElement, name: string): XmlElement | undefined {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}
