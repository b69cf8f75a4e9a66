/**
 * Editing a package part by part, for shaping corpus files by hand: text in and out, moving parts
 * (relationships and content types follow), adding a sheet. Test support only.
 */
import { readWorkbook } from '../../src/xlsx/reader';
import { readRelationships, relationshipsPartOf } from '../../src/xlsx/reader/relationships';
import { PackageParts } from '../../src/xlsx/reader/parts';
import { zipParts } from './zip-writer';

export type MutableParts = Map<string, Uint8Array>;

const dec = new TextDecoder();
const enc = new TextEncoder();
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function text(parts: MutableParts, name: string): string {
  const bytes = parts.get(name);
  if (bytes === undefined) throw new Error(`no part ${name}`);
  return dec.decode(bytes);
}

export function setText(parts: MutableParts, name: string, value: string): void {
  parts.set(name, enc.encode(value));
}

export function edit(parts: MutableParts, name: string, change: (xml: string) => string): void {
  setText(parts, name, change(text(parts, name)));
}

/** Where things are in a package, found the way our reader finds them. */
export function locate(parts: MutableParts) {
  const reading = readWorkbook(zipParts(parts, { stored: true }));
  const sheetPart = (name: string) => {
    const part = reading.sheets.find((s) => s.name === name)?.part;
    if (part === undefined || part === null) throw new Error(`no sheet ${name}`);
    return part;
  };
  const pkg = new PackageParts(zipParts(parts, { stored: true }));
  const workbookRels = readRelationships(pkg, reading.workbookPart);
  const rel = (kind: string) => workbookRels.find((r) => r.kind === kind)?.target;
  return { reading, workbook: reading.workbookPart, sheetPart, rel, pkg };
}

/** `a/b/c.xml` seen from `a/d/e.xml` → `../b/c.xml`. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * Renames parts; every relationship (and its own .rels part), the content types and the package
 * relationships follow. `absolute`: write every internal target as an absolute path.
 */
export function movePartsAndRetarget(
  parts: MutableParts,
  moves: ReadonlyMap<string, string>,
  options: { readonly absolute?: boolean } = {},
): MutableParts {
  const moved = (name: string) => moves.get(name) ?? name;
  const pkg = new PackageParts(zipParts(parts, { stored: true }));
  const out: MutableParts = new Map();
  const relsParts = new Set([...parts.keys()].filter((n) => n.endsWith('.rels')));
  for (const [name, bytes] of parts) if (!relsParts.has(name)) out.set(moved(name), bytes);
  for (const relsName of relsParts) {
    const source = sourceOfRels(relsName);
    const rels = readRelationships(pkg, source);
    const newSource = moved(source);
    const xml = rels
      .map((r) => {
        const target = r.external
          ? r.target
          : options.absolute
            ? `/${moved(r.target)}`
            : source === ''
              ? moved(r.target)
              : relativeTarget(newSource, moved(r.target));
        const type = originalType(text(parts, relsName), r.id);
        return `<Relationship Id="${r.id}" Type="${type}" Target="${escape(target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
      })
      .join('');
    setText(
      out,
      source === '' ? '_rels/.rels' : relationshipsPartOf(newSource),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${xml}</Relationships>`,
    );
  }
  edit(out, '[Content_Types].xml', (xml) =>
    xml.replace(
      /PartName="\/([^"]+)"/g,
      (_, name: string) => `PartName="/${escape(moved(unescape(name)))}"`,
    ),
  );
  return out;
}

/** `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; `_rels/.rels` → ''. */
function sourceOfRels(rels: string): string {
  if (rels === '_rels/.rels') return '';
  const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(rels);
  return m === null ? '' : `${m[1]}${m[2]}`;
}

function originalType(relsXml: string, id: string): string {
  const m = new RegExp(`<Relationship[^>]*Id="${id}"[^>]*>`).exec(relsXml);
  return /Type="([^"]+)"/.exec(m?.[0] ?? '')?.[1] ?? '';
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Adds a worksheet at the end of the workbook: part, relationship, content type, sheet entry. */
export function addSheet(
  parts: MutableParts,
  name: string,
  xml: string,
  state?: 'hidden' | 'veryHidden',
): string {
  const { workbook } = locate(parts);
  const dir = workbook.split('/').slice(0, -1).join('/');
  let n = 1;
  const partName = () => `${dir}${dir ? '/' : ''}worksheets/added${n}.xml`;
  while (parts.has(partName())) n++;
  const part = partName();
  setText(parts, part, xml);
  const relsName = relationshipsPartOf(workbook);
  const id = `rIdAdded${n}`;
  edit(parts, relsName, (x) =>
    x.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${REL}/worksheet" Target="${relativeTarget(workbook, part)}"/></Relationships>`,
    ),
  );
  edit(parts, '[Content_Types].xml', (x) =>
    x.replace(
      '</Types>',
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  const ids = [...text(parts, workbook).matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  edit(parts, workbook, (x) =>
    x.replace(
      /<\/(\w+:)?sheets>/,
      (close) =>
        `<sheet name="${name}" sheetId="${sheetId}"${state ? ` state="${state}"` : ''} r:id="${id}" xmlns:r="${REL}"/>${close}`,
    ),
  );
  return part;
}
