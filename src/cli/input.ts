import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CliError } from './errors';

/** The embedded default list, shipped in the repository. */
export const DEFAULT_SEED_PATH = fileURLToPath(
  new URL('../../seeds/baojing-rectification-list.txt', import.meta.url),
);

/** Reads a list document as UTF-8 text, or fails with a one-line message saying what is wrong. */
export async function readListDocument(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(
      `无法读取清单文件 ${path}：${describeFsError(error)} (cannot read the list file)`,
    );
  }
  if (bytes.length === 0) throw new CliError(`清单文件为空：${path} (the list file is empty)`);
  if (bytes.includes(0)) {
    throw new CliError(
      `清单文件不是文本文件：${path}，请另存为 UTF-8 文本 (not a text file; save it as UTF-8 text)`,
    );
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) {
    throw new CliError(
      `清单文件不是 UTF-8 编码：${path}，请另存为 UTF-8 文本 (not UTF-8; save it as UTF-8 text)`,
    );
  }
  if (text.trim().length === 0)
    throw new CliError(`清单文件没有内容：${path} (the list file has no text)`);
  return text;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在 (no such file)';
    case 'EACCES':
    case 'EPERM':
      return '没有权限 (permission denied)';
    case 'EISDIR':
      return '这是一个文件夹 (is a folder)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
