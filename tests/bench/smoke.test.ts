/**
 * Keeps `npm run bench` from rotting: runs it at 1,000 rows in smoke mode, as CI would, and checks
 * that it finishes and writes well-formed results. It asserts no timing (speed is for the bench).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { resultsSchema, type Results } from '../../bench/results';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'rectify-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench -- --smoke', () => {
  it('runs every section at 1,000 rows and writes results that match the schema', async () => {
    const out = join(dir, 'results.json');
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--smoke', '--stages', '--quiet', '--out', out],
      { cwd: join(import.meta.dirname, '../..'), maxBuffer: 16 * 1024 * 1024 },
    );
    const results: Results = resultsSchema.parse(JSON.parse(readFileSync(out, 'utf8')));

    expect(results.mode).toBe('smoke');
    expect(results.sizes).toEqual([1_000]);
    // The synthetic ledger has what a validator exists to find.
    const [ledger] = results.synthetic;
    expect(ledger?.rows).toBe(1_000);
    expect(ledger?.errors).toBeGreaterThan(0);
    expect(ledger?.warnings).toBeGreaterThan(0);
    // Parts that are on main are measured, not reported missing.
    expect(results.core.parse.available).toBe(true);
    const [core] = results.core.cases;
    expect(core?.validate.available).toBe(true);
    expect(core?.workbookPlan.available).toBe(true);
    // The file section ran the compiled command line beside the floor at 1,000 rows.
    expect(results.files.available).toBe(true);
    if (!results.files.available) return;
    const [files] = results.files.cases;
    expect(files?.rows).toBe(1_000);
    expect(files?.floor.peakRssMb).toBeGreaterThan(0);
    expect(files?.commands.map((c) => c.name)).toEqual(['validate', 'summarize', 'merge']);
    for (const command of files?.commands ?? []) {
      // Each command did its job (validate exits 1 on this ledger's errors, as it should).
      expect(command.available, command.available ? command.name : command.reason).toBe(true);
      if (command.available) expect(command.ratioToFloor).toBeGreaterThan(0);
    }
    expect(results.files.validateStages.available).toBe(true);
    // Every part is either measured or says why not; every target is judged or marked n/a.
    for (const part of [core?.summaries, results.office]) {
      expect(part).toBeDefined();
      if (part !== undefined && !part.available) expect(part.reason.length).toBeGreaterThan(0);
    }
    expect(results.targets.map((t) => t.name)).toEqual([
      'core validate',
      'core summaries',
      'rectify validate on a file',
      'rectify summarize on a file',
      'rectify workbook --merge on a file',
      'Office syncs per operation',
      'Office largest request',
      'start-up: rectify --help',
    ]);
    expect(results.startup.rounds).toBeGreaterThan(0);
    expect(results.startup.ratio).toBeGreaterThan(0);
    // The printed tables name every section.
    for (const heading of [
      '**1. Core**',
      '**2. Files**',
      '**3. Office shell',
      '**Targets**',
      '**Start-up**',
    ]) {
      expect(stdout).toContain(heading);
    }
  }, 240_000);
});
