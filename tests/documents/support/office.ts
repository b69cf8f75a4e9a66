import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Generated fixtures live here between runs (gitignored); a changed source makes a new file. */
export const CACHE_DIR = join(import.meta.dirname, '..', '..', '.cache', 'documents');

/** The system Python, which has openpyxl (python3-openpyxl); a pyenv shim may not. */
const PYTHON = '/usr/bin/python3';

export type Target = 'docx' | 'doc' | 'pdf';

const FILTERS: Record<Target, string> = {
  docx: 'docx:MS Word 2007 XML',
  doc: 'doc:MS Word 97',
  pdf: 'pdf:writer_pdf_Export',
};

/** How LibreOffice opens each source: text as UTF-8 text, HTML as a Writer document. */
const IN_FILTERS: Record<string, string | undefined> = {
  txt: 'Text (encoded):UTF8,LF,,,',
  html: 'HTML (StarWriter)',
  fodt: undefined,
};

function key(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Converts a source document (text, HTML or flat ODF that the test wrote) with LibreOffice, as an
 * office worker's Word or WPS would save it; cached by the source's content.
 */
export async function convert(
  name: string,
  source: string,
  sourceKind: 'txt' | 'html' | 'fodt',
  target: Target,
): Promise<string> {
  await mkdir(CACHE_DIR, { recursive: true });
  const out = join(CACHE_DIR, `${name}-${key([source, sourceKind, target])}.${target}`);
  if (existsSync(out)) return out;
  const work = join(tmpdir(), `rectify-docs-${randomUUID()}`);
  await mkdir(work, { recursive: true });
  try {
    const input = join(work, `${name}.${sourceKind}`);
    await writeFile(input, source);
    const inFilter = IN_FILTERS[sourceKind];
    await run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        ...(inFilter ? [`--infilter=${inFilter}`] : []),
        '--convert-to',
        FILTERS[target],
        '--outdir',
        work,
        input,
      ],
      { timeout: 180_000 },
    );
    await copyFile(join(work, `${name}.${target}`), `${out}.part`);
    await rm(out, { force: true });
    await copyFile(`${out}.part`, out);
    await rm(`${out}.part`, { force: true });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return out;
}

/** A workbook written by openpyxl from a description: cell values and merged ranges. */
export interface SheetSpec {
  readonly rows: readonly (readonly (string | null)[])[];
  /** Ranges such as `A2:A6`. */
  readonly merges: readonly string[];
}

export async function xlsxByOpenpyxl(name: string, sheet: SheetSpec): Promise<string> {
  await mkdir(CACHE_DIR, { recursive: true });
  const spec = JSON.stringify(sheet);
  const out = join(CACHE_DIR, `${name}-${key([spec, 'xlsx'])}.xlsx`);
  if (existsSync(out)) return out;
  const script = [
    'import json, sys, openpyxl',
    'from openpyxl.styles import Alignment',
    'spec = json.load(open(sys.argv[1], encoding="utf-8"))',
    'wb = openpyxl.Workbook(); ws = wb.active; ws.title = "整改清单"',
    'for row in spec["rows"]:',
    '    ws.append(row)',
    'for r in ws.iter_rows():',
    '    for c in r: c.alignment = Alignment(wrap_text=True, vertical="top")',
    'for m in spec["merges"]: ws.merge_cells(m)',
    'wb.save(sys.argv[2])',
  ].join('\n');
  const work = join(tmpdir(), `rectify-xlsx-${randomUUID()}`);
  await mkdir(work, { recursive: true });
  try {
    const specFile = join(work, 'spec.json');
    await writeFile(specFile, spec);
    await run(PYTHON, ['-c', script, specFile, `${out}.part`], { timeout: 60_000 });
    await copyFile(`${out}.part`, out);
    await rm(`${out}.part`, { force: true });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return out;
}

/** Text in GB18030 (as Chinese Windows saves "ANSI"), encoded by Python's codec, not ours. */
export async function gb18030Bytes(text: string): Promise<Uint8Array> {
  const work = join(tmpdir(), `rectify-gb-${randomUUID()}`);
  await mkdir(work, { recursive: true });
  try {
    const input = join(work, 'in.txt');
    const output = join(work, 'out.txt');
    await writeFile(input, text, 'utf8');
    await run(PYTHON, [
      '-c',
      'import sys; open(sys.argv[2],"wb").write(open(sys.argv[1],encoding="utf-8").read().encode("gb18030"))',
      input,
      output,
    ]);
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
