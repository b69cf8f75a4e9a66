import { message } from '../../core/i18n';
import { LIMITS } from './limits';
import { fail } from './messages';
import { NS, canonicalNamespace } from './namespaces';

export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export type XmlEvent = typeof EOF | typeof OPEN | typeof CLOSE;

interface Name {
  readonly ns: string;
  readonly local: string;
}

interface Binding {
  readonly depth: number;
  readonly prefix: string;
  readonly previous: string | undefined;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/**
 * A namespace-aware pull scanner over one part's XML text: elements come as OPEN and CLOSE events
 * with their namespace (resolved from the declarations in scope, whatever the prefix) and local
 * name; text is read on request. Refuses DTDs (no entity can expand) and reports malformed XML as
 * a damaged part. A self-closing element gives OPEN then CLOSE.
 */
export class XmlScanner {
  /** Namespace of the current element (Strict names mapped to transitional ones). */
  ns = '';
  local = '';
  selfClosing = false;
  readonly #text: string;
  readonly #part: string;
  #pos = 0;
  /** Where the last tag read (opening or closing) starts. */
  #tagAt = 0;
  #pendingClose = false;
  readonly #stack: string[] = [];
  readonly #bindings = new Map<string, string>([['xml', NS.xml]]);
  readonly #undo: Binding[] = [];
  #names = new Map<string, Name>();
  readonly #attrNames: string[] = [];
  readonly #attrValues: string[] = [];
  #attrCount = 0;

  constructor(text: string, part: string) {
    this.#text = text;
    this.#part = part;
  }

  /** Elements open around the current one, the current one included. */
  get depth(): number {
    return this.#stack.length;
  }

  /** Where the scanner stands in the text: just after the tag last read. */
  get offset(): number {
    return this.#pos;
  }

  /** Where the tag last read starts (after a CLOSE: its closing tag's `<`). */
  get tagOffset(): number {
    return this.#tagAt;
  }

  /** The current element's name as written, prefix included (right after its OPEN). */
  get qname(): string {
    return this.#stack.at(-1) ?? '';
  }

  /** The text between two offsets, as written (markup and entities included). */
  source(from: number, to: number): string {
    return this.#text.slice(from, to);
  }

  /** Is the current element `local` in namespace `ns`? */
  is(ns: string, local: string): boolean {
    return this.local === local && this.ns === ns;
  }

  /** The next OPEN or CLOSE (text and comments between elements are passed over). */
  next(): XmlEvent {
    if (this.#pendingClose) return this.#popClose();
    const s = this.#text;
    for (;;) {
      const lt = s.indexOf('<', this.#pos);
      if (lt < 0) {
        if (this.#stack.length > 0) this.#malformed(s.length, `<${this.#stack.at(-1)}> not closed`);
        this.#pos = s.length;
        return EOF;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) return this.#close(lt);
      if (c === 63 /* ? */) {
        this.#pos = this.#after('?>', lt);
        continue;
      }
      if (c === 33 /* ! */) {
        this.#pos = this.#special(lt);
        continue;
      }
      return this.#open(lt);
    }
  }

  /** An attribute without a namespace (as cells' `r`, `s`, `t`), decoded; undefined if absent. */
  attr(name: string): string | undefined {
    for (let i = 0; i < this.#attrCount; i++) {
      if (this.#attrNames[i] === name) return this.#attrValues[i];
    }
    return undefined;
  }

  /** An attribute in a namespace (as `r:id`), whatever its prefix. */
  attrNs(ns: string, local: string): string | undefined {
    for (let i = 0; i < this.#attrCount; i++) {
      const name = this.#attrNames[i] as string;
      const colon = name.indexOf(':');
      if (colon < 0 || name.slice(colon + 1) !== local) continue;
      const uri = this.#bindings.get(name.slice(0, colon));
      if (uri !== undefined && canonicalNamespace(uri) === ns) return this.#attrValues[i];
    }
    return undefined;
  }

  /**
   * The text inside the current element (just OPENed), CDATA included, child elements' text
   * skipped; consumes its CLOSE.
   */
  readText(): string {
    if (this.#pendingClose) {
      this.#popClose();
      return '';
    }
    const s = this.#text;
    const depth = this.#stack.length;
    let out = '';
    for (;;) {
      const lt = s.indexOf('<', this.#pos);
      if (lt < 0) this.#malformed(s.length, `<${this.#stack.at(-1)}> not closed`);
      if (lt > this.#pos) out += this.#decode(s.slice(this.#pos, lt), this.#pos);
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0) this.#malformed(lt, 'CDATA not closed');
        out += s.slice(lt + 9, end);
        this.#pos = end + 3;
        continue;
      }
      if (s.charCodeAt(lt + 1) === 47 && this.#stack.length === depth) {
        this.#close(lt);
        return out;
      }
      this.#pos = lt;
      if (this.next() === OPEN) this.skip();
    }
  }

  /** Passes over the current element (just OPENed) and everything in it, its CLOSE included. */
  skip(): void {
    const depth = this.#stack.length;
    while (this.#stack.length >= depth) {
      if (this.next() === EOF) return;
    }
  }

  #open(lt: number): XmlEvent {
    const s = this.#text;
    let i = lt + 1;
    const n = s.length;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) break;
      i++;
    }
    const qname = s.slice(lt + 1, i);
    if (qname === '') this.#malformed(lt, 'empty element name');
    this.#attrCount = 0;
    let declares = false;
    for (;;) {
      let c = s.charCodeAt(i);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = s.charCodeAt(++i);
      if (c === 62 /* > */) {
        this.selfClosing = false;
        i++;
        break;
      }
      if (c === 47 /* / */ && s.charCodeAt(i + 1) === 62) {
        this.selfClosing = true;
        i += 2;
        break;
      }
      if (i >= n) this.#malformed(lt, `<${qname}> not finished`);
      const eq = s.indexOf('=', i);
      if (eq < 0) this.#malformed(i, `attribute without value in <${qname}>`);
      const name = s.slice(i, eq).trim();
      let q = eq + 1;
      while (s.charCodeAt(q) === 32) q++;
      const quote = s.charCodeAt(q);
      if (quote !== 34 && quote !== 39) this.#malformed(q, `unquoted attribute in <${qname}>`);
      const end = s.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (end < 0) this.#malformed(q, `attribute not closed in <${qname}>`);
      const raw = s.slice(q + 1, end);
      const value = raw.indexOf('&') < 0 ? raw : this.#decode(raw, q + 1);
      for (let k = 0; k < this.#attrCount; k++) {
        if (this.#attrNames[k] === name)
          this.#malformed(i, `attribute ${name} twice in <${qname}>`);
      }
      this.#attrNames[this.#attrCount] = name;
      this.#attrValues[this.#attrCount] = value;
      this.#attrCount++;
      if (name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 58)) {
        declares = true;
      }
      i = end + 1;
    }
    this.#pos = i;
    this.#tagAt = lt;
    this.#stack.push(qname);
    if (this.#stack.length > LIMITS.depth) {
      fail('tooLarge', {
        part: this.#part,
        detail: message('xlsx.detail.tooDeep', { limit: LIMITS.depth }),
      });
    }
    if (declares) this.#declare();
    this.#setName(qname);
    this.#pendingClose = this.selfClosing;
    return OPEN;
  }

  #close(lt: number): XmlEvent {
    const s = this.#text;
    const gt = s.indexOf('>', lt);
    if (gt < 0) this.#malformed(lt, 'closing tag not finished');
    const qname = s.slice(lt + 2, gt).trim();
    const open = this.#stack.at(-1);
    if (open !== qname) {
      this.#malformed(
        lt,
        open === undefined ? `</${qname}> without <${qname}>` : `</${qname}> closes <${open}>`,
      );
    }
    this.#pos = gt + 1;
    this.#tagAt = lt;
    return this.#popClose();
  }

  #popClose(): XmlEvent {
    this.#pendingClose = false;
    const depth = this.#stack.length;
    const qname = this.#stack.pop() as string;
    this.#setName(qname);
    this.#attrCount = 0;
    if (this.#undo.length > 0 && (this.#undo.at(-1) as Binding).depth === depth) {
      while (this.#undo.length > 0 && (this.#undo.at(-1) as Binding).depth === depth) {
        const b = this.#undo.pop() as Binding;
        if (b.previous === undefined) this.#bindings.delete(b.prefix);
        else this.#bindings.set(b.prefix, b.previous);
      }
      this.#names = new Map();
    }
    return CLOSE;
  }

  #declare(): void {
    const depth = this.#stack.length;
    for (let i = 0; i < this.#attrCount; i++) {
      const name = this.#attrNames[i] as string;
      if (!name.startsWith('xmlns')) continue;
      const prefix = name.length === 5 ? '' : name.slice(6);
      if (name.length > 5 && name.charCodeAt(5) !== 58) continue;
      this.#undo.push({ depth, prefix, previous: this.#bindings.get(prefix) });
      this.#bindings.set(prefix, this.#attrValues[i] as string);
    }
    this.#names = new Map();
  }

  #setName(qname: string): void {
    let name = this.#names.get(qname);
    if (name === undefined) {
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? '' : qname.slice(0, colon);
      const uri = this.#bindings.get(prefix) ?? '';
      name = { ns: canonicalNamespace(uri), local: colon < 0 ? qname : qname.slice(colon + 1) };
      this.#names.set(qname, name);
    }
    this.ns = name.ns;
    this.local = name.local;
  }

  /** Comments, CDATA between elements; a DOCTYPE is refused (no entity may expand). */
  #special(lt: number): number {
    const s = this.#text;
    if (s.startsWith('<!--', lt)) return this.#after('-->', lt);
    if (s.startsWith('<![CDATA[', lt)) return this.#after(']]>', lt);
    if (s.startsWith('<!DOCTYPE', lt) || s.startsWith('<!ENTITY', lt)) {
      fail('unreadablePart', {
        part: this.#part,
        detail: message('xlsx.detail.doctype'),
      });
    }
    this.#malformed(lt, 'unknown markup');
  }

  #after(end: string, from: number): number {
    const at = this.#text.indexOf(end, from);
    if (at < 0) this.#malformed(from, `${end} missing`);
    return at + end.length;
  }

  #decode(raw: string, at: number): string {
    if (raw.indexOf('&') < 0) return raw;
    if (/&(?!#\d+;|#x[0-9a-fA-F]+;|lt;|gt;|amp;|quot;|apos;)/.test(raw)) {
      this.#malformed(at, 'unknown entity or bare &');
    }
    return raw.replace(ENTITY, (_, dec?: string, hex?: string, named?: string) => {
      if (named !== undefined) return NAMED[named] as string;
      const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    });
  }

  /** `what` names the fault for whoever debugs the reader; the person is told where. */
  #malformed(at: number, what: string): never {
    void what;
    fail('damaged', { part: this.#part, detail: message('xlsx.detail.malformedXml', { at }) });
  }
}

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** A part's bytes as text: UTF-8 unless a byte-order mark says UTF-16. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes.subarray(2));
  return utf8.decode(bytes);
}
