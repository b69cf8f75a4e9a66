import type { Grid } from '../core/grid';
import { documentBlocksSchema, type DocumentBlocks } from '../core/list/blocks';
import type { WordExtractorLike } from './doc';
import { sniff, zipKind } from './detect';
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

const SAVE_AS = '请在 Word 或 WPS 中另存为 .docx（或 UTF-8 文本）后再试';
const SAVE_AS_EN = 'save it as .docx (or UTF-8 text) in Word or WPS and try again';

function unsupported(what: string, english: string): DocumentError {
  return new DocumentError('unsupported', `${what}，${SAVE_AS}`, `${english}; ${SAVE_AS_EN}`);
}

export async function readDocument(
  bytes: Uint8Array,
  loaders: DocumentLoaders,
): Promise<DocumentBlocks> {
  if (bytes.length === 0) throw new DocumentError('empty', '文件是空的', 'the file is empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      'too-large',
      `文件有 ${Math.round(bytes.length / 1024 / 1024)} MB，不像是一份整改清单`,
      'the file is too large to be a rectification list',
    );
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
      throw new DocumentError(
        'damaged',
        '文件是一个读不出来的压缩包（可能不完整），请重新下载或另存一份',
        'an unreadable zip (perhaps incomplete); download or save it again',
      );
    }
    kind = zipKind(entries);
  }
  switch (kind) {
    case 'text':
      return textBlocks(decodeText(bytes));
    case 'docx':
      return (await import('./docx')).readDocx(bytes);
    case 'pdf':
      if (!loaders.pdfjs) throw unsupported('这里不能读取 PDF', 'PDF cannot be read here');
      return (await import('./pdf')).readPdf(bytes, await loaders.pdfjs());
    case 'doc':
      if (!loaders.wordExtractor) {
        throw unsupported('这里不能读取 Word 97–2003（.doc）文件', 'a .doc cannot be read here');
      }
      return (await import('./doc')).readDoc(bytes, await loaders.wordExtractor());
    case 'xlsx':
      if (!loaders.spreadsheetGrid) {
        throw unsupported('这里不能读取 Excel 文件', 'an .xlsx cannot be read here');
      }
      return gridBlocks(await loaders.spreadsheetGrid(bytes), 'xlsx');
    case 'xls':
      throw new DocumentError(
        'unsupported',
        '这是 Excel 97–2003（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试',
        'an Excel 97–2003 (.xls) workbook; save it as .xlsx and try again',
      );
    case 'rtf':
      throw unsupported('这是 RTF 文件', 'an RTF file');
    case 'zip':
      throw unsupported(
        '这个压缩包既不是 Word 文档也不是 Excel 工作簿',
        'a zip that is neither Word nor Excel',
      );
    case 'ole':
    case 'csv':
      throw unsupported('无法识别这个 Office 文件', 'an Office file of an unknown kind');
  }
}
