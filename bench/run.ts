/**
 * `npm run bench`: how fast the product is at the sizes staff meet (issue 10). Writes
 * bench/results.json and prints the tables that docs/performance.md shows.
 *
 *   npm run bench                  1,000 / 10,000 / 100,000 rows, several runs each (≈ 6–8 min)
 *   npm run bench -- --smoke       1,000 rows, one run: checks the script, times nothing
 *   npm run bench -- --out FILE    write the results elsewhere
 *   npm run bench -- --rounds N    rounds of the file commands at every size (default 7 / 5 / 3)
 *   npm run bench -- --stages      also time the stages of a file validation in one process
 *   npm run bench -- --skip-files  leave out the file section (2), for quick work on the core
 *   npm run bench -- --files-only  only the file section and start-up (core and Office left out)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED_PATH } from '../src/cli/input';
import { STALE_DAYS } from '../src/core/settings';
import { parseList } from '../src/core/list/parse';
import { validateWorkbook } from '../src/core/validate/validate';
import { REPO_ROOT, childrenCpuTotalMs } from './child-process';
import { resultsSchema, type FileCase, type Results } from './results';
import { benchCoreCase, benchParse, runsFor } from './sections/core';
import {
  FLOOR_COMMAND,
  benchFileCase,
  benchValidateStages,
  buildFloor,
  roundsFor,
} from './sections/files';
import { benchFixtures } from './sections/fixtures';
import { benchOffice } from './sections/office';
import { benchStartup, renderStartup, startupTarget } from './sections/startup';
import { round } from './stats';
import { BENCH_TODAY, syntheticLedger, type SyntheticLedger } from './synthetic';
import { syntheticLedgerFile } from './synthetic-file';
import { renderTables } from './table';
import { judgeTargets } from './targets';

const { values: flags } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    out: { type: 'string', default: join(REPO_ROOT, 'bench', 'results.json') },
    quiet: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    stages: { type: 'boolean', default: false },
    'skip-files': { type: 'boolean', default: false },
    'files-only': { type: 'boolean', default: false },
  },
});
const smoke = flags.smoke === true;
const log = (line: string) => {
  if (flags.quiet !== true) process.stderr.write(`${line}\n`);
};

const startedAt = new Date();
const started = performance.now();
const loadAverageAtStart = loadavg().map((x) => round(x));
const sizes = smoke ? [1_000] : [1_000, 10_000, 100_000];
const fileRows = Math.max(...sizes);
const roundsFlag = flags.rounds !== undefined ? Number(flags.rounds) : undefined;
if (roundsFlag !== undefined && (!Number.isInteger(roundsFlag) || roundsFlag < 1))
  throw new Error('--rounds must be a whole number ≥ 1');

function ownCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

const seedText = readFileSync(DEFAULT_SEED_PATH, 'utf8');
const seed = parseList(seedText);

log('synthetic ledgers');
const ledgers: SyntheticLedger[] = [];
const synthetic: Results['synthetic'] = [];
for (const rows of sizes) {
  const t = performance.now();
  const ledger = syntheticLedger(seed, rows);
  const generateMs = round(performance.now() - t);
  const report = validateWorkbook(ledger.snapshot, { today: BENCH_TODAY, staleDays: STALE_DAYS });
  ledgers.push(ledger);
  synthetic.push({
    rows,
    generateMs,
    errors: report.errors,
    warnings: report.warnings,
    mix: { ...ledger.mix },
  });
}

// --files-only: the file section and start-up alone (for the second and third runs of the spread).
const filesOnly = flags['files-only'] === true;
const notRun = { available: false as const, reason: 'left out (--files-only)' };

log('core');
const parse = filesOnly ? notRun : await benchParse(seedText, smoke);
const cases: Results['core']['cases'] = [];
if (!filesOnly) {
  for (const ledger of ledgers) cases.push(await benchCoreCase(ledger, ledger.list, smoke, log));
}

const fixtures: Results['fixtures'] = filesOnly
  ? notRun
  : benchFixtures(fileRows, runsFor(fileRows, smoke), smoke, log);

log('office');
// The add-in's requests at county size too (100 rows), where one extra round trip shows most.
const officeLedgers = smoke ? ledgers : [syntheticLedger(seed, 100), ...ledgers];
const office = filesOnly
  ? notRun
  : await benchOffice(
      officeLedgers.map((ledger) => ({ ledger, list: ledger.list })),
      log,
    );

const files = flags['skip-files'] === true ? skippedFiles() : await benchAllFiles();

async function benchAllFiles(): Promise<Results['files']> {
  // One unmeasured start: builds dist-cli/ if it is missing or older than the sources.
  log('files: building the command line and the floor');
  const help = spawnSync(process.execPath, ['bin/rectify.mjs', '--help'], { cwd: REPO_ROOT });
  if (help.status !== 0) throw new Error(`rectify --help exited ${help.status}`);
  const floorScript = await buildFloor();
  const cases: FileCase[] = [];
  try {
    for (const ledger of ledgers) {
      const t = performance.now();
      const file = await syntheticLedgerFile(ledger.plan, ledger.rows);
      const writeMs = file.reused ? null : round(performance.now() - t);
      log(file.reused ? `  reusing ${file.path}` : `  wrote ${file.path} in ${writeMs} ms`);
      const rounds = roundsFor(ledger.rows, smoke, roundsFlag);
      const fileInfo = { path: file.path, rows: ledger.rows, writeMs };
      cases.push(
        await benchFileCase(
          { ...fileInfo, bytes: statSync(file.path).size },
          floorScript,
          rounds,
          log,
        ),
      );
    }
  } finally {
    rmSync(floorScript, { force: true });
  }
  const largest = cases.find((c) => c.rows === fileRows) as FileCase;
  const validateStages =
    flags.stages === true
      ? await benchValidateStages(largest.file, largest.rows, log)
      : { available: false as const, reason: 'not asked for (npm run bench -- --stages)' };
  return { available: true, floorCommand: FLOOR_COMMAND, cases, validateStages };
}

function skippedFiles(): Results['files'] {
  return { available: false, reason: 'left out (--skip-files)' };
}

const startup = benchStartup(smoke ? 3 : 15, log);

const partial: Omit<Results, 'targets'> = {
  version: 2,
  mode: smoke ? 'smoke' : 'full',
  startedAt: startedAt.toISOString(),
  durationMs: 0,
  cpuMs: 0,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${platform()} ${process.arch}`,
    loadAverageAtStart,
  },
  today: BENCH_TODAY,
  sizes,
  synthetic,
  core: { parse, cases },
  fixtures,
  files,
  office,
  startup,
};
const results: Results = resultsSchema.parse({
  ...partial,
  durationMs: round(performance.now() - started, 0),
  cpuMs: round(ownCpuMs() + childrenCpuTotalMs(), 0),
  targets: [...judgeTargets(partial), startupTarget(startup)],
});
writeFileSync(flags.out as string, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(
  `${renderTables(results)}\n\n${renderStartup(startup)}\n\nResults: ${flags.out}\n`,
);
