import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { t, type Lang } from '../core/i18n';
import { CliError } from './errors';

/** The embedded default list, shipped in the repository. */
export const DEFAULT_SEED_PATH = fileURLToPath(
  new URL('../../seeds/baojing-rectification-list.txt', import.meta.url),
);

/** Reads a list document as UTF-8 text, or fails with a one-line message saying what is wrong. */
export async function readListDocument(path: string, lang: Lang = 'zh'): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(
      t(lang, 'cli.list.cannotRead', { path, reason: describeFsError(error, lang) }),
    );
  }
  if (bytes.length === 0) throw new CliError(t(lang, 'cli.list.empty', { path }));
  if (bytes.includes(0)) throw new CliError(t(lang, 'cli.list.notText', { path }));
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) throw new CliError(t(lang, 'cli.list.notUtf8', { path }));
  if (text.trim().length === 0) throw new CliError(t(lang, 'cli.list.noText', { path }));
  return text;
}

export function describeFsError(error: unknown, lang: Lang = 'zh'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return t(lang, 'cli.fs.noSuchFile');
    case 'EACCES':
    case 'EPERM':
      return t(lang, 'cli.fs.permission');
    case 'EISDIR':
      return t(lang, 'cli.fs.isFolder');
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
