/**
 * The measurements the parser, validation and summaries engineers wrote as standalone scripts
 * (bench/parse.ts, bench/validate.ts with bench/ledger-fixture.ts, bench/summary.ts), folded into
 * the runner so they are taken in the same run as the rest. The scripts still run on their own.
 */
import { STALE_DAYS } from '../../src/core/settings';
import { buildSummaryPlan } from '../../src/core/summary/plan';
import { summaryPlanFromRows } from '../../src/core/summary/summary-plan';
import { validateWorkbook } from '../../src/core/validate/validate';
import { benchSnapshot } from '../ledger-fixture';
import { benchParse } from '../parse';
import type { Results } from '../results';
import { perSecond, timeInProcess, type Timing } from '../stats';
import { syntheticRows, syntheticSnapshot } from '../summary';
import { BENCH_TODAY } from '../synthetic';

const strip = ({ runs, medianMs, minMs, maxMs, medianCpuMs }: Timing): Timing => ({
  runs,
  medianMs,
  minMs,
  maxMs,
  medianCpuMs,
});

type Measured = Extract<Results['fixtures'], { available: true }>;

export function benchFixtures(
  rows: number,
  runs: number,
  smoke: boolean,
  log: (line: string) => void,
): Measured {
  log(`  fixtures: parse (bench/parse.ts)`);
  const parse = benchParse(smoke ? 20 : 500);
  const cases: Measured['cases'] = [];
  const add = (name: string, source: string, fn: () => unknown) => {
    log(`  fixtures ${rows} rows: ${name}`);
    const timing = strip(timeInProcess(fn, runs));
    cases.push({ name, source, rows, timing, rowsPerSecond: perSecond(rows, timing.medianMs) });
  };
  const validation = { today: BENCH_TODAY, staleDays: STALE_DAYS };
  const mixed = benchSnapshot(rows, 'mixed');
  add('validateWorkbook, mixed fixture (about one issue per row)', 'bench/validate.ts', () =>
    validateWorkbook(mixed, validation),
  );
  const clean = benchSnapshot(rows, 'clean');
  add('validateWorkbook, clean fixture (ready to submit)', 'bench/validate.ts', () =>
    validateWorkbook(clean, validation),
  );
  const ledgerRows = syntheticRows(rows);
  const input = {
    rows: ledgerRows,
    listOrder: [],
    today: BENCH_TODAY,
    dueSoonDays: 30,
    ledgerErrors: 0,
  };
  add('summaryPlanFromRows (summaries alone, rows already read)', 'bench/summary.ts', () =>
    summaryPlanFromRows(input),
  );
  const snapshot = syntheticSnapshot(ledgerRows);
  add(
    'buildSummaryPlan from a 台账-only grid (read + validate + summarize)',
    'bench/summary.ts',
    () => buildSummaryPlan(snapshot, { today: BENCH_TODAY, dueSoonDays: 30 }),
  );
  return {
    available: true,
    parse: { medianMs: round3(parse.medianMs), p90Ms: round3(parse.p90Ms), runs: parse.runs },
    cases,
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
