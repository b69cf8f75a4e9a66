import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DocumentBlocks } from '../core/list/blocks';
import { parseDocument } from '../core/list/document';
import { describeFound, refusalOf } from '../core/list/refusal';
import { rectificationListSchema, type RectificationList } from '../core/list/schema';
import { DocumentError } from '../documents/errors';
import { nodeLoaders } from '../documents/node-loaders';
import { readDocument } from '../documents/read';
import { message } from '../core/i18n';
import { fsErrorMessage } from '../xlsx/errors';
import { CliError } from './errors';

/** The embedded default list, shipped in the repository. */
export const DEFAULT_SEED_PATH = fileURLToPath(
  new URL('../../seeds/baojing-rectification-list.txt', import.meta.url),
);

/**
 * Reads a list document of any kind the project reads (text in UTF-8, UTF-16 or GB18030, .docx,
 * .doc, .pdf with text, .xlsx), found by its content, and returns the schema-checked reading; fails
 * with a one-line message (exit 2) for a file that cannot be read, or a reading that must not become
 * a ledger (no item, no measure, a duplicated item or measure number).
 */
export async function readList(path: string): Promise<RectificationList> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(message('cli.list.unreadable', { path, reason: fsErrorMessage(error) }));
  }
  let document: DocumentBlocks;
  try {
    document = await readDocument(new Uint8Array(bytes), nodeLoaders);
  } catch (error) {
    if (error instanceof DocumentError) {
      throw new CliError(message('cli.list.refused', { path, reason: error.said }));
    }
    throw error;
  }
  const list = rectificationListSchema.parse(parseDocument(document));
  const paragraphs = document.blocks.filter((b) => b.kind === 'paragraph' && b.text.trim() !== '');
  const tables = new Set(document.blocks.flatMap((b) => (b.kind === 'row' ? [b.table] : []))).size;
  const opening = paragraphs.find((b) => b.kind === 'paragraph')?.text.trim() ?? '';
  const refusal = refusalOf(list, describeFound(paragraphs.length, tables, opening));
  if (refusal !== null) throw new CliError(message('cli.list.refused', { path, reason: refusal }));
  return list;
}
