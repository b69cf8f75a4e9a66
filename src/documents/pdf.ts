import type * as PdfJsModule from 'pdfjs-dist';
import type { Block, DocumentBlocks, ReaderNote } from '../core/list/blocks';
import { message, type MessageKey } from '../core/i18n';
import { quote } from '../core/list/diagnostics';
import { DocumentError } from './errors';

/**
 * A PDF with a text layer, read with pdf.js (passed in, so that the CLI and the browser load the
 * build that suits them, and only when a PDF is opened). pdf.js gives positioned pieces of text;
 * this puts them back into lines, takes out page numbers and running headers and footers (kept as
 * notes: the reading stays lossless), and joins lines into paragraphs across wraps and page breaks.
 */
export type PdfJs = Pick<typeof PdfJsModule, 'getDocument'>;

interface Piece {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PdfLine {
  readonly page: number;
  /** 1-based line on the page as printed, headers included. */
  readonly line: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
}

const ASCII_WORD = /[A-Za-z0-9]/u;

/** Pieces of one page into lines, top to bottom, each left to right. */
export function linesOfPage(page: number, pieces: readonly Piece[]): PdfLine[] {
  // Thin spaces between Chinese and Latin characters (Word's and LibreOffice's autospace) are
  // spacing, not text: `2021 年 12 月` is `2021年12月` on paper.
  const text = pieces.filter(
    (p) => p.str !== '' && !(p.str.trim() === '' && p.width < p.size * 0.35),
  );
  const sorted = text.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const piece of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - piece.y) <= Math.max(first.size, piece.size) * 0.5) {
      row.push(piece);
    } else rows.push([piece]);
  }
  return rows.map((row, i) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of row) {
      const gap = p.x - end;
      const before = text[text.length - 1] ?? '';
      if (text !== '' && gap > p.size * 0.6 && !/\s$/u.test(text)) {
        // A visible gap is a space between words; between CJK characters it is layout (a table
        // flattened by the PDF, `牵头单位：县委办    督办县领导：…`), kept as one space too.
        text += ' ';
      } else if (
        text !== '' &&
        gap > p.size * 0.15 &&
        ASCII_WORD.test(before) &&
        ASCII_WORD.test(p.str[0] ?? '')
      ) {
        text += ' ';
      }
      text += p.str;
      end = Math.max(end, p.x + p.width);
    }
    const size = Math.max(...row.map((p) => p.size));
    return {
      page,
      line: i + 1,
      text,
      left: row[0]?.x ?? 0,
      right: end,
      y: row[0]?.y ?? 0,
      size,
    };
  });
}

const PAGE_NUMBER = [
  /^[—－\-–―~～\s]*\d{1,4}[—－\-–―~～\s]*$/u,
  /^第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
];

const furnitureKey = (text: string) => text.replace(/\s+/gu, '').replace(/\d+/gu, '#');

/**
 * Page numbers at the top or bottom of a page, and lines that repeat at the same end of two or more
 * pages (a running header `保靖县整改清单`, a footer with the date), are not the document's text.
 */
const FURNITURE_SAID = {
  'page-number': 'documents.pdf.pageNumber',
  'running-header': 'documents.pdf.runningHeader',
  'running-footer': 'documents.pdf.runningFooter',
} as const satisfies Record<string, MessageKey>;

export function takeFurniture(pages: PdfLine[][]): { pages: PdfLine[][]; notes: ReaderNote[] } {
  const notes: ReaderNote[] = [];
  // A running header or footer repeats at the same height on most pages; a body line that happens
  // to end two full pages (`整改时限：…`) does not repeat that often.
  const needed = pages.length <= 2 ? 2 : Math.max(3, Math.ceil(pages.length / 2));
  const keyOf = (line: PdfLine) => `${Math.round(line.y)}|${furnitureKey(line.text)}`;
  const count = (pick: (lines: PdfLine[]) => PdfLine | undefined) => {
    const n = new Map<string, number>();
    for (const lines of pages) {
      const line = pick(lines);
      if (line) n.set(keyOf(line), (n.get(keyOf(line)) ?? 0) + 1);
    }
    return n;
  };
  const firsts = count((l) => l[0]);
  const lasts = count((l) => l[l.length - 1]);
  const out = pages.map((lines) => {
    const kept = [...lines];
    const drop = (line: PdfLine, why: 'page-number' | 'running-header' | 'running-footer') => {
      notes.push({
        place: { page: line.page, line: line.line },
        code: why,
        said: message(FURNITURE_SAID[why], { text: quote(line.text) }),
        dropped: line.text,
      });
    };
    for (let guard = 0; guard < 3 && kept.length > 0; guard++) {
      const top = kept[0];
      if (!top) break;
      const pageNumber = PAGE_NUMBER.some((p) => p.test(top.text.trim()));
      if (pageNumber || (firsts.get(keyOf(top)) ?? 0) >= needed) {
        drop(top, pageNumber ? 'page-number' : 'running-header');
        kept.shift();
      } else break;
    }
    for (let guard = 0; guard < 3 && kept.length > 0; guard++) {
      const bottom = kept[kept.length - 1];
      if (!bottom) break;
      const pageNumber = PAGE_NUMBER.some((p) => p.test(bottom.text.trim()));
      if (pageNumber || (lasts.get(keyOf(bottom)) ?? 0) >= needed) {
        drop(bottom, pageNumber ? 'page-number' : 'running-footer');
        kept.pop();
      } else break;
    }
    return kept;
  });
  return { pages: out, notes };
}

/** A line that starts the way numbered or labelled paragraphs of the genre start. */
const HEADING_START =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[．.、]|[①-⑳]|【|第[一二三四五六七八九十\d]{1,3}条|[\u4e00-\u9fff]{2,6}\s*[：:])/u;
const SENTENCE_END = /[。；：！？;:!?）)”]$/u;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Lines into paragraphs: a line continues the one before when that one ran to the right margin. */
export function paragraphsOf(pages: PdfLine[][]): Block[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const size = median(all.map((l) => l.size)) || 10;
  const lefts = new Map<number, number>();
  for (const l of all) lefts.set(Math.round(l.left), (lefts.get(Math.round(l.left)) ?? 0) + 1);
  const left = [...lefts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  // The right margin is where most lines end (a line may overhang it by a punctuation mark).
  const rights = new Map<number, number>();
  for (const l of all) rights.set(Math.round(l.right), (rights.get(Math.round(l.right)) ?? 0) + 1);
  const right = [...rights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const pitches: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1];
      const b = lines[i];
      if (a && b) pitches.push(a.y - b.y);
    }
  }
  const pitch = median(pitches) || size * 1.5;
  const blocks: Block[] = [];
  let previous: PdfLine | null = null;
  let text = '';
  let place: { page: number; line: number } | null = null;
  const flush = () => {
    if (place) blocks.push({ kind: 'paragraph', text, place });
  };
  for (const line of all) {
    let continues = previous !== null;
    if (previous) {
      // Line breaking rules (no “ at a line's end, no 。at the start) leave a line up to two
      // characters short of the margin.
      const full = previous.right >= right - size * 2.5;
      const indented = line.left > left + size * 0.8;
      const samePage = previous.page === line.page;
      const gap = samePage && previous.y - line.y > pitch * 1.6;
      const heading = SENTENCE_END.test(previous.text) && HEADING_START.test(line.text.trim());
      continues = full && !indented && !gap && !heading;
    }
    if (continues && previous) {
      const a = previous.text[previous.text.length - 1] ?? '';
      const b = line.text[0] ?? '';
      text += ASCII_WORD.test(a) && ASCII_WORD.test(b) ? ` ${line.text}` : line.text;
    } else {
      flush();
      text = line.text;
      place = { page: line.page, line: line.line };
    }
    previous = line;
  }
  flush();
  return blocks;
}

export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs): Promise<DocumentBlocks> {
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new DocumentError('encrypted-pdf', message('documents.pdf.encrypted'));
    }
    throw new DocumentError('damaged', message('documents.pdf.damaged'));
  }
  try {
    const pages: PdfLine[][] = [];
    let characters = 0;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const transform = item.transform as number[];
        const size = Math.abs(transform[3] ?? 0) || Math.abs(item.height) || 10;
        pieces.push({
          str: item.str,
          x: transform[4] ?? 0,
          y: transform[5] ?? 0,
          width: item.width,
          size,
        });
        characters += item.str.trim().length;
      }
      pages.push(linesOfPage(n, pieces));
      page.cleanup();
    }
    if (characters === 0) {
      throw new DocumentError(
        'scanned-pdf',
        message('documents.pdf.scanned', { pages: document.numPages }),
      );
    }
    const { pages: body, notes } = takeFurniture(pages);
    return { format: 'pdf', encoding: null, blocks: paragraphsOf(body), notes };
  } finally {
    await task.destroy();
  }
}
