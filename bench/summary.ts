/**
 * Median time to build the summary plan (领导汇总 + one sheet per leader) for a synthetic ledger.
 * Run: npx tsx bench/summary.ts [rows] [runs]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { addDays } from '../src/core/dates';
import type { IsoDate } from '../src/core/dates';
import type { Grid, GridCell, WorkbookSnapshot } from '../src/core/grid';
import { LEDGER_COLUMNS, SHEETS, STATUSES } from '../src/core/ledger/model';
import type { LedgerRow } from '../src/core/ledger/row';
import { buildSummaryPlan } from '../src/core/summary/plan';
import { summaryPlanFromRows } from '../src/core/summary/summary-plan';

const LEADERS = [
  '杨志慧',
  '周建武',
  '黄宇',
  '龙文斌',
  '田明',
  '胡泽钊',
  '彭健',
  '麻春兰',
  '向军',
  '石敏',
];
const UNITS = ['县委办', '县政府办', '县农业农村局', '州生态环境局保靖分局', '县住建局'];
const TODAY: IsoDate = '2026-11-29';

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same ledger. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticRows(count: number): LedgerRow[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const rows: LedgerRow[] = [];
  for (let i = 0; i < count; i++) {
    const leaders = [pick(LEADERS)];
    if (next() < 0.6) leaders.push(pick(LEADERS));
    if (next() < 0.3) leaders.push(pick(LEADERS));
    const deadline = next() < 0.15 ? null : addDays('2022-01-01', Math.floor(next() * 2000));
    rows.push({
      row: i + 2,
      item: Math.floor(i / 4) + 1,
      measure: String((i % 4) + 1),
      measureText: '加强日常监管，防止严格管控类耕地种植水稻。'.repeat(1 + (i % 5)),
      units: [pick(UNITS)],
      leaders,
      deadlineText: deadline ?? '长期坚持',
      deadline,
      status: next() < 0.02 ? '完成了' : pick(STATUSES),
      doneDate: null,
      progress: next() < 0.5 ? '已召开专题会议部署，正在推进。'.repeat(1 + (i % 7)) : '',
      evidence: '',
      updated: null,
      note: '',
      sheetRow: [],
      at: {},
    });
  }
  return rows;
}

/** The same ledger as a 台账 grid, as a shell would read it, for the full path from a workbook. */
export function syntheticSnapshot(rows: readonly LedgerRow[]): WorkbookSnapshot {
  const grid: Grid = {
    sheet: SHEETS.ledger,
    rows: [
      [...LEDGER_COLUMNS],
      ...rows.map((r): GridCell[] => [
        r.item,
        r.measure,
        r.measureText,
        r.units.join('、'),
        r.leaders.join('、'),
        r.deadlineText,
        r.deadline === null ? null : { date: r.deadline },
        r.status,
        null,
        r.progress,
        null,
        null,
        null,
      ]),
    ],
  };
  return { sheetNames: [SHEETS.ledger], grid: (name) => (name === SHEETS.ledger ? grid : null) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Measured {
  readonly wall: number;
  readonly cpu: number;
  readonly min: number;
  readonly max: number;
}

function measure(runs: number, work: () => unknown): Measured {
  work(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const before = process.cpuUsage();
    work();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), min: Math.min(...wall), max: Math.max(...wall) };
}

function line(label: string, count: number, m: Measured): string {
  const perSecond = Math.round(count / (m.wall / 1000)).toLocaleString('en');
  return (
    `${label}: median ${m.wall.toFixed(1)} ms (${perSecond} rows/s; min ${m.min.toFixed(1)}, ` +
    `max ${m.max.toFixed(1)}; median CPU ${m.cpu.toFixed(1)} ms)`
  );
}

// Runs when invoked as a script; importing it (for syntheticRows) measures nothing.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main();
function main(): void {
  const count = Number(process.argv[2] ?? 100_000);
  const runs = Number(process.argv[3] ?? 7);
  const rows = syntheticRows(count);
  const input = { rows, listOrder: [], today: TODAY, dueSoonDays: 30, ledgerErrors: 0 };
  const plan = summaryPlanFromRows(input);
  const cells = plan.sheets.reduce((n, s) => n + s.rows.reduce((m, row) => m + row.length, 0), 0);
  console.log(
    `${count.toLocaleString('en')} ledger rows → ${plan.sheets.length} sheets, ${cells.toLocaleString('en')} cells; ${runs} runs each`,
  );
  console.log(
    line(
      'summaries from ledger rows',
      count,
      measure(runs, () => summaryPlanFromRows(input)),
    ),
  );
  const snapshot = syntheticSnapshot(rows);
  const options = { today: TODAY, dueSoonDays: 30 };
  console.log(
    line(
      'buildSummaryPlan from a 台账 grid (read + validate + summarize)',
      count,
      measure(runs, () => buildSummaryPlan(snapshot, options)),
    ),
  );
  console.log('(wall time above CPU time is other load on the machine)');
}
