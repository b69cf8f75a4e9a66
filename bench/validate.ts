/**
 * How long the core takes to validate a 100,000-row ledger (references included), as the median of
 * several runs. Run: `npx tsx bench/validate.ts [rows]`.
 */
import { validateWorkbook } from '../src/core/validate/validate';
import { benchSnapshot } from './ledger-fixture';

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = 7;

// Wall time is what a user waits; CPU time (user + system of this process) is what the code costs
// when the machine is shared. Both are reported, as medians.
function measure(kind: 'mixed' | 'clean') {
  const snapshot = benchSnapshot(ROWS, kind);
  const wall: number[] = [];
  const cpu: number[] = [];
  let issues = 0;
  for (let run = 0; run < RUNS; run++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    const report = validateWorkbook(snapshot, { today: '2026-11-29', staleDays: 90 });
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    issues = report.issues.length;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(
    `validateWorkbook, ${kind} ledger: ${ROWS} rows, ${issues} issues: median ${median(wall).toFixed(0)} ms wall, ` +
      `${median(cpu).toFixed(0)} ms CPU over ${RUNS} runs (wall min ${Math.min(...wall).toFixed(0)} ms)`,
  );
}

measure('mixed');
measure('clean');
