import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type ExcelJS from 'exceljs';
import writeFileAtomic from 'write-file-atomic';
import { WorkbookFileError, describeFsError } from './errors';

/**
 * Writes a workbook to a temporary file beside `path`, then renames it into place, so a crash
 * never leaves a half-written ledger. Creates the folder. Returns the bytes written.
 */
export async function writeWorkbookAtomic(
  workbook: ExcelJS.Workbook,
  path: string,
): Promise<number> {
  return writeBytesAtomic(new Uint8Array(await workbook.xlsx.writeBuffer()), path);
}

/** The bytes of an .xlsx written as writeWorkbookAtomic writes (atomically, folder created). */
export async function writeBytesAtomic(bytes: Uint8Array, path: string): Promise<number> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw new WorkbookFileError(
      `无法写入 ${path}：${describeFsError(error)} (cannot write the workbook)`,
      path,
    );
  }
  return bytes.byteLength;
}
