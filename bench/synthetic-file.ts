/**
 * The synthetic ledger as a real .xlsx, written the way users get theirs: the plan carried out by
 * the package writer (`writeNewWorkbook`, as `rectify workbook` writes), so the file has the product's table,
 * styles, validations and conditional formats, and the users' edits as cell values.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookPlan } from '../src/core/plan/types';
import { writeNewWorkbook } from '../src/xlsx/write-plan';

/** Where generated files are kept between runs (outside the repository). */
export const BENCH_FILE_DIR = join(tmpdir(), 'rectify-bench');

/**
 * Writes the plan to `<dir>/ledger-<rows>-<hash>.xlsx`, unless that file exists: the name carries
 * a hash of the plan, so a changed generator or plan builder never reuses a stale file.
 */
export async function syntheticLedgerFile(
  plan: WorkbookPlan,
  rows: number,
  dir = BENCH_FILE_DIR,
): Promise<{ path: string; bytes: number | null; reused: boolean }> {
  const hash = createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 12);
  const path = join(dir, `ledger-${rows}-${hash}.xlsx`);
  if (existsSync(path)) return { path, bytes: null, reused: true };
  await mkdir(dir, { recursive: true });
  const bytes = (await writeNewWorkbook(plan, path)).size;
  return { path, bytes, reused: false };
}
