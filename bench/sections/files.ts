/**
 * Section 2: the command line on real files, as users run it (`node bin/rectify.mjs …`, the
 * compiled dist-cli), at every size, beside the floor of issue 14: a bare scan of the same file's
 * four sheets (bench/child/bare-scan.ts, compiled the same way). Each run is a new process. Rounds
 * are interleaved (floor, validate, summarize, merge, floor, …) so load on the machine hits all
 * alike; the ratio is median(ours) / median(floor) over the same rounds, with the median of the
 * per-round ratios beside it.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT, runChild, type ChildRun } from '../child-process';
import type { ChildStats, FileCase, FileCommand, Results } from '../results';
import { median, round, summarize } from '../stats';
import { BENCH_FILE_DIR } from '../synthetic-file';
import { BENCH_TODAY } from '../synthetic';

const BIN = join(REPO_ROOT, 'bin', 'rectify.mjs');
const FLOOR_SOURCE = join(REPO_ROOT, 'bench', 'child', 'bare-scan.ts');
export const FLOOR_COMMAND =
  'bare scan: inflate the four sheets the core reads, one pass over their XML to cells';

export type FileCommandName = 'validate' | 'summarize' | 'merge';

/** Rounds per size: a full run stays within a few minutes on 2 shared cores. */
export function roundsFor(rows: number, smoke: boolean, override?: number): number {
  if (override !== undefined) return override;
  if (smoke) return 1;
  return rows >= 100_000 ? 3 : rows >= 10_000 ? 5 : 7;
}

function stats(runs: readonly ChildRun[]): ChildStats {
  const t = summarize(
    runs.map((r) => r.wallMs),
    runs.map((r) => r.cpuMs),
  );
  return {
    ...t,
    peakRssMb: round(Math.max(...runs.map((r) => r.maxRssKb)) / 1024, 1),
    exitCodes: runs.map((r) => r.exitCode),
  };
}

/** The floor, compiled like the command line (no TypeScript compiled at its start either). */
export async function buildFloor(): Promise<string> {
  mkdirSync(BENCH_FILE_DIR, { recursive: true });
  const outfile = join(BENCH_FILE_DIR, `bare-scan-${process.pid}.mjs`);
  await build({
    entryPoints: [FLOOR_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

interface Candidate {
  readonly name: FileCommandName;
  readonly command: string;
  readonly args: (round: number) => string[];
  /** Exit codes that mean the command did its job (validate exits 1 when it finds errors). */
  readonly okCodes: readonly number[];
  readonly runs: ChildRun[];
  failure?: string;
}

/** One size: the floor and the three file commands, in interleaved rounds. */
export async function benchFileCase(
  file: { path: string; rows: number; bytes: number; writeMs: number | null },
  floorScript: string,
  rounds: number,
  log: (line: string) => void,
): Promise<FileCase> {
  const dir = join(BENCH_FILE_DIR, `run-${process.pid}-${file.rows}`);
  mkdirSync(dir, { recursive: true });
  const out = (name: string, round: number) => join(dir, `${name}-${round}.xlsx`);
  const candidates: Candidate[] = [
    {
      name: 'validate',
      command: `rectify validate FILE --today ${BENCH_TODAY}`,
      args: () => ['validate', file.path, '--today', BENCH_TODAY],
      okCodes: [0, 1],
      runs: [],
    },
    {
      name: 'summarize',
      command: `rectify summarize FILE --out OUT --today ${BENCH_TODAY}`,
      args: (r) => ['summarize', file.path, '--out', out('summarized', r), '--today', BENCH_TODAY],
      okCodes: [0, 1],
      runs: [],
    },
    {
      // The county's list (the built-in seed) re-imported into the filled-in ledger: its rows
      // are matched, every other row is kept, marked and logged in 导入记录.
      name: 'merge',
      command: `rectify workbook --merge FILE --out OUT --today ${BENCH_TODAY}`,
      args: (r) => {
        const ledger = out('ledger', r);
        copyFileSync(file.path, ledger);
        return ['workbook', '--merge', ledger, '--out', out('merged', r), '--today', BENCH_TODAY];
      },
      okCodes: [0],
      runs: [],
    },
  ];
  const floorRuns: ChildRun[] = [];
  const pairs = new Map<FileCommandName, number[]>();
  try {
    for (let round = 0; round < rounds; round++) {
      log(`  files ${file.rows} rows, round ${round + 1}/${rounds}: floor`);
      const floor = await runChild(floorScript, [file.path], { tsx: false });
      if (floor.exitCode !== 0) throw new Error(`the floor failed: ${floor.stderr.trim()}`);
      floorRuns.push(floor);
      for (const c of candidates) {
        if (c.failure !== undefined) continue;
        log(`  files ${file.rows} rows, round ${round + 1}/${rounds}: ${c.name}`);
        const run = await runChild(BIN, c.args(round), { tsx: false });
        if (!c.okCodes.includes(run.exitCode)) {
          c.failure = `rectify ${c.name} exited ${run.exitCode}: ${run.stderr.trim().split('\n')[0] ?? ''}`;
          continue;
        }
        c.runs.push(run);
        const ratios = pairs.get(c.name) ?? [];
        ratios.push(run.wallMs / floor.wallMs);
        pairs.set(c.name, ratios);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const floor = stats(floorRuns);
  const commands: FileCommand[] = candidates.map((c) => {
    if (c.failure !== undefined) return { name: c.name, available: false, reason: c.failure };
    const s = stats(c.runs);
    return {
      name: c.name,
      available: true,
      command: c.command,
      stats: s,
      ratioToFloor: round(s.medianMs / floor.medianMs, 3),
      medianRoundRatio: round(median(pairs.get(c.name) ?? []), 3),
    };
  });
  return {
    rows: file.rows,
    file: file.path,
    fileBytes: file.bytes,
    writeMs: file.writeMs,
    rounds,
    floor,
    commands,
  };
}

/** Where a file validation spends its time, stage by stage, in one process (our reader). */
export async function benchValidateStages(
  path: string,
  rows: number,
  log: (line: string) => void,
): Promise<Extract<Results['files'], { available: true }>['validateStages']> {
  log('  validation stages');
  const run = await runChild('bench/child/validate-stages.ts', [path, BENCH_TODAY], {
    keepStdout: true,
  });
  if (run.exitCode !== 0) {
    return { available: false, reason: `stage breakdown failed: ${run.stderr.trim()}` };
  }
  const s = JSON.parse(run.stdout) as { openMs: number; gridMs: number; validateMs: number };
  return {
    available: true,
    rows,
    openMs: round(s.openMs),
    gridMs: round(s.gridMs),
    validateMs: round(s.validateMs),
  };
}
