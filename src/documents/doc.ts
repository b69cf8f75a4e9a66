import type { DocumentBlocks } from '../core/list/blocks';
import { message } from '../core/i18n';
import { DocumentError } from './errors';

/**
 * A Word 97–2003 .doc, read with word-extractor (passed in: it needs Node's Buffer, so the CLI loads
 * it and the task pane asks for a .docx instead). Its body text keeps paragraphs as lines; headers,
 * footers and footnotes are separate streams and so never enter the body. Table cells end in tabs.
 */
export interface WordExtractorLike {
  extract(source: Buffer): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }>;
}

export async function readDoc(
  bytes: Uint8Array,
  extractor: WordExtractorLike,
): Promise<DocumentBlocks> {
  let body: string;
  try {
    // Unfiltered: word-extractor would otherwise turn “” into "" and — into -.
    body = (await extractor.extract(Buffer.from(bytes))).getBody({ filterUnicode: false });
  } catch {
    throw new DocumentError('damaged', message('documents.doc.unreadable'));
  }
  return {
    format: 'doc',
    encoding: null,
    blocks: body
      .split(/\r\n|\r|\n/u)
      .map((text, i) => ({ kind: 'paragraph' as const, text, place: { line: i + 1 } })),
    notes: [],
  };
}
