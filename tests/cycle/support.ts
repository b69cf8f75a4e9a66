import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { PYTHON } from '../support/xlsx-parts';

const run = promisify(execFile);
const HERE = import.meta.dirname;

export type Cell = string | number | boolean | null;

export interface ReadBack {
  readonly sheets: Record<string, Cell[][]>;
  readonly names: Record<string, string>;
  readonly states: Record<string, string>;
  readonly protected: Record<string, boolean>;
  readonly locked?: Record<string, boolean>;
}

/** The workbook as openpyxl reads it: an independent reader. */
export async function readBack(xlsx: string): Promise<ReadBack> {
  const { stdout } = await run(PYTHON, [join(HERE, 'read-workbook.py'), xlsx], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as ReadBack;
}

export type EditOp =
  | {
      readonly op: 'set';
      readonly item: number;
      readonly measure: string;
      readonly column: string;
      readonly value: Cell | { readonly date: string } | { readonly text: string };
    }
  | {
      readonly op: 'append';
      readonly cells: Record<string, Cell | { readonly date: string } | { readonly text: string }>;
    };

/** Edits the 台账 of a workbook with openpyxl, as a script would. */
export async function editWithOpenpyxl(xlsx: string, ops: readonly EditOp[]): Promise<void> {
  const opsFile = join(tmpdir(), `rectify-ops-${randomUUID()}.json`);
  await writeFile(opsFile, JSON.stringify(ops));
  try {
    await run(PYTHON, [join(HERE, 'edit-workbook.py'), xlsx, opsFile]);
  } finally {
    await rm(opsFile, { force: true });
  }
}

/** Saves the workbook through LibreOffice (open and save as .xlsx), replacing it. */
export async function resaveWithLibreOffice(xlsx: string): Promise<void> {
  const dir = join(tmpdir(), `rectify-lo-out-${randomUUID()}`);
  const profile = join(tmpdir(), `rectify-lo-${randomUUID()}`);
  await mkdir(dir, { recursive: true });
  try {
    await run('soffice', [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      dir,
      xlsx,
    ]);
    await copyFile(join(dir, basename(xlsx)), xlsx);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * The zero-based header row of a sheet: the row with 问题序号 (a 台账 may have a title and a
 * 填报 line above it), else the first row with three or more values (清单, 回收记录, …).
 */
export function headerRowOf(rows: readonly Cell[][]): number {
  const keyed = rows.findIndex((r) => r.some((c) => c === '问题序号'));
  if (keyed >= 0) return keyed;
  const filled = rows.findIndex((r) => r.filter((c) => c !== null && c !== '').length >= 3);
  return Math.max(0, filled);
}

/** Rows of a sheet as objects by header (see headerRowOf). */
export function rowsByHeader(rows: readonly Cell[][]): Record<string, Cell>[] {
  const at = headerRowOf(rows);
  const header = (rows[at] ?? []).map((h) => String(h ?? ''));
  return rows
    .slice(at + 1)
    .filter((r) => r.some((c) => c !== null && c !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}
