/**
 * Section 1: the core on synthetic ledgers, in this process: validate, build the summaries,
 * build the workbook plan (median ms and rows/s per size), and parse the seed.
 */
import type { IsoDate } from '../../src/core/dates';
import type { WorkbookSnapshot } from '../../src/core/grid';
import { DUE_SOON_DAYS, STALE_DAYS } from '../../src/core/settings';
import type { RectificationList } from '../../src/core/list/schema';
import { parseList } from '../../src/core/list/parse';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { validateWorkbook } from '../../src/core/validate/validate';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { optionalFunction } from '../optional';
import type { Rated, Results } from '../results';
import { perSecond, timeInProcess, type Timing } from '../stats';
import { BENCH_TODAY, PLAN_OPTIONS, type SyntheticLedger } from '../synthetic';

/** The agreed summaries entry point (issue 6), loaded when it exists. */
type BuildSummaryPlan = (
  snapshot: WorkbookSnapshot,
  options: { readonly today: IsoDate; readonly dueSoonDays: number },
) => WorkbookPlan;

/** Measured runs per size: more for small sizes, where each run is short and noisier. */
export function runsFor(rows: number, smoke: boolean): number {
  if (smoke) return 2;
  if (rows <= 1_000) return 15;
  if (rows <= 10_000) return 9;
  // Nine, not five: this shared machine swings by a third from one run to the next.
  return 9;
}

const strip = ({ runs, medianMs, minMs, maxMs, medianCpuMs }: Timing): Timing => ({
  runs,
  medianMs,
  minMs,
  maxMs,
  medianCpuMs,
});

function rated(rows: number, fn: () => unknown, runs: number): Rated {
  const timing = strip(timeInProcess(fn, runs));
  return { available: true, timing, rowsPerSecond: perSecond(rows, timing.medianMs) };
}

export async function benchParse(
  seedText: string,
  smoke: boolean,
): Promise<Results['core']['parse']> {
  const list = parseList(seedText);
  const measures = list.items.reduce((n, item) => n + item.measures.length, 0);
  const timing = strip(timeInProcess(() => parseList(seedText), smoke ? 5 : 200, smoke ? 1 : 20));
  return { available: true, measures, timing };
}

export async function benchCoreCase(
  ledger: SyntheticLedger,
  list: RectificationList,
  smoke: boolean,
  log: (line: string) => void,
): Promise<Results['core']['cases'][number]> {
  const runs = runsFor(ledger.rows, smoke);
  const options = { today: BENCH_TODAY, staleDays: STALE_DAYS };
  log(`  core ${ledger.rows} rows: validate`);
  const validate = rated(ledger.rows, () => validateWorkbook(ledger.snapshot, options), runs);

  const loaded = await optionalFunction<BuildSummaryPlan>(
    'src/core/summary/plan',
    'buildSummaryPlan',
  );
  let summaries: Rated;
  if (loaded.available) {
    log(`  core ${ledger.rows} rows: summaries`);
    const build = loaded.value;
    summaries = rated(
      ledger.rows,
      () => build(ledger.snapshot, { today: BENCH_TODAY, dueSoonDays: DUE_SOON_DAYS }),
      runs,
    );
  } else summaries = { available: false, reason: loaded.reason };

  log(`  core ${ledger.rows} rows: workbook plan`);
  const workbookPlan = rated(ledger.rows, () => buildLedgerWorkbookPlan(list, PLAN_OPTIONS), runs);
  return { rows: ledger.rows, validate, summaries, workbookPlan };
}
