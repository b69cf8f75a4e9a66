import { readFile } from 'node:fs/promises';
import { WorkbookFileError, describeFsError } from './errors';
import { readWorkbook, WorkbookReadError, type ReadLocale, type WorkbookReading } from './reader';

/**
 * The language of the reader's messages on the command line: English when LC_ALL (or, without
 * it, LC_MESSAGES or LANG) starts with `en`, Chinese otherwise.
 */
export function readLocaleOf(env: NodeJS.ProcessEnv = process.env): ReadLocale {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** A workbook read by our reader (src/xlsx/reader), with the file's bytes. */
export interface OpenedWorkbook {
  readonly reading: WorkbookReading;
  readonly bytes: Uint8Array;
}

/**
 * Reads an .xlsx/.xlsm file with our own reader. Fails with a `WorkbookFileError` whose message
 * is one line in the user's language: missing file, not a workbook, which other format, password,
 * damaged part, or a part that could not be read.
 */
export async function openWorkbookFile(
  path: string,
  locale: ReadLocale = readLocaleOf(),
): Promise<OpenedWorkbook> {
  const bytes = await readBytes(path);
  try {
    return { reading: readWorkbook(bytes, { fileName: path }), bytes };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new WorkbookFileError(error.text(locale), path);
    throw error;
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new WorkbookFileError(
      `无法读取 ${path}：${describeFsError(error)} (cannot read the file)`,
      path,
    );
  }
}
