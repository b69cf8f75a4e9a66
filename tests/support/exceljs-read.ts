import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { message } from '../../src/core/i18n';
import { WorkbookFileError, fsErrorMessage } from '../../src/xlsx/errors';

/**
 * The ExcelJS reader the product used before its own (src/xlsx/reader): kept in the tests as the
 * differential reference and as an independent reader of what the product writes.
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// OLE compound files: legacy .xls, or an .xlsx encrypted with a password (Excel wraps it in OLE).
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

/**
 * Opens an .xlsx file with ExcelJS (kept for the save paths that still rewrite through ExcelJS
 * until the package writer replaces them), or fails with one line saying why.
 */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  return (await readWorkbookSource(path)).workbook;
}

/**
 * A workbook as ExcelJS reads it, with the file's bytes (for a save that patches the package).
 * A saver that no longer needs the ExcelJS workbook releases it: for a 100,000-row ledger it is
 * about 1 GB of objects, better freed before the next big thing is built.
 */
export class WorkbookSource {
  #workbook: ExcelJS.Workbook | null;

  constructor(
    workbook: ExcelJS.Workbook,
    readonly bytes: Uint8Array,
  ) {
    this.#workbook = workbook;
  }

  get workbook(): ExcelJS.Workbook {
    if (this.#workbook === null) throw new Error('the workbook was released after saving');
    return this.#workbook;
  }

  release(): void {
    this.#workbook = null;
  }
}

/** readWorkbookFile, keeping the bytes read. */
export async function readWorkbookSource(path: string): Promise<WorkbookSource> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new WorkbookFileError(
      message('xlsx.file.cannotRead', { path, reason: fsErrorMessage(error) }),
      path,
    );
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookFileError(message('xlsx.read.encrypted', { file: path }), path);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookFileError(message('xlsx.read.notZip', { file: path }), path);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer flavour; the bytes are the file as read.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    // ExcelJS fails on many valid files (issue 14): never call them damaged.
    throw new WorkbookFileError(
      message('xlsx.read.unreadablePartDetail', { file: path, part: 'ExcelJS', detail }),
      path,
    );
  }
  return new WorkbookSource(workbook, bytes);
}
