import {
  eachEntryChunk,
  entryBytes,
  entryText,
  newEntry,
  newEntryFromPieces,
  readZip,
  writeZip,
  type ZipEntry,
} from './zip';
import {
  UnsupportedPackage,
  applySplices,
  attributesOf,
  escapeXml,
  findElement,
  requireRoot,
  tagsOf,
  withDefaultNamespace,
  type Splice,
} from './xml-text';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  docRels: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

const REL_TYPE = `${NS.docRels}/`;
export const REL = {
  officeDocument: `${REL_TYPE}officeDocument`,
  worksheet: `${REL_TYPE}worksheet`,
  styles: `${REL_TYPE}styles`,
  calcChain: `${REL_TYPE}calcChain`,
  hyperlink: `${REL_TYPE}hyperlink`,
  extendedProperties: `${REL_TYPE}extended-properties`,
  table: `${REL_TYPE}table`,
  comments: `${REL_TYPE}comments`,
  vmlDrawing: `${REL_TYPE}vmlDrawing`,
  coreProperties:
    'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

export const COMMENTS_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
export const VML_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

export const TABLE_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

export const WORKSHEET_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/**
 * A part's text given piece by piece, produced when the package is written: a big worksheet is
 * encoded and deflated as it is made, never held as one string (see sheetPartPieces).
 */
interface PiecesPart {
  readonly pieces: () => Iterable<string>;
}

/**
 * An .xlsx package: its zip, read part by part, with parts set or removed. Parts are named
 * without a leading slash; untouched parts keep their place and their compressed bytes.
 */
export class Package {
  private readonly entries: Map<string, ZipEntry>;
  private readonly changed = new Map<string, string | PiecesPart | null>();

  private constructor(entries: readonly ZipEntry[]) {
    this.entries = new Map(entries.map((e) => [e.name, e]));
  }

  static open(bytes: Uint8Array): Package {
    return new Package(readZip(bytes));
  }

  /** A package with no parts yet (a new workbook is built by setting them). */
  static empty(): Package {
    return new Package([]);
  }

  has(part: string): boolean {
    if (this.changed.has(part)) return this.changed.get(part) !== null;
    return this.entries.has(part);
  }

  async text(part: string): Promise<string> {
    const changed = this.changed.get(part);
    if (typeof changed === 'string') return changed;
    if (changed !== undefined && changed !== null) return [...changed.pieces()].join('');
    if (changed === null) throw new UnsupportedPackage(`${part} is missing`);
    const entry = this.entries.get(part);
    if (entry === undefined) throw new UnsupportedPackage(`${part} is missing`);
    return entryText(entry);
  }

  /** A part's content as bytes (UTF-8 for a part set as text). */
  async bytes(part: string): Promise<Uint8Array> {
    const changed = this.changed.get(part);
    if (changed !== undefined) return new TextEncoder().encode(await this.text(part));
    const entry = this.entries.get(part);
    if (entry === undefined) throw new UnsupportedPackage(`${part} is missing`);
    return entryBytes(entry);
  }

  /** A part's content as bytes, handed to `each` in pieces (a big sheet is never whole in memory). */
  async eachChunk(part: string, each: (chunk: Uint8Array) => void): Promise<void> {
    const entry = this.changed.has(part) ? undefined : this.entries.get(part);
    if (entry === undefined) return each(await this.bytes(part));
    return eachEntryChunk(entry, each);
  }

  async textIfAny(part: string): Promise<string | null> {
    return this.has(part) ? this.text(part) : null;
  }

  /** Every part name, folders included, in zip order, then parts set since. */
  parts(): string[] {
    const names = [...this.entries.keys()].filter((p) => this.changed.get(p) !== null);
    for (const [p, text] of this.changed) if (text !== null && !this.entries.has(p)) names.push(p);
    return names;
  }

  set(part: string, text: string): void {
    this.changed.set(part, text);
  }

  /** Sets a part whose text `pieces` gives when the package is written (may run more than once). */
  setPieces(part: string, pieces: () => Iterable<string>): void {
    this.changed.set(part, { pieces });
  }

  remove(part: string): void {
    this.changed.set(part, null);
  }

  /**
   * The package as .xlsx bytes: changed parts in place, new parts at the end in the order they
   * were set (parts are deflated in parallel; the order never depends on which finishes first).
   */
  async toBytes(now: Date): Promise<Uint8Array> {
    const made = await Promise.all(
      [...this.changed].map(async ([part, text]): Promise<[string, ZipEntry] | null> => {
        if (text === null) return null;
        const entry =
          typeof text === 'string'
            ? await newEntry(part, text, now)
            : await newEntryFromPieces(part, text.pieces(), now);
        return [part, entry];
      }),
    );
    const fresh = new Map(made.filter((e) => e !== null));
    const out: ZipEntry[] = [];
    for (const [name, entry] of this.entries) {
      if (!this.changed.has(name)) out.push(entry);
      else if (fresh.has(name)) out.push(fresh.get(name) as ZipEntry);
    }
    for (const [name, entry] of fresh) if (!this.entries.has(name)) out.push(entry);
    return writeZip(out);
  }
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; `` → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that owns it, as a part name. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = source.slice(0, source.lastIndexOf('/') + 1);
  const segments: string[] = [];
  for (const seg of `${base}${target}`.split('/')) {
    if (seg === '..') segments.pop();
    else if (seg !== '.' && seg !== '') segments.push(seg);
  }
  return segments.join('/');
}

/**
 * The target a relationship of `source` gives to reach `target` (both part names): relative, as
 * Excel writes them, from wherever the source part sits (`xl/worksheets/`, the zip root …).
 */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  readonly start: number;
  readonly end: number;
}

/** A `.rels` part, editable by text. */
export class Relationships {
  private readonly splices: Splice[] = [];
  readonly list: readonly Relationship[];
  /** The part's XML, without a prefix for its own namespace (as the edits splice it). */
  readonly xml: string;

  constructor(xml: string, part: string) {
    // ElementTree writers prefix every element (`<ns0:Relationships xmlns:ns0=…>`).
    this.xml = withDefaultNamespace(xml, part, 'Relationships', NS.rels);
    requireRoot(this.xml, part, 'Relationships', NS.rels);
    this.list = tagsOf(this.xml, 'Relationship').map((tag) => {
      const a = attributesOf(tag.text);
      return {
        id: a.get('Id') ?? '',
        type: a.get('Type') ?? '',
        target: a.get('Target') ?? '',
        external: a.get('TargetMode') === 'External',
        start: tag.start,
        end: tag.end,
      };
    });
  }

  byId(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  /** A relationship id not used yet (`rId<n>`, as Excel and ExcelJS name them). */
  freshId(taken: Set<string> = new Set()): string {
    const used = new Set([...this.list.map((r) => r.id), ...taken]);
    let n = this.list.length + 1;
    while (used.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  add(id: string, type: string, target: string): void {
    const close = this.xml.lastIndexOf('</Relationships>');
    if (close < 0) throw new UnsupportedPackage('relationships part is empty-tagged');
    this.splices.push({
      start: close,
      end: close,
      text: `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`,
    });
  }

  remove(rel: Relationship): void {
    this.splices.push({ start: rel.start, end: rel.end, text: '' });
  }

  toString(): string {
    return applySplices(this.xml, this.splices);
  }
}

/** `[Content_Types].xml`, editable by text. */
export class ContentTypes {
  private readonly splices: Splice[] = [];
  private readonly overrides: { part: string; start: number; end: number }[];
  private readonly defaults: ReadonlySet<string>;
  private readonly addedDefaults = new Set<string>();
  /** The part's XML, without a prefix for its own namespace (as the edits splice it). */
  readonly xml: string;

  constructor(raw: string) {
    const xml = withDefaultNamespace(raw, '[Content_Types].xml', 'Types', NS.types);
    this.xml = xml;
    requireRoot(xml, '[Content_Types].xml', 'Types', NS.types);
    const defaults = tagsOf(xml, 'Default').map((t) => attributesOf(t.text));
    const rels = defaults.find((d) => d.get('Extension')?.toLowerCase() === 'rels');
    if (rels === undefined) throw new UnsupportedPackage('no content type for .rels parts');
    this.defaults = new Set(defaults.map((d) => (d.get('Extension') ?? '').toLowerCase()));
    this.overrides = tagsOf(xml, 'Override').map((t) => ({
      part: (attributesOf(t.text).get('PartName') ?? '').replace(/^\//, ''),
      start: t.start,
      end: t.end,
    }));
  }

  override(part: string, contentType: string): void {
    if (this.overrides.some((o) => o.part.toLowerCase() === part.toLowerCase())) return;
    const close = this.xml.lastIndexOf('</Types>');
    if (close < 0) throw new UnsupportedPackage('[Content_Types].xml is empty-tagged');
    this.splices.push({
      start: close,
      end: close,
      text: `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`,
    });
  }

  /** A default content type for an extension, unless the file has one for it already. */
  addDefault(extension: string, contentType: string): void {
    if (this.defaults.has(extension.toLowerCase()) || this.addedDefaults.has(extension)) return;
    this.addedDefaults.add(extension);
    const close = this.xml.lastIndexOf('</Types>');
    if (close < 0) throw new UnsupportedPackage('[Content_Types].xml is empty-tagged');
    this.splices.push({
      start: close,
      end: close,
      text: `<Default Extension="${escapeXml(extension)}" ContentType="${contentType}"/>`,
    });
  }

  removeOverride(part: string): void {
    for (const o of this.overrides) {
      if (o.part.toLowerCase() === part.toLowerCase()) {
        this.splices.push({ start: o.start, end: o.end, text: '' });
      }
    }
  }

  toString(): string {
    return applySplices(this.xml, this.splices);
  }
}

/** The element's children region, or null for an empty element (`<x/>`). */
export function innerOf(xml: string, name: string): string | null {
  const el = findElement(xml, name);
  return el === null || el.empty ? null : xml.slice(el.openEnd, el.closeStart);
}
