/**
 * Sections 2 and 4: `rectify validate` and `rectify summarize` on the synthetic .xlsx, each in its
 * own process, beside the floor (a bare scan of the same file's four sheets) measured in the same
 * rounds: floor, validate, summarize, read+write, then again, so load on the machine hits all alike.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/commands/index';
import { buildProgram } from '../../src/cli/program';
import { runChild, type ChildRun } from '../child-process';
import type { ChildStats, Compared, Results } from '../results';
import { median, round, summarize } from '../stats';
import { BENCH_FILE_DIR } from '../synthetic-file';
import { BENCH_TODAY } from '../synthetic';

const CLI = 'src/cli/main.ts';
// The floor of issue 14: inflate the four sheets the core reads, one pass over their XML to cells.
const FLOOR = 'bench/child/bare-scan.ts';
const FLOOR_RW = 'bench/child/bare-read-write.ts';

/** Subcommands the command line has on this branch. */
export function cliCommands(): string[] {
  return buildProgram(COMMANDS).commands.map((c) => c.name());
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

interface Candidate {
  readonly name: 'validate' | 'summarize';
  readonly command: string;
  readonly script: string;
  readonly args: (round: number) => string[];
  /** Exit codes that mean the command did its job (validate exits 1 when it finds errors). */
  readonly okCodes: readonly number[];
  /** Rounds this command runs in (the first ones): summarize costs 4–5 floors a run. */
  readonly maxRounds: number;
  readonly runs: ChildRun[];
  failure?: string;
}

export async function benchFiles(
  file: { path: string; rows: number; bytes: number; writeMs: number | null },
  options: {
    readonly rounds: number;
    readonly stages: boolean;
    readonly writeFloor: boolean;
    /** Only the floor, once: for quick runs that leave the file sections out. */
    readonly skip?: boolean;
  },
  log: (line: string) => void,
): Promise<Results['files']> {
  const { rounds } = options;
  const available = options.skip === true ? [] : cliCommands();
  const out = (round: number) => join(BENCH_FILE_DIR, `summarized-${process.pid}-${round}.xlsx`);
  const candidates: Candidate[] = [
    {
      name: 'validate',
      command: `rectify validate FILE --today ${BENCH_TODAY}`,
      script: CLI,
      args: () => ['validate', file.path, '--today', BENCH_TODAY],
      okCodes: [0, 1],
      maxRounds: rounds,
      runs: [],
    },
    {
      name: 'summarize',
      command: `rectify summarize FILE --out OUT --today ${BENCH_TODAY}`,
      script: CLI,
      args: (round) => ['summarize', file.path, '--out', out(round), '--today', BENCH_TODAY],
      okCodes: [0, 1],
      // Two runs fit the 5-minute budget; each is paired with the floor of its own round.
      maxRounds: Math.min(rounds, 2),
      runs: [],
    },
  ];
  const floorRuns: ChildRun[] = [];
  const floorRwRuns: ChildRun[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      log(`  files ${file.rows} rows, round ${round + 1}/${rounds}: floor`);
      floorRuns.push(await runChild(FLOOR, [file.path]));
      for (const c of candidates) {
        if (!available.includes(c.name) || c.failure !== undefined || round >= c.maxRounds) {
          continue;
        }
        log(`  files ${file.rows} rows, round ${round + 1}/${rounds}: ${c.name}`);
        const run = await runChild(c.script, c.args(round));
        if (!c.okCodes.includes(run.exitCode)) {
          c.failure = `rectify ${c.name} exited ${run.exitCode}: ${run.stderr.trim().split('\n')[0] ?? ''}`;
        } else c.runs.push(run);
      }
      if (options.writeFloor) {
        log(`  files ${file.rows} rows, round ${round + 1}/${rounds}: floor read+write`);
        floorRwRuns.push(await runChild(FLOOR_RW, [file.path, out(rounds + round)]));
      }
    }
  } finally {
    for (let i = 0; i < 2 * rounds; i++) rmSync(out(i), { force: true });
  }

  const floor = stats(floorRuns);
  const compare = (c: Candidate): Compared => {
    if (!available.includes(c.name)) {
      return {
        available: false,
        reason:
          options.skip === true
            ? 'left out (--skip-files)'
            : `rectify has no ${c.name} command on this branch yet`,
      };
    }
    if (c.failure !== undefined) return { available: false, reason: c.failure };
    const s = stats(c.runs);
    return {
      available: true,
      command: c.command,
      stats: s,
      ratioToFloor: round(s.medianMs / floor.medianMs, 3),
      medianRoundRatio: round(
        median(c.runs.map((r, i) => r.wallMs / (floorRuns[i] as ChildRun).wallMs)),
        3,
      ),
    };
  };

  let validateStages: Results['files']['validateStages'] = {
    available: false,
    reason: 'not asked for (npm run bench -- --stages)',
  };
  const stages = options.stages
    ? (log(`  files ${file.rows} rows: validation stages`),
      await runChild('bench/child/validate-stages.ts', [file.path, BENCH_TODAY], {
        keepStdout: true,
      }))
    : null;
  if (stages === null) {
    // Not asked for: the reason above stands.
  } else if (stages.exitCode === 0) {
    const s = JSON.parse(stages.stdout) as { readMs: number; gridMs: number; validateMs: number };
    validateStages = {
      available: true,
      readMs: round(s.readMs),
      gridMs: round(s.gridMs),
      validateMs: round(s.validateMs),
    };
  } else {
    validateStages = {
      available: false,
      reason: `stage breakdown failed: ${stages.stderr.trim()}`,
    };
  }

  return {
    rows: file.rows,
    file: file.path,
    fileBytes: file.bytes,
    writeMs: file.writeMs,
    floor: {
      command:
        'bare scan: inflate the four sheets the core reads, one pass over their XML to cells',
      stats: floor,
    },
    floorReadWrite:
      floorRwRuns.length > 0
        ? {
            available: true,
            command: 'ExcelJS readFile(FILE) then writeFile(OUT), nothing else',
            stats: stats(floorRwRuns),
          }
        : { available: false, reason: 'not asked for (npm run bench -- --write-floor)' },
    validate: compare(candidates[0] as Candidate),
    summarize: compare(candidates[1] as Candidate),
    validateStages,
  };
}
