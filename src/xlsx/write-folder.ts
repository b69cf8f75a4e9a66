import { copyFile, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { message } from '../core/i18n';
import { WorkbookFileError, fsErrorMessage } from './errors';

export interface FolderFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * Writes several files into `dir` all or nothing: each is written in full to a temporary folder
 * beside `dir` (inside it when its parent cannot take one), then moved into place. When any step
 * fails, the files already moved and the temporary folder are removed and a WorkbookFileError
 * says which file and why: the folder is left as it was, except that a file of the same name
 * from an earlier run that was already replaced stays replaced. Returns the paths written.
 */
export async function writeFilesAll(dir: string, files: readonly FolderFile[]): Promise<string[]> {
  const staging = await stagingFolder(dir);
  const moved: string[] = [];
  let current = dir;
  try {
    for (const file of files) {
      current = join(dir, file.fileName);
      await writeFile(join(staging, file.fileName), file.bytes, { flag: 'wx' });
    }
    for (const file of files) {
      current = join(dir, file.fileName);
      await moveInto(join(staging, file.fileName), current);
      moved.push(current);
    }
    return moved;
  } catch (error) {
    await Promise.all(moved.map((path) => rm(path, { force: true })));
    throw new WorkbookFileError(
      message('xlsx.file.folderUnchanged', { path: current, reason: fsErrorMessage(error), dir }),
      current,
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function stagingFolder(dir: string): Promise<string> {
  try {
    return await mkdtemp(join(dirname(dir), `.${basename(dir)}.rectify-`));
  } catch {
    try {
      return await mkdtemp(join(dir, '.rectify-'));
    } catch (error) {
      throw new WorkbookFileError(
        message('xlsx.file.cannotWrite', { path: dir, reason: fsErrorMessage(error) }),
        dir,
      );
    }
  }
}

/** A rename; across file systems (the folder is a mount point), a copy then the removal. */
async function moveInto(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      await copyFile(from, to);
    } catch (copyError) {
      await rm(to, { force: true });
      throw copyError;
    }
    await unlink(from);
  }
}
