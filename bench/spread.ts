/**
 * The spread of several bench runs, target by target, for docs/performance.md:
 *
 *   npx tsx bench/spread.ts run1.json run2.json run3.json
 *
 * Prints one Markdown table: each target's measured value in every run (with the run's load
 * average at start), and a verdict that holds only if every run that judged it met it.
 */
import { readFileSync } from 'node:fs';
import { resultsSchema, type Results } from './results';

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: spread.ts RESULTS.json …');
const runs: Results[] = files.map((f) => resultsSchema.parse(JSON.parse(readFileSync(f, 'utf8'))));

const names = [...new Set(runs.flatMap((r) => r.targets.map((t) => t.name)))];
const header = ['target', 'wanted', ...runs.map((_, i) => `run ${i + 1}`), 'verdict'];
const rows = names.map((name) => {
  const found = runs.map((r) => r.targets.find((t) => t.name === name));
  const judged = found.filter((t) => t !== undefined && t.met !== null);
  const verdict =
    judged.length === 0
      ? 'n/a'
      : judged.every((t) => t?.met === true)
        ? `met (${judged.length} of ${judged.length})`
        : `**not met** (${judged.filter((t) => t?.met === true).length} of ${judged.length})`;
  return [
    name,
    found.find((t) => t !== undefined)?.target ?? '',
    ...found.map((t) => (t === undefined || t.met === null ? 'not run' : t.measured)),
    verdict,
  ];
});
const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
process.stdout.write(
  [
    runs
      .map(
        (r, i) =>
          `Run ${i + 1}: ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${r.mode}, ` +
          `load average at start ${r.machine.loadAverageAtStart.join(' / ')}, took ${Math.round(r.durationMs / 1000)} s.`,
      )
      .join('  \n'),
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
  ].join('\n'),
);
