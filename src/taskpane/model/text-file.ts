import { message, type Message } from '../../core/i18n';
import type { DocumentBlocks } from '../../core/list/blocks';
import { parseDocument } from '../../core/list/document';
import { describeFound, refusalOf } from '../../core/list/refusal';
import { rectificationListSchema, type RectificationList } from '../../core/list/schema';
import { browserLoaders } from '../../documents/browser-loaders';
import { DocumentError } from '../../documents/errors';
import { MAX_DOCUMENT_BYTES, readDocument } from '../../documents/read';
/**
 * Turns the bytes of a chosen .txt file into text. Lists saved on Chinese Windows are often GB18030
 * (ANSI) rather than UTF-8, so UTF-8 is tried strictly first and GB18030 second.
 */
export type TextFileReading =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'empty' | 'binary' | 'too-large' };

/** A rectification list is tens of kilobytes; anything this big is the wrong file. */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;

export function decodeListFile(bytes: Uint8Array): TextFileReading {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_LIST_BYTES) return { ok: false, reason: 'too-large' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: read as GB18030, the superset of GBK that Chinese Windows saves as "ANSI".
    text = new TextDecoder('gb18030').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text };
}

/** A chosen list file read as a list, or why it cannot become one (a message to say). */
export type ListFileReading =
  | { readonly ok: true; readonly list: RectificationList }
  | { readonly ok: false; readonly reason: 'empty' | 'binary' | 'too-large' }
  | { readonly ok: false; readonly reason: 'document' | 'refused'; readonly said: Message };

/**
 * Any list document the project reads (text, .docx, .pdf, .xlsx; see src/documents/), read and
 * recognised exactly as `rectify parse` reads it, and refused for the same reasons (duplicated
 * numbers, no item, no measure) before anything is shown as importable.
 */
export async function readListFile(bytes: Uint8Array): Promise<ListFileReading> {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: 'too-large' };
  let document: DocumentBlocks;
  try {
    document = await readDocument(bytes, browserLoaders);
  } catch (error) {
    if (error instanceof DocumentError) {
      if (error.code === 'empty') return { ok: false, reason: 'empty' };
      if (error.code === 'binary') return { ok: false, reason: 'binary' };
      return { ok: false, reason: 'document', said: error.said };
    }
    // A reader's own failure (pdf.js, ExcelJS): said as it is, not as a verdict on the file.
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: 'document',
      said: message('documents.readerFailed', { detail: why }),
    };
  }
  const list = rectificationListSchema.parse(parseDocument(document));
  const paragraphs = document.blocks.filter((b) => b.kind === 'paragraph' && b.text.trim() !== '');
  const tables = new Set(document.blocks.flatMap((b) => (b.kind === 'row' ? [b.table] : []))).size;
  const opening = paragraphs.find((b) => b.kind === 'paragraph')?.text.trim() ?? '';
  const refusal = refusalOf(list, describeFound(paragraphs.length, tables, opening));
  if (refusal !== null) return { ok: false, reason: 'refused', said: refusal };
  return { ok: true, list };
}
