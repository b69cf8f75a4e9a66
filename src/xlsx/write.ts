import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { message } from '../core/i18n';
import { WorkbookFileError, fsErrorMessage } from './errors';
// Every Node save deflates with native zlib (the package writer's default codec is portable).
import './package/zip-codec-node';

/**
 * Writes a workbook's bytes to a temporary file beside `path`, then renames it into place, so a
 * crash never leaves a half-written ledger. The folder must exist (a mistyped folder is an
 * error, not a new folder). Returns the bytes written.
 */
export async function writeBytesAtomic(bytes: Uint8Array, path: string): Promise<number> {
  await requireFolder(path);
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw new WorkbookFileError(
      message('xlsx.file.cannotWrite', { path, reason: fsErrorMessage(error) }),
      path,
    );
  }
  return bytes.byteLength;
}

/** The folder `path` is to be written in must exist and be a folder. */
export async function requireFolder(path: string): Promise<void> {
  const folder = dirname(path);
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    throw new WorkbookFileError(message('xlsx.file.noFolder', { path, folder }), path);
  }
}
