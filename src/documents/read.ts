import type { Grid } from '../core/grid';
import { documentBlocksSchema, type DocumentBlocks } from '../core/list/blocks';
import type { WordExtractorLike } from './doc';
import { sniff, zipKind } from './detect';
import { message, type MessageKey } from '../core/i18n';
import { DocumentError } from './errors';
import type { PdfJs } from './pdf';
import { gridBlocks } from './spreadsheet';
import { decodeText, textBlocks } from './text';

/**
 * Bytes in, blocks out: finds what the file is by its content and hands it to that format's reader.
 * Heavy libraries come through `loaders`, so each face loads them its own way and only when a file
 * of that kind is opened; a face that cannot read a format leaves its loader out.
 */
export interface DocumentLoaders {
  readonly pdfjs?: () => Promise<PdfJs>;
  readonly wordExtractor?: () => Promise<WordExtractorLike>;
  /** The first sheet of an .xlsx with content, as a grid (the project's workbook reader). */
  readonly spreadsheetGrid?: (bytes: Uint8Array) => Promise<Grid>;
}

/** A rectification list is tens of kilobytes, a PDF of one a few megabytes. */
export const MAX_DOCUMENT_BYTES = 30 * 1024 * 1024;

/** A kind of file this face cannot read, with the save-as advice. */
function unsupported(what: MessageKey & `documents.what.${string}`): DocumentError {
  return new DocumentError(
    'unsupported',
    message('documents.unsupported', { what: message(what) }),
  );
}

export async function readDocument(
  bytes: Uint8Array,
  loaders: DocumentLoaders,
): Promise<DocumentBlocks> {
  if (bytes.length === 0) throw new DocumentError('empty', message('documents.empty'));
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const mb = Math.round(bytes.length / 1024 / 1024);
    throw new DocumentError('too-large', message('documents.tooLarge', { mb }));
  }
  const reading = await readByKind(bytes, loaders);
  return documentBlocksSchema.parse(reading);
}

async function readByKind(bytes: Uint8Array, loaders: DocumentLoaders): Promise<DocumentBlocks> {
  let kind = sniff(bytes);
  if (kind === 'zip') {
    let entries: string[];
    try {
      // Loaded only for zips, so a pane that reads text never downloads it.
      const { default: JSZip } = await import('jszip');
      entries = Object.keys((await JSZip.loadAsync(bytes)).files);
    } catch {
      throw new DocumentError('damaged', message('documents.badZip'));
    }
    kind = zipKind(entries);
  }
  switch (kind) {
    case 'text':
      return textBlocks(decodeText(bytes));
    case 'docx':
      return (await import('./docx')).readDocx(bytes);
    case 'pdf':
      if (!loaders.pdfjs) throw unsupported('documents.what.noPdf');
      return (await import('./pdf')).readPdf(bytes, await loaders.pdfjs());
    case 'doc':
      if (!loaders.wordExtractor) {
        throw unsupported('documents.what.noDoc');
      }
      return (await import('./doc')).readDoc(bytes, await loaders.wordExtractor());
    case 'xlsx':
      if (!loaders.spreadsheetGrid) {
        throw unsupported('documents.what.noXlsx');
      }
      return gridBlocks(await loaders.spreadsheetGrid(bytes), 'xlsx');
    case 'xls':
      throw new DocumentError('unsupported', message('documents.xls'));
    case 'rtf':
      throw unsupported('documents.what.rtf');
    case 'zip':
      throw unsupported('documents.what.zip');
    case 'ole':
    case 'csv':
      throw unsupported('documents.what.unknownOffice');
  }
}
