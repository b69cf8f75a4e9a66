/**
 * The reader's corpus (issue 14): the product's own ledger as other programs write it back —
 * openpyxl, xlsxwriter, LibreOffice (directly, through .xls and .ods, 1904, .xlsm), SheetJS — and
 * shaped by hand for each fault other readers trip on. Generated on first use and kept under
 * tests/.corpus/<key> (gitignored), the key a hash of the generators and of the ledger's parts
 * (but its random id), so a changed generator or a changed ledger writer makes a new corpus.
 *
 * `corpusFiles()` is for every test that wants the list (the write-side checks too).
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { runRectify, REPO_ROOT } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';
import { handShaped } from './hand-shaped';
import { withUserProgress } from './user-progress';

const run = promisify(execFile);
const HERE = join(REPO_ROOT, 'tests', 'corpus');
export const CORPUS_ROOT = join(REPO_ROOT, 'tests', '.corpus');
/** The "today" every corpus check validates with. */
export const CORPUS_TODAY = '2026-11-29';

export type Producer = 'rectify' | 'openpyxl' | 'xlsxwriter' | 'libreoffice' | 'sheetjs' | 'hand';

export interface CorpusFile {
  readonly name: string;
  readonly path: string;
  readonly producer: Producer;
  /** Worksheets in workbook order, as the generator made them. */
  readonly sheets: readonly string[];
  /** openpyxl's reading of the sheets and their states; null when openpyxl cannot open it. */
  readonly openpyxlSheets: readonly (readonly [string, string])[] | null;
}

export interface Corpus {
  /**
   * The ledger every file was made from (`rectify workbook --today 2026-11-29`, then progress
   * typed in as staff do: tests/corpus/user-progress.ts).
   */
  readonly original: string;
  readonly files: readonly CorpusFile[];
}

let pending: Promise<Corpus> | null = null;

/** The corpus, generated once per process (and once per key on disk). */
export function corpus(): Promise<Corpus> {
  pending ??= generate();
  return pending;
}

export async function corpusFiles(): Promise<readonly CorpusFile[]> {
  return (await corpus()).files;
}

async function generate(): Promise<Corpus> {
  const scratch = join(tmpdir(), `rectify-corpus-${randomUUID()}`);
  await mkdir(scratch, { recursive: true });
  try {
    const ledger = join(scratch, 'rectify-ledger.xlsx');
    const made = await runRectify(['workbook', '--out', ledger, '--today', CORPUS_TODAY]);
    if (made.code !== 0) throw new Error(`rectify workbook failed: ${made.stderr}`);
    const ledgerBytes = withUserProgress(new Uint8Array(await readFile(ledger)));
    await writeFile(ledger, ledgerBytes);
    const dir = join(CORPUS_ROOT, await keyOf(ledgerBytes));
    const manifest = join(dir, 'manifest.json');
    if (!existsSync(manifest)) {
      const building = `${dir}.building-${randomUUID()}`;
      await build(building, ledger, ledgerBytes);
      try {
        await rename(building, dir);
      } catch {
        await rm(building, { recursive: true, force: true }); // another process finished first
      }
    }
    const files = JSON.parse(await readFile(manifest, 'utf8')) as CorpusFile[];
    return {
      original: join(dir, 'rectify-ledger.xlsx'),
      files: files.map((f) => ({ ...f, path: join(dir, f.name) })),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The generators' sources and the ledger's parts (not docProps, which carry a time). */
async function keyOf(ledger: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(HERE)).sort()) {
    if (/\.(ts|py)$/.test(name) && !name.endsWith('.test.ts'))
      hash.update(await readFile(join(HERE, name)));
  }
  const parts = unzipSync(ledger);
  for (const name of Object.keys(parts).sort()) {
    if (name.startsWith('docProps/')) continue;
    // The ledger's id is new at every `rectify workbook`: without it, a run is a key.
    const text = new TextDecoder().decode(parts[name]);
    hash.update(name).update(
      text
        .replace(/(RECTIFY_LEDGER_ID">)[^<]*/, '$1')
        // …and 说明 says to the minute when it was made.
        .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, ''),
    );
  }
  return hash.digest('hex').slice(0, 16);
}

async function build(dir: string, ledger: string, ledgerBytes: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files: Omit<CorpusFile, 'path' | 'openpyxlSheets'>[] = [];
  const sheets = ledgerSheets(ledgerBytes);
  await copyFile(ledger, join(dir, 'rectify-ledger.xlsx'));
  files.push({ name: 'rectify-ledger.xlsx', producer: 'rectify', sheets });

  const python = await run(PYTHON, [join(HERE, 'generate.py'), ledger, dir], {
    maxBuffer: 1 << 24,
  });
  for (const line of python.stdout.trim().split('\n')) {
    const { name, producer } = JSON.parse(line) as { name: string; producer: Producer };
    files.push({ name, producer, sheets });
  }

  for (const name of await libreOffice(dir, ledger, join(dir, 'openpyxl-1904.xlsx'))) {
    files.push({ name, producer: 'libreoffice', sheets });
  }

  const sheetjs: [string, XLSX.ParsingOptions, XLSX.WritingOptions][] = [
    ['sheetjs.xlsx', {}, { bookType: 'xlsx' }],
    ['sheetjs-celldates.xlsx', { cellDates: true }, { bookType: 'xlsx', cellDates: true }],
    ['sheetjs-booksst.xlsx', {}, { bookType: 'xlsx', bookSST: true }],
  ];
  for (const [name, read, write] of sheetjs) {
    const wb = XLSX.read(ledgerBytes, { type: 'array', cellNF: true, ...read });
    await writeFile(join(dir, name), XLSX.write(wb, { type: 'buffer', ...write }) as Buffer);
    files.push({ name, producer: 'sheetjs', sheets });
  }

  for (const shaped of handShaped(ledgerBytes)) {
    await writeFile(join(dir, shaped.name), shaped.bytes);
    files.push({
      name: shaped.name,
      producer: 'hand',
      sheets: [...sheets, ...(shaped.addedSheets ?? [])],
    });
  }

  const listed = await run(
    PYTHON,
    [join(HERE, 'list-sheets.py'), ...files.map((f) => join(dir, f.name))],
    {
      maxBuffer: 1 << 24,
    },
  );
  const byPath = JSON.parse(listed.stdout) as Record<string, [string, string][] | null>;
  const manifest: Omit<CorpusFile, 'path'>[] = files.map((f) => ({
    ...f,
    openpyxlSheets: byPath[join(dir, f.name)] ?? null,
  }));
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The ledger's worksheets in workbook order, read by SheetJS (not by the reader under test). */
function ledgerSheets(bytes: Uint8Array): string[] {
  return XLSX.read(bytes, { type: 'array', bookSheets: true }).SheetNames;
}

/**
 * LibreOffice's filters: the ledger straight to .xlsx and .xlsm, through .xls and .ods and back,
 * and the 1904-dated workbook re-saved. A private profile, so parallel runs never share one.
 */
async function libreOffice(dir: string, ledger: string, dated1904: string): Promise<string[]> {
  const work = join(dir, '.libreoffice');
  const [input, middle, output] = ['in', 'mid', 'out'].map((d) => join(work, d)) as [
    string,
    string,
    string,
  ];
  for (const d of [input, middle, output]) await mkdir(d, { recursive: true });
  await copyFile(ledger, join(input, 'libreoffice-via-xls.xlsx'));
  await copyFile(ledger, join(input, 'libreoffice-via-ods.xlsx'));
  await copyFile(ledger, join(input, 'libreoffice.xlsx'));
  await copyFile(dated1904, join(input, 'libreoffice-1904.xlsx'));
  const profile = join(tmpdir(), `rectify-lo-${randomUUID()}`);
  const soffice = (target: string, outDir: string, inputs: string[]) =>
    run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        target,
        '--outdir',
        outDir,
        ...inputs,
      ],
      { timeout: 300_000 },
    );
  try {
    await soffice('xls', middle, [join(input, 'libreoffice-via-xls.xlsx')]);
    await soffice('ods', middle, [join(input, 'libreoffice-via-ods.xlsx')]);
    await soffice('xlsx', output, [
      join(middle, 'libreoffice-via-xls.xls'),
      join(middle, 'libreoffice-via-ods.ods'),
      join(input, 'libreoffice.xlsx'),
      join(input, 'libreoffice-1904.xlsx'),
    ]);
    await soffice('xlsm:Calc MS Excel 2007 VBA XML', output, [join(input, 'libreoffice.xlsx')]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const names = [
    'libreoffice.xlsx',
    'libreoffice-via-xls.xlsx',
    'libreoffice-via-ods.xlsx',
    'libreoffice-1904.xlsx',
    'libreoffice.xlsm',
  ];
  for (const name of names) await rename(join(output, name), join(dir, name));
  await rm(work, { recursive: true, force: true });
  return names;
}
