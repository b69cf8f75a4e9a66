import type { DocumentFormat } from '../core/list/blocks';

/**
 * What a file is, from its first bytes and, for containers, the names inside: never from the file
 * name, which staff change freely (`清单.doc` that is really a .docx, a PDF saved as `.txt`).
 */
export type DetectedKind =
  | DocumentFormat
  | 'zip' // a zip that is neither a Word document nor a workbook
  | 'ole' // a Word 97–2003 / Excel 97–2003 container: see oleKind
  | 'xls'
  | 'rtf';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

/** The kind of a file by its leading bytes; zips are told apart later by their entries. */
export function sniff(bytes: Uint8Array): DetectedKind {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return oleKind(bytes);
  // PDF allows junk before the header within the first kilobyte.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (ascii(bytes, 0, 5) === '{\\rtf') return 'rtf';
  return 'text';
}

/** An OLE compound file holds a `WordDocument` stream (.doc) or a `Workbook`/`Book` one (.xls). */
function oleKind(bytes: Uint8Array): DetectedKind {
  const utf16 = (name: string) => [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const has = (name: string) => indexOf(bytes, utf16(name)) >= 0;
  if (has('WordDocument')) return 'doc';
  if (has('Workbook') || has('Book')) return 'xls';
  return 'ole';
}

function indexOf(bytes: Uint8Array, needle: readonly number[]): number {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A zip is a Word document or a workbook by the part it holds. */
export function zipKind(entries: readonly string[]): DetectedKind {
  if (entries.includes('word/document.xml')) return 'docx';
  if (entries.includes('xl/workbook.xml')) return 'xlsx';
  return 'zip';
}
