import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Has LibreOffice (headless, with a profile of its own) open a workbook and save it again in
 * `format` (`xlsx`, `ods`…): proof that it reads the file, and a copy another reader can check.
 * Returns the converted file's path.
 */
export async function libreofficeConvert(
  file: string,
  outDir: string,
  format = 'xlsx',
): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const profile = join(tmpdir(), `rectify-lo-${randomUUID()}`);
  try {
    await run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        format,
        '--outdir',
        outDir,
        file,
      ],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return join(outDir, `${basename(file, extname(file))}.${format}`);
}
