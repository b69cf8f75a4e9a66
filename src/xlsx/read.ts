import { readFile } from 'node:fs/promises';
import { message } from '../core/i18n';
import { WorkbookFileError, fsErrorMessage } from './errors';
import { readWorkbook, WorkbookReadError, type WorkbookReading } from './reader';
// Every Node read inflates and checks CRCs with native zlib (the reader's default is portable).
import './package/zip-codec-node';

/** A workbook read by our reader (src/xlsx/reader), with the file's bytes. */
export interface OpenedWorkbook {
  readonly reading: WorkbookReading;
  readonly bytes: Uint8Array;
}

/**
 * Reads an .xlsx/.xlsm file with our own reader. Fails with a `WorkbookFileError` whose message
 * (said in the face's language with `text(lang)`) is one line: missing file, not a workbook, which
 * other format, password, damaged part, or a part that could not be read.
 */
export async function openWorkbookFile(path: string): Promise<OpenedWorkbook> {
  const bytes = await readBytes(path);
  try {
    return { reading: readWorkbook(bytes, { fileName: path }), bytes };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new WorkbookFileError(error.said, path);
    throw error;
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new WorkbookFileError(
      message('xlsx.file.cannotRead', { path, reason: fsErrorMessage(error) }),
      path,
    );
  }
}
