import type { DocumentBlocks } from '../core/list/blocks';
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
    throw new DocumentError(
      'damaged',
      '无法读取这个 Word 97–2003（.doc）文件，请在 Word 或 WPS 中打开后另存为 .docx 再试',
      'cannot read this Word 97–2003 (.doc) file; save it as .docx in Word or WPS and try again',
    );
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
