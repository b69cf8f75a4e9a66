import { NS } from './parts';
import {
  UnsupportedPackage,
  attributesOf,
  findElement,
  requireRoot,
  tagPattern,
  tagsOf,
  withAttribute,
  type Element,
  type Splice,
  applySplices,
} from './xml-text';

/** Where the scratch workbook's style indexes land in the merged styles.xml. */
export interface StyleMap {
  /** A scratch `s="n"` (cellXfs index) → the merged index. */
  readonly xf: (n: number) => number;
  /** A scratch `dxfId="n"` → the merged index. */
  readonly dxf: (n: number) => number;
}

export interface MergedStyles {
  readonly xml: string;
  readonly map: StyleMap;
}

/** The first custom number format id (0–163 are built in). */
const FIRST_CUSTOM_NUMFMT = 164;

/** One list element (fonts, fills…) and its children, as text. */
interface List {
  readonly element: Element | null;
  readonly children: readonly string[];
}

/** Children of a non-nesting list: `<font>…</font>` or `<font/>` items of `<fonts>`. */
export function listOf(xml: string, list: string, item: string): List {
  const element = findElement(xml, list);
  if (element === null || element.empty) return { element, children: [] };
  const inner = xml.slice(element.openEnd, element.closeStart);
  const children: string[] = [];
  const open = tagPattern(item);
  for (let m = open.exec(inner); m !== null; m = open.exec(inner)) {
    if (m[0].endsWith('/>')) {
      children.push(m[0]);
      continue;
    }
    const close = inner.indexOf(`</${item}>`, m.index + m[0].length);
    if (close < 0) throw new UnsupportedPackage(`styles.xml: <${item}> is not closed`);
    const end = close + item.length + 3;
    children.push(inner.slice(m.index, end));
    open.lastIndex = end;
  }
  return { element, children };
}

/**
 * Appends new children to a list element of the user's styles.xml, fixing its `count`; creates
 * the element before `before` (the first of those that exists) when the file has none.
 */
export function appendTo(
  xml: string,
  list: List,
  name: string,
  added: readonly string[],
  create: { readonly after?: readonly string[]; readonly before?: readonly string[] },
): Splice[] {
  if (added.length === 0) return [];
  const total = list.children.length + added.length;
  const el = list.element;
  if (el === null) {
    const text = `<${name} count="${total}">${added.join('')}</${name}>`;
    for (const prev of create.after ?? []) {
      const found = findElement(xml, prev);
      if (found) return [{ start: found.end, end: found.end, text }];
    }
    for (const next of create.before ?? []) {
      const found = findElement(xml, next);
      if (found) return [{ start: found.start, end: found.start, text }];
    }
    throw new UnsupportedPackage(`styles.xml: nowhere to put <${name}>`);
  }
  const open = withAttribute(el.openTag, 'count', String(total));
  if (el.empty) {
    return [
      {
        start: el.start,
        end: el.end,
        text: `${open.replace(/\s*\/>$/, '>')}${added.join('')}</${name}>`,
      },
    ];
  }
  return [
    { start: el.start, end: el.openEnd, text: open },
    { start: el.closeStart, end: el.closeStart, text: added.join('') },
  ];
}

const int = (v: string | undefined) => (v === undefined ? 0 : Number(v));

/**
 * Adds the scratch workbook's formats to the user's styles.xml without rewriting or reordering
 * any entry already there: fonts, fills, borders, cell formats and differential formats are
 * appended; custom number formats reuse an identical one of the user's or take a free id.
 */
/** The lists of a user's styles.xml, or UnsupportedPackage when it is not a shape the patch edits. */
function userStyles(original: string) {
  requireRoot(original, 'xl/styles.xml', 'styleSheet', NS.main);
  const mine = {
    numFmts: listOf(original, 'numFmts', 'numFmt'),
    fonts: listOf(original, 'fonts', 'font'),
    fills: listOf(original, 'fills', 'fill'),
    borders: listOf(original, 'borders', 'border'),
    cellStyleXfs: listOf(original, 'cellStyleXfs', 'xf'),
    cellXfs: listOf(original, 'cellXfs', 'xf'),
    dxfs: listOf(original, 'dxfs', 'dxf'),
  };
  if (mine.cellXfs.children.length === 0 || mine.cellStyleXfs.children.length === 0) {
    throw new UnsupportedPackage('styles.xml has no cell formats or no cell style formats');
  }
  for (const list of ['fonts', 'fills', 'borders'] as const) {
    if (mine[list].element === null) throw new UnsupportedPackage(`styles.xml has no <${list}>`);
  }
  return mine;
}

/** Throws UnsupportedPackage unless mergeStyles can add to this styles.xml. */
export function checkUserStyles(original: string): void {
  userStyles(original);
}

/**
 * Adds the scratch workbook's formats to the user's styles.xml without rewriting or reordering
 * any entry already there: fonts, fills, borders, cell formats and differential formats are
 * appended; custom number formats reuse an identical one of the user's or take a free id.
 */
export function mergeStyles(original: string, scratch: string): MergedStyles {
  const mine = userStyles(original);
  requireRoot(scratch, 'scratch styles.xml', 'styleSheet', NS.main);
  const theirs = {
    numFmts: listOf(scratch, 'numFmts', 'numFmt'),
    fonts: listOf(scratch, 'fonts', 'font'),
    fills: listOf(scratch, 'fills', 'fill'),
    borders: listOf(scratch, 'borders', 'border'),
    cellXfs: listOf(scratch, 'cellXfs', 'xf'),
    dxfs: listOf(scratch, 'dxfs', 'dxf'),
  };

  // Custom number formats: the same code the user has, or an id nobody uses yet.
  const userCodes = new Map<string, number>();
  let nextId = FIRST_CUSTOM_NUMFMT;
  for (const tag of mine.numFmts.children) {
    const a = attributesOf(tag);
    const id = int(a.get('numFmtId'));
    userCodes.set(a.get('formatCode') ?? '', id);
    nextId = Math.max(nextId, id + 1);
  }
  const numFmtIds = new Map<number, number>();
  const newNumFmts: string[] = [];
  for (const tag of theirs.numFmts.children) {
    const a = attributesOf(tag);
    const id = int(a.get('numFmtId'));
    const code = a.get('formatCode') ?? '';
    const reused = userCodes.get(code);
    if (reused !== undefined) {
      numFmtIds.set(id, reused);
      continue;
    }
    numFmtIds.set(id, nextId);
    userCodes.set(code, nextId);
    newNumFmts.push(withAttribute(tag, 'numFmtId', String(nextId)));
    nextId++;
  }

  const offset = {
    font: mine.fonts.children.length,
    fill: mine.fills.children.length,
    border: mine.borders.children.length,
    xf: mine.cellXfs.children.length,
    dxf: mine.dxfs.children.length,
  };
  // Scratch cell format 0 is ExcelJS's default, which unstyled cells use by writing no `s`: in
  // the user's file those cells take the user's default (format 0), as any new cell would.
  const newXfs = theirs.cellXfs.children.slice(1).map((xf) => {
    const open = tagsOf(xf, 'xf')[0];
    if (open === undefined) throw new Error('scratch styles: unreadable <xf>');
    const a = attributesOf(open.text);
    const numFmt = int(a.get('numFmtId'));
    let tag = open.text;
    tag = withAttribute(tag, 'numFmtId', String(numFmtIds.get(numFmt) ?? numFmt));
    tag = withAttribute(tag, 'fontId', String(int(a.get('fontId')) + offset.font));
    tag = withAttribute(tag, 'fillId', String(int(a.get('fillId')) + offset.fill));
    tag = withAttribute(tag, 'borderId', String(int(a.get('borderId')) + offset.border));
    tag = withAttribute(tag, 'xfId', '0');
    return tag + xf.slice(open.text.length);
  });

  const splices: Splice[] = [
    ...appendTo(original, mine.numFmts, 'numFmts', newNumFmts, { before: ['fonts'] }),
    ...appendTo(original, mine.fonts, 'fonts', theirs.fonts.children, {}),
    ...appendTo(original, mine.fills, 'fills', theirs.fills.children, {}),
    ...appendTo(original, mine.borders, 'borders', theirs.borders.children, {}),
    ...appendTo(original, mine.cellXfs, 'cellXfs', newXfs, {}),
    ...appendTo(original, mine.dxfs, 'dxfs', theirs.dxfs.children, {
      after: ['cellStyles', 'cellXfs'],
    }),
  ];
  return {
    xml: applySplices(original, splices),
    map: {
      xf: (n) => (n === 0 ? 0 : offset.xf + n - 1),
      dxf: (n) => offset.dxf + n,
    },
  };
}
