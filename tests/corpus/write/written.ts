/**
 * The write side of the corpus (issue 14): run a writing command over every corpus ledger through
 * the compiled command line, then look at what it wrote with readers that are not the writer —
 * openpyxl and LibreOffice (one process each for every file), our reader, and the zip entries
 * themselves. Lives in a folder of its own so that editing it does not change the corpus key
 * (tests/corpus/corpus.ts hashes the generators beside it).
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { isOwnershipName, sheetOfReference } from '../../../src/core/ownership';
import type { GridCell } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/xlsx/reader';
import type { WorkbookReading } from '../../../src/xlsx/reader';
import { PackageParts } from '../../../src/xlsx/reader/parts';
import { readRelationships, relationshipsPartOf } from '../../../src/xlsx/reader/relationships';
import { REPO_ROOT, type CliResult } from '../../support/cli';
import { PYTHON } from '../../support/xlsx-parts';
import type { CorpusFile } from '../corpus';
import { expect } from 'vitest';

const run = promisify(execFile);
const BIN = join(REPO_ROOT, 'bin', 'rectify.mjs');
const CHINESE_LOCALE = { LANG: 'zh_CN.UTF-8', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' };

/** `rectify …` as users run it (bin/rectify.mjs → the compiled dist-cli/), failing or not. */
export async function rectify(args: readonly string[]): Promise<CliResult> {
  try {
    const env = { ...process.env, ...CHINESE_LOCALE };
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export interface Written {
  readonly file: CorpusFile;
  /** Where the command was told to write (the file may not exist: refused). */
  readonly out: string;
  readonly result: CliResult;
}

/**
 * Runs one command per corpus file, two at a time (the machine has two cores). The first run is
 * alone: bin/rectify.mjs rebuilds a stale dist-cli/ then, and two builds must not race.
 */
export async function writeEach(
  files: readonly CorpusFile[],
  outDir: string,
  prefix: string,
  args: (file: CorpusFile, out: string) => readonly string[],
): Promise<Written[]> {
  await mkdir(outDir, { recursive: true });
  // The extension twice: libreoffice.xlsx and libreoffice.xlsm must not share a converted copy.
  const outOf = (file: CorpusFile) => {
    const ext = extname(file.name);
    return join(outDir, `${prefix}-${basename(file.name, ext)}-${ext.slice(1)}${ext}`);
  };
  const one = async (file: CorpusFile): Promise<Written> => ({
    file,
    out: outOf(file),
    result: await rectify(args(file, outOf(file))),
  });
  const [first, ...rest] = files;
  if (first === undefined) return [];
  const done = [await one(first)];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < rest.length; i = next++) done.push(await one(rest[i] as CorpusFile));
  };
  await Promise.all([worker(), worker()]);
  const order = new Map(files.map((f, i) => [f.name, i]));
  return done.sort((a, b) => (order.get(a.file.name) ?? 0) - (order.get(b.file.name) ?? 0));
}

/** openpyxl's reading of a workbook (tests/corpus/write/check-written.py). */
export type OpenpyxlReading =
  | {
      readonly sheets: readonly (readonly [string, string])[];
      readonly protected: Readonly<Record<string, boolean>>;
      readonly lockStructure: boolean;
      readonly vba: boolean;
    }
  | { readonly error: string };

/** openpyxl opens every file given, in one Python process. */
export async function openpyxlReadings(
  paths: readonly string[],
): Promise<Map<string, OpenpyxlReading>> {
  if (paths.length === 0) return new Map();
  const script = join(REPO_ROOT, 'tests', 'corpus', 'write', 'check-written.py');
  const { stdout } = await run(PYTHON, [script, ...paths], { maxBuffer: 1 << 26 });
  return new Map(Object.entries(JSON.parse(stdout) as Record<string, OpenpyxlReading>));
}

/**
 * LibreOffice opens every file given and saves it as .xlsx (one soffice run, a profile of its
 * own); returns each input's converted copy, or null where LibreOffice made none. Inputs need
 * distinct base names.
 */
export async function libreofficeCopies(
  paths: readonly string[],
  outDir: string,
): Promise<Map<string, string | null>> {
  await mkdir(outDir, { recursive: true });
  const profile = join(tmpdir(), `rectify-lo-${randomUUID()}`);
  try {
    if (paths.length > 0) {
      await run(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${profile}`,
          '--convert-to',
          'xlsx',
          '--outdir',
          outDir,
          ...paths,
        ],
        { timeout: 600_000, maxBuffer: 1 << 24 },
      );
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return new Map(
    paths.map((p) => {
      const copy = join(outDir, `${basename(p, extname(p))}.xlsx`);
      return [p, existsSync(copy) ? copy : null];
    }),
  );
}

export async function readFileWorkbook(path: string): Promise<WorkbookReading> {
  return readWorkbook(new Uint8Array(await readFile(path)), { fileName: path });
}

/** A sheet's rows without trailing empty cells and rows (writers differ there, harmlessly). */
export function trimmed(rows: readonly (readonly GridCell[])[] | undefined): GridCell[][] {
  const out = (rows ?? []).map((row) => {
    const r = [...row];
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length > 0 && (out[out.length - 1] as GridCell[]).length === 0) out.pop();
  return out;
}

/** A package's parts: every zip entry that is not a folder, inflated, and where things are. */
export interface PackageView {
  readonly parts: ReadonlyMap<string, Uint8Array>;
  readonly reading: WorkbookReading;
  /** Parts of the sheets the ownership names mark, with every part they alone lead to. */
  readonly owned: ReadonlySet<string>;
  /**
   * Parts the writer may edit in any workbook: the workbook part, its relationships, the content
   * types, styles, the document properties that list sheet titles, the calculation chain.
   */
  readonly listing: ReadonlySet<string>;
  /** The content type the package gives the workbook part. */
  readonly workbookContentType: string | null;
  /** The workbook part's text. */
  readonly workbookXml: string;
}

/**
 * `adopted`: sheets a merge took as ours without a mark (an unmarked ledger it adopted): counted
 * as owned in this view, as the write counted them.
 */
export function packageView(bytes: Uint8Array, adopted: readonly string[] = []): PackageView {
  const reading = readWorkbook(bytes);
  const pkg = new PackageParts(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of pkg.zip.names()) {
    if (name.endsWith('/')) continue;
    parts.set(name, pkg.zip.read(pkg.zip.find(name)!));
  }
  const internal = (source: string) =>
    readRelationships(pkg, source)
      .filter((r) => !r.external)
      .map((r) => r.target);

  // Who refers to whom, so a part shared with a user sheet is never counted as owned.
  const referrers = new Map<string, Set<string>>();
  for (const name of parts.keys()) {
    for (const target of internal(name)) {
      let set = referrers.get(target);
      if (set === undefined) referrers.set(target, (set = new Set()));
      set.add(name);
    }
  }
  const ownedSheets = new Set([
    ...reading.definedNames
      .filter((n) => n.localSheet === null && isOwnershipName(n.name))
      .map((n) => sheetOfReference(n.reference)?.toLowerCase()),
    ...adopted.map((s) => s.toLowerCase()),
  ]);
  const owned = new Set<string>();
  const queue = reading.sheets
    .filter((s) => ownedSheets.has(s.name.toLowerCase()) && s.part !== null)
    .map((s) => s.part as string);
  for (const part of queue) owned.add(part);
  while (queue.length > 0) {
    const part = queue.pop() as string;
    if (parts.has(relationshipsPartOf(part))) owned.add(relationshipsPartOf(part));
    for (const target of internal(part)) {
      if (owned.has(target)) continue;
      const others = [...(referrers.get(target) ?? [])].filter((p) => !owned.has(p));
      if (others.length > 0) continue;
      owned.add(target);
      queue.push(target);
    }
  }

  const workbook = reading.workbookPart;
  const workbookRels = readRelationships(pkg, workbook);
  const rootRels = readRelationships(pkg, '');
  const listing = new Set(
    [
      workbook,
      relationshipsPartOf(workbook),
      '[Content_Types].xml',
      ...workbookRels.filter((r) => r.kind === 'styles' || r.kind === 'calcChain'),
      ...rootRels.filter((r) => r.kind === 'extended-properties'),
    ].map((p) => (typeof p === 'string' ? p : p.target)),
  );
  const types = new TextDecoder().decode(parts.get('[Content_Types].xml'));
  const override = [...types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => new RegExp(`PartName="/?${escapeRegExp(workbook)}"`, 'i').test(tag));
  return {
    parts,
    reading,
    owned,
    listing,
    workbookContentType: /ContentType="([^"]*)"/.exec(override ?? '')?.[1] ?? null,
    workbookXml: new TextDecoder().decode(parts.get(workbook)),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What the write changed that was not the writer's to change: parts of the input that are
 * neither owned (before or after) nor listing parts and whose bytes differ or are gone, and new
 * parts that are not owned. Both lists empty means every other part is byte for byte the input's.
 */
export function foreignChanges(
  input: PackageView,
  output: PackageView,
): { changed: string[]; added: string[] } {
  const ours = (p: string) =>
    input.owned.has(p) || output.owned.has(p) || input.listing.has(p) || output.listing.has(p);
  const changed: string[] = [];
  for (const [name, bytes] of input.parts) {
    if (ours(name)) continue;
    const after = output.parts.get(name);
    if (after === undefined || !Buffer.from(after).equals(Buffer.from(bytes))) changed.push(name);
  }
  const added = [...output.parts.keys()].filter((p) => !input.parts.has(p) && !ours(p));
  return { changed, added };
}

/** The `<workbookProtection …/>` tag as written (any prefix), or null. */
export function workbookProtection(xml: string): string | null {
  return /<(?:[\w.-]+:)?workbookProtection\b[^>]*>/.exec(xml)?.[0] ?? null;
}

/** The sheet's `<sheetProtection …/>` tag, or null. */
export function sheetProtection(view: PackageView, sheet: string): string | null {
  const part = view.reading.sheets.find((s) => s.name === sheet)?.part;
  const bytes = part === null || part === undefined ? undefined : view.parts.get(part);
  if (bytes === undefined) return null;
  return /<(?:[\w.-]+:)?sheetProtection\b[^>]*>/.exec(new TextDecoder().decode(bytes))?.[0] ?? null;
}

/** A message that says what happened and what to do, in one line, never a false "corrupt". */
export function honestRefusal(stderr: string): string[] {
  const problems: string[] = [];
  const lines = stderr.trim().split('\n');
  if (lines.length !== 1) problems.push(`${lines.length} lines`);
  if (/已损坏|corrupt/i.test(stderr)) problems.push('says corrupt');
  if (/\bat .+:\d+:\d+\)?$/m.test(stderr) || /内部错误|internal error/i.test(stderr))
    problems.push('stack trace or internal error');
  if (!/请|please/i.test(stderr)) problems.push('no advice');
  return problems;
}

/**
 * Namespace declarations and relationship types spelled the transitional way (`part: address`),
 * in every part of `view`, or with `input` given only in the parts that differ from it. None in a
 * package that was Strict means it is still Strict. The package's own names (relationships,
 * content types, core properties) are the same in both.
 */
export function transitionalSpellings(view: PackageView, input?: PackageView): string[] {
  const found: string[] = [];
  for (const [part, bytes] of view.parts) {
    const before = input?.parts.get(part);
    if (before !== undefined && Buffer.from(before).equals(Buffer.from(bytes))) continue;
    if (!/\.(xml|rels)$/.test(part)) continue;
    const xml = new TextDecoder().decode(bytes);
    for (const m of xml.matchAll(/\s(?:xmlns(?::[\w.-]+)?|Type)="([^"]*)"/g)) {
      const address = m[1] as string;
      if (/^http:\/\/schemas\.openxmlformats\.org\/(?!package\/)/.test(address)) {
        found.push(`${part}: ${address}`);
      }
    }
  }
  return found;
}

/**
 * A Strict corpus file and what a command wrote into it are Strict throughout: every part, ours or
 * not, the workbook's conformance and the root relationship's type.
 */
export function expectStrictThroughout(input: PackageView, output: PackageView): void {
  expect(transitionalSpellings(input)).toEqual([]);
  expect(transitionalSpellings(output)).toEqual([]);
  expect(output.workbookXml).toMatch(
    /^<\?xml[^>]*>\s*<workbook conformance="strict" xmlns="http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main"/,
  );
  const rootRels = new TextDecoder().decode(output.parts.get('_rels/.rels'));
  expect(rootRels).toContain(
    'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"',
  );
}
