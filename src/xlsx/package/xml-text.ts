/**
 * Small, exact text operations on package XML. The zip patch edits a few parts of a user's file by
 * inserting and replacing text, never by parsing and re-serialising, so every byte it does not
 * mean to change stays as the user's program wrote it.
 */

/** The fast path could not be sure what a part means: the caller falls back to the full save. */
export class UnsupportedPackage extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnsupportedPackage';
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, code: string) => {
    if (code === 'amp') return '&';
    if (code === 'lt') return '<';
    if (code === 'gt') return '>';
    if (code === 'quot') return '"';
    if (code === 'apos') return "'";
    const n = code.startsWith('#x') ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return String.fromCodePoint(n);
  });
}

/** An opening (or empty) tag, quote-aware: a `>` inside an attribute value does not end it. */
export function tagPattern(name: string, flags = 'g'): RegExp {
  return new RegExp(`<${name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, flags);
}

export interface Tag {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every opening tag of `name` between `from` and `to`. */
export function tagsOf(xml: string, name: string, from = 0, to = xml.length): Tag[] {
  const re = tagPattern(name);
  re.lastIndex = from;
  const tags: Tag[] = [];
  for (let m = re.exec(xml); m !== null && m.index < to; m = re.exec(xml)) {
    tags.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tags;
}

/** Attributes of one tag, values unescaped. */
export function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m !== null; m = re.exec(tag)) {
    attrs.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return attrs;
}

/** The tag with one attribute set (added before the tag's end if missing); the value is escaped. */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const escaped = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, head: string) => `${head}${escaped}`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}=${escaped}${tag.slice(close)}`;
}

export interface Element {
  /** Start of the opening tag. */
  readonly start: number;
  /** End of the opening tag. */
  readonly openEnd: number;
  /** Start of the closing tag (= openEnd for an empty element). */
  readonly closeStart: number;
  /** End of the element. */
  readonly end: number;
  readonly openTag: string;
  readonly empty: boolean;
}

/**
 * The first `name` element at or after `from`. Only for elements that never nest inside
 * themselves (true of every list element the patch edits: sheets, definedNames, fonts, cellXfs…).
 */
export function findElement(xml: string, name: string, from = 0): Element | null {
  const re = tagPattern(name);
  re.lastIndex = from;
  const m = re.exec(xml);
  if (m === null) return null;
  const openTag = m[0];
  const openEnd = m.index + openTag.length;
  if (openTag.endsWith('/>')) {
    return { start: m.index, openEnd, closeStart: openEnd, end: openEnd, openTag, empty: true };
  }
  const closeStart = xml.indexOf(`</${name}>`, openEnd);
  if (closeStart < 0) throw new UnsupportedPackage(`<${name}> is not closed`);
  return {
    start: m.index,
    openEnd,
    closeStart,
    end: closeStart + name.length + 3,
    openTag,
    empty: false,
  };
}

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping replacements given in any order. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error('overlapping XML edits');
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

/**
 * The root element must be `name` in the default namespace `ns`, with no prefix, no comments and
 * no CDATA anywhere (text search could be fooled by them). Returns the root's opening tag.
 */
export function requireRoot(xml: string, part: string, name: string, ns: string): Tag {
  if (xml.includes('<!--') || xml.includes('<![CDATA[')) {
    throw new UnsupportedPackage(`${part} has comments or CDATA`);
  }
  const root = tagsOf(xml, `(?:[\\w.-]+:)?${name}`)[0];
  if (root === undefined || !root.text.startsWith(`<${name}`)) {
    throw new UnsupportedPackage(`${part}: root is not <${name}> without a prefix`);
  }
  if (attributesOf(root.text).get('xmlns') !== ns) {
    throw new UnsupportedPackage(`${part}: <${name}> is not in namespace ${ns}`);
  }
  return root;
}

/**
 * A part written with a prefix for its own namespace (`<x:workbook xmlns:x="…main">`, as the
 * .NET Open XML SDK writes it) in the unprefixed form the editor splices: the same XML, every
 * element of that namespace without its prefix, the namespace made the default. Parts that mix
 * in unprefixed elements (which would change namespace) are refused. Unchanged when unprefixed.
 */
export function withDefaultNamespace(xml: string, part: string, name: string, ns: string): string {
  const root = tagsOf(xml, `(?:[\\w.-]+:)?${name}`)[0];
  if (root === undefined || root.text.startsWith(`<${name}`)) return xml;
  const prefix = /^<([\w.-]+):/.exec(root.text)?.[1];
  if (prefix === undefined || attributesOf(root.text).get(`xmlns:${prefix}`) !== ns) return xml;
  if (attributesOf(root.text).has('xmlns')) {
    throw new UnsupportedPackage(`${part}: a prefixed root that also declares a default namespace`);
  }
  const body = xml.slice(root.start);
  if (/<(?![?!/])(?![\w.-]+:)[\w.-]+[\s/>]/.test(body)) {
    throw new UnsupportedPackage(`${part}: elements with and without the ${prefix}: prefix`);
  }
  const open = new RegExp(`<(/?)${prefix.replace(/[.-]/g, '\\$&')}:`, 'g');
  const renamed = body.replace(open, '<$1');
  const close = renamed.indexOf('>');
  return (
    xml.slice(0, root.start) + renamed.slice(0, close) + ` xmlns="${ns}"` + renamed.slice(close)
  );
}
