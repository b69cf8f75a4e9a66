import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { WorkbookFileError, describeFsError } from './errors';
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
      `无法写入 ${path}：${describeFsError(error)} (cannot write the workbook)`,
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
    throw new WorkbookFileError(
      `无法写入 ${path}：文件夹 ${folder} 不存在；请先创建该文件夹或换一个路径 ` +
        `(cannot write the workbook: the folder ${folder} does not exist)`,
      path,
    );
  }
}
