/**
 * The synthetic ledgers the bench measures: deterministic, of the size asked, with a realistic mix,
 * and the same ledger in memory as in the .xlsx users would have (so core and file numbers are
 * taken on the same data).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_PATH } from '../../src/cli/input';
import { SHEETS } from '../../src/core/ledger/model';
import { STALE_DAYS } from '../../src/core/settings';
import { parseList } from '../../src/core/list/parse';
import type { ValidationReport } from '../../src/core/validate/types';
import { countLedgerErrors, validateWorkbook } from '../../src/core/validate/validate';
import { snapshotOf } from '../support/exceljs-grid';
import { readWorkbookFile } from '../support/exceljs-read';
import { BENCH_TODAY, syntheticLedger, syntheticList } from '../../bench/synthetic';
import { syntheticLedgerFile } from '../../bench/synthetic-file';

const seed = parseList(readFileSync(DEFAULT_SEED_PATH, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'rectify-bench-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function byCode(report: ValidationReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const issue of report.issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return counts;
}

describe('synthetic ledgers', () => {
  it('has exactly the rows asked for, items renumbered from 1, deadlines before and after today', () => {
    const list = syntheticList(seed, 1_234);
    expect(list.items.reduce((n, i) => n + i.measures.length, 0)).toBe(1_234);
    expect(list.items.map((i) => i.no)).toEqual(list.items.map((_, i) => i + 1));
    const deadlines = list.items.flatMap((i) =>
      i.deadline.date === null ? [] : [i.deadline.date],
    );
    expect(deadlines.some((d) => d < BENCH_TODAY)).toBe(true);
    expect(deadlines.some((d) => d > BENCH_TODAY)).toBe(true);
  });

  it('is the same ledger every time', () => {
    const a = syntheticLedger(seed, 500);
    const b = syntheticLedger(seed, 500);
    expect(hash(a.plan)).toBe(hash(b.plan));
    expect(a.mix).toEqual(b.mix);
  });

  it('mixes statuses, notes and mistakes, and the validator finds each kind', () => {
    const ledger = syntheticLedger(seed, 2_000);
    const grid = ledger.snapshot.grid(SHEETS.ledger);
    // The title and 填报 lines (main, sheets helper), the header row, then one row per measure.
    expect(grid?.rows.length).toBe(2 + 1 + 2_000);
    for (const status of ['未启动', '推进中', '持续推进', '已完成', '已销号']) {
      expect(ledger.mix.statuses[status] ?? 0).toBeGreaterThan(0);
    }
    expect(ledger.mix.longNotes).toBeGreaterThan(0);
    const options = { today: BENCH_TODAY, staleDays: STALE_DAYS };
    const report = validateWorkbook(ledger.snapshot, options);
    const codes = byCode(report);
    // The summaries' error count, made without a report, agrees on this mixed ledger.
    expect(countLedgerErrors(ledger.snapshot, options)).toBe(report.errors);
    expect(report.errors).toBeGreaterThan(100);
    for (const code of [
      'required',
      'bad-date',
      'bad-status',
      'done-without-date',
      'future-date',
      'overdue-no-progress',
      'unknown-leader',
      'overdue',
      'no-progress',
      'date-without-done',
      'stale',
      'unknown-unit',
    ]) {
      expect(codes[code] ?? 0, code).toBeGreaterThan(0);
    }
  });

  it('reads back from its .xlsx as the same ledger the core is measured on', async () => {
    const ledger = syntheticLedger(seed, 1_000);
    const file = await syntheticLedgerFile(ledger.plan, 1_000, dir);
    expect(file.reused).toBe(false);
    const fromFile = snapshotOf(await readWorkbookFile(file.path));
    const options = { today: BENCH_TODAY, staleDays: STALE_DAYS };
    const inMemory = validateWorkbook(ledger.snapshot, options);
    const read = validateWorkbook(fromFile, options);
    expect(read.issues.map((i) => [i.code, i.cell])).toEqual(
      inMemory.issues.map((i) => [i.code, i.cell]),
    );
    // Cell for cell, but for trailing empty cells, which a file does not store.
    const trimmed = (rows: readonly (readonly unknown[])[] | undefined) =>
      rows?.map((row) => {
        const out = [...row];
        while (out.length > 0 && out[out.length - 1] === null) out.pop();
        return out;
      });
    expect(trimmed(fromFile.grid(SHEETS.ledger)?.rows)).toEqual(
      trimmed(ledger.snapshot.grid(SHEETS.ledger)?.rows),
    );
    // A second call finds the file by its content hash and does not rewrite it.
    expect((await syntheticLedgerFile(ledger.plan, 1_000, dir)).reused).toBe(true);
  });
});
