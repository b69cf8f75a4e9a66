/**
 * The synthetic ledger as a real .xlsx, written the way users get theirs: the plan carried out by
 * the package writer (`writeNewWorkbook`, as `rectify workbook` writes), so the file has the product's table,
 * styles, validations and conditional formats, and the users' edits as cell values.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookPlan } from '../src/core/plan/types';
import { writeNewWorkbook } from '../src/xlsx/write-plan';
import { REPO_ROOT } from './child-process';

/** The package writer's sources: a file written by another version of the writer is not reused. */
function writerSources(): string {
  const dir = join(REPO_ROOT, 'src', 'xlsx', 'package');
  return readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

/** Where generated files are kept between runs (outside the repository). */
export const BENCH_FILE_DIR = join(tmpdir(), 'rectify-bench');

/**
 * Writes the plan to `<dir>/ledger-<rows>-<hash>.xlsx`, unless that file exists: the name carries
 * a hash of the plan and of the package writer's sources, so a changed generator, plan builder or
 * writer (shared strings or inline ones, say) never reuses a stale file.
 */
export async function syntheticLedgerFile(
  plan: WorkbookPlan,
  rows: number,
  dir = BENCH_FILE_DIR,
): Promise<{ path: string; bytes: number | null; reused: boolean }> {
  const hash = createHash('sha256')
    .update(JSON.stringify(plan))
    .update(writerSources())
    .digest('hex')
    .slice(0, 12);
  const path = join(dir, `ledger-${rows}-${hash}.xlsx`);
  if (existsSync(path)) return { path, bytes: null, reused: true };
  await mkdir(dir, { recursive: true });
  const bytes = (await writeNewWorkbook(plan, path)).size;
  return { path, bytes, reused: false };
}
