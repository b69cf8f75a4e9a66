import JSZip from 'jszip';
import type { Block, Cell, DocumentBlocks } from '../core/list/blocks';
import { Numbering } from './docx-numbering';
import { message } from '../core/i18n';
import { DocumentError } from './errors';
import { child, elements, parseXml, type XmlElement, type XmlNode } from './xml';

/**
 * A .docx read straight from its OOXML parts: body paragraphs (with the numbers Word's automatic
 * numbering shows before them) and tables, whose merged cells are reported as the grid sees them —
 * a horizontally merged cell once at its first column, a vertically merged one in its first row and
 * null below it. Paragraph places count body paragraphs; cells count the table's rows and columns.
 */
const val = (node: XmlElement | undefined): string | undefined => node?.attrs['w:val'];

interface NumberingRef {
  readonly numId: string;
  readonly level: number;
}

/** Paragraph styles that carry numbering (Heading 1 numbered 一、 …), following w:basedOn. */
function styleNumbering(xml: string | null): Map<string, NumberingRef> {
  const out = new Map<string, NumberingRef>();
  if (xml === null) return out;
  const root = parseXml(xml).find((e) => e.name === 'w:styles');
  if (!root) return out;
  const raw = new Map<string, { numPr?: XmlElement; basedOn?: string }>();
  for (const style of elements(root, 'w:style')) {
    const pPr = child(style, 'w:pPr');
    raw.set(style.attrs['w:styleId'] ?? '', {
      numPr: child(pPr, 'w:numPr'),
      basedOn: val(child(style, 'w:basedOn')),
    });
  }
  for (const id of raw.keys()) {
    let current = raw.get(id);
    for (let depth = 0; current && depth < 10; depth++) {
      const numId = val(child(current.numPr, 'w:numId'));
      if (numId !== undefined) {
        out.set(id, { numId, level: Number(val(child(current.numPr, 'w:ilvl')) ?? 0) });
        break;
      }
      current = current.basedOn === undefined ? undefined : raw.get(current.basedOn);
    }
  }
  return out;
}

/** The visible text of a run container, in order: text, tabs, breaks; not deleted text or field codes. */
function runText(node: XmlElement): string {
  let s = '';
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t':
        s += textOf(c.children);
        break;
      case 'w:tab':
      case 'w:ptab':
        s += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        s += '\n';
        break;
      case 'w:noBreakHyphen':
        s += '-';
        break;
      case 'w:del':
      case 'w:instrText':
      case 'w:delText':
      case 'w:pPr':
      case 'w:rPr':
      case 'mc:Fallback':
        break;
      default:
        s += runText(c);
    }
  }
  return s;
}

function textOf(nodes: readonly XmlNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : '')).join('');
}

class DocxReader {
  private paragraphs = 0;
  private tables = 0;
  readonly blocks: Block[] = [];

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, NumberingRef>,
  ) {}

  /** A paragraph's text with its automatic number in front. */
  paragraphText(p: XmlElement): string {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    let ref: NumberingRef | undefined;
    const numId = val(child(numPr, 'w:numId'));
    if (numId !== undefined) {
      ref = { numId, level: Number(val(child(numPr, 'w:ilvl')) ?? 0) };
    } else {
      ref = this.styles.get(val(child(pPr, 'w:pStyle')) ?? '');
    }
    const label = ref ? this.numbering.next(ref.numId, ref.level) : '';
    return label + runText(p);
  }

  body(node: XmlElement): void {
    for (const c of elements(node)) {
      if (c.name === 'w:p') {
        this.paragraphs++;
        this.blocks.push({
          kind: 'paragraph',
          text: this.paragraphText(c),
          place: { line: this.paragraphs },
        });
      } else if (c.name === 'w:tbl') {
        this.table(c);
      } else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') {
        this.body(c);
      }
    }
  }

  private table(tbl: XmlElement): void {
    const table = ++this.tables;
    let row = 0;
    for (const tr of elements(tbl, 'w:tr')) {
      row++;
      const cells: (Cell | null)[] = [];
      let column = 0;
      for (const tc of elements(tr, 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Number(val(child(tcPr, 'w:gridSpan')) ?? 1);
        const vMerge = child(tcPr, 'w:vMerge');
        const continued = vMerge !== undefined && (val(vMerge) ?? 'continue') === 'continue';
        const text = this.cellText(tc);
        cells.push(
          continued && text === '' ? null : { text, place: { table, row, column: column + 1 } },
        );
        for (let k = 1; k < span; k++) cells.push(null);
        column += span;
      }
      this.blocks.push({ kind: 'row', table, row, cells });
    }
  }

  /** A cell's paragraphs joined by line breaks; a nested table is read row by row into the text. */
  private cellText(tc: XmlElement): string {
    const parts: string[] = [];
    for (const c of elements(tc)) {
      if (c.name === 'w:p') parts.push(this.paragraphText(c));
      else if (c.name === 'w:tbl') {
        for (const tr of elements(c, 'w:tr')) {
          parts.push(
            elements(tr, 'w:tc')
              .map((cell) => this.cellText(cell))
              .join('\t'),
          );
        }
      } else if (c.name === 'w:sdt') parts.push(this.cellText(child(c, 'w:sdtContent') ?? c));
    }
    return parts.join('\n').replace(/\n+$/u, '');
  }
}

export async function readDocx(bytes: Uint8Array): Promise<DocumentBlocks> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocumentError('damaged', message('documents.docx.badZip'));
  }
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  const document = await part('word/document.xml');
  if (document === null) {
    throw new DocumentError('unsupported', message('documents.docx.noBody'));
  }
  const root = parseXml(document).find((e) => e.name === 'w:document');
  const body = child(root, 'w:body');
  const reader = new DocxReader(
    new Numbering(await part('word/numbering.xml')),
    styleNumbering(await part('word/styles.xml')),
  );
  if (body) reader.body(body);
  return { format: 'docx', encoding: null, blocks: reader.blocks, notes: [] };
}
