import type { FileCommand, Rated, Results } from './results';

const n = (v: number, digits = 1) =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const rated = (r: Rated): [string, string] =>
  r.available
    ? [`${n(r.timing.medianMs)} (cpu ${n(r.timing.medianCpuMs)})`, n(r.rowsPerSecond, 0)]
    : ['not available', '—'];

const COMMAND_LABEL: Readonly<Record<FileCommand['name'], string>> = {
  validate: 'validate',
  summarize: 'summarize',
  merge: 'workbook --merge',
};

const fileRow = (rows: number, c: FileCommand): string[] =>
  c.available
    ? [
        n(rows, 0),
        COMMAND_LABEL[c.name],
        n(c.stats.medianMs, 0),
        `${n(c.ratioToFloor, 2)}×`,
        `${n(c.medianRoundRatio, 2)}×`,
        n(c.stats.medianCpuMs, 0),
        n(c.stats.peakRssMb, 0),
      ]
    : [n(rows, 0), COMMAND_LABEL[c.name], `not available: ${c.reason}`, '—', '—', '—', '—'];

/** The report as Markdown tables: printed by `npm run bench` and pasted into docs/performance.md. */
export function renderTables(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Machine: ${m.cpus} × ${m.cpuModel}, ${n(m.memoryGb, 0)} GB, Node ${m.node} (${m.platform}); ` +
      `load average at start ${m.loadAverageAtStart.map((x) => n(x, 2)).join(' / ')}. ` +
      `Mode: ${r.mode}; today ${r.today}; run took ${n(r.durationMs / 1000, 0)} s (CPU ${n(r.cpuMs / 1000, 0)} s, children included).`,
  );

  out.push('\n**Synthetic ledgers** (generated from the seed; issues the validator finds)\n');
  out.push(
    table(
      ['rows', 'generate ms', 'errors', 'warnings'],
      r.synthetic.map((s) => [n(s.rows, 0), n(s.generateMs, 0), n(s.errors, 0), n(s.warnings, 0)]),
    ),
  );

  out.push('\n**1. Core** (in process; median wall ms, CPU ms of the same runs, rows/s)\n');
  if (r.core.parse.available) {
    const p = r.core.parse;
    out.push(
      `Parse the seed (${p.measures} measures): median ${n(p.timing.medianMs, 3)} ms over ${p.timing.runs} runs ` +
        `(${n(p.measures / (p.timing.medianMs / 1000), 0)} measures/s).\n`,
    );
  } else out.push(`Parse the seed: not available (${r.core.parse.reason}).\n`);
  out.push(
    table(
      [
        'rows',
        'validate ms',
        'rows/s',
        'summaries ms',
        'rows/s',
        'workbook plan ms',
        'rows/s',
        'runs',
      ],
      r.core.cases.map((c) => [
        n(c.rows, 0),
        ...rated(c.validate),
        ...rated(c.summaries),
        ...rated(c.workbookPlan),
        String(c.validate.available ? c.validate.timing.runs : '—'),
      ]),
    ),
  );
  const missing = r.core.cases.flatMap((c) =>
    (['summaries', 'workbookPlan'] as const).flatMap((k) => {
      const part = c[k];
      return part.available ? [] : [`${k} at ${n(c.rows, 0)} rows: ${part.reason}`];
    }),
  );
  if (missing.length > 0) out.push(`\nNot available: ${[...new Set(missing)].join('; ')}.`);

  out.push(
    `\n**Engineers' own benchmarks**, run here too (bench/parse.ts, bench/validate.ts, bench/summary.ts; ` +
      `their fixtures, not the synthetic ledger)\n`,
  );
  const fx = r.fixtures;
  if (!fx.available) out.push(`Not available: ${fx.reason}.`);
  else {
    out.push(
      `Parse the seed: median ${n(fx.parse.medianMs, 3)} ms, p90 ${n(fx.parse.p90Ms, 3)} ms over ${fx.parse.runs} runs.\n`,
    );
    out.push(
      table(
        ['case', 'script', 'rows', 'median ms (cpu)', 'rows/s'],
        fx.cases.map((c) => [
          c.name,
          c.source,
          n(c.rows, 0),
          `${n(c.timing.medianMs)} (cpu ${n(c.timing.medianCpuMs)})`,
          n(c.rowsPerSecond, 0),
        ]),
      ),
    );
  }

  const f = r.files;
  out.push(
    '\n**2. Files** (`node bin/rectify.mjs …`, the compiled command line, each run a new process; ' +
      'the floor in the same interleaved rounds; median wall ms, CPU ms of the same runs, peak RSS)\n',
  );
  if (!f.available) out.push(`Not available: ${f.reason}.`);
  else {
    out.push(`Floor: ${f.floorCommand} (bench/child/bare-scan.ts, compiled, its own process).\n`);
    const rows: string[][] = [];
    for (const c of f.cases) {
      rows.push([
        n(c.rows, 0),
        `floor (${n(c.fileBytes / 1e6, 1)} MB file, ${c.rounds} rounds)`,
        n(c.floor.medianMs, 0),
        '1×',
        '—',
        n(c.floor.medianCpuMs, 0),
        n(c.floor.peakRssMb, 0),
      ]);
      for (const command of c.commands) rows.push(fileRow(c.rows, command));
    }
    out.push(
      table(
        [
          'rows',
          'command',
          'median ms',
          'ours / floor',
          'median of rounds',
          'cpu ms',
          'peak RSS MB',
        ],
        rows,
      ),
    );
    const s = f.validateStages;
    if (!s.available) out.push(`\nValidation stages: ${s.reason}.`);
    else {
      out.push(
        `\nValidation stages in one process at ${n(s.rows, 0)} rows: open the package ` +
          `${n(s.openMs, 0)} ms, the four sheets as grids ${n(s.gridMs, 0)} ms, rules ${n(s.validateMs, 0)} ms.`,
      );
    }
  }

  out.push(
    '\n**3. Office shell on the in-memory Excel double** (syncs beside the fewest its data allows — one read and one write under 5 MB each; largest request and response in bytes)\n',
  );
  if (!r.office.available) out.push(`Not available: ${r.office.reason}.`);
  else {
    const rows: string[][] = [];
    for (const c of r.office.cases) {
      for (const op of c.operations) {
        rows.push(
          op.available
            ? [
                n(c.rows, 0),
                op.name,
                String(op.syncs),
                String(op.minimumSyncs),
                n(op.largestRequestBytes, 0),
                n(op.largestResponseBytes, 0),
                n(op.ms, 0),
              ]
            : [n(c.rows, 0), op.name, `not available: ${op.reason}`, '—', '—', '—', '—'],
        );
      }
    }
    out.push(
      table(
        ['rows', 'operation', 'syncs', 'minimum', 'largest request', 'largest response', 'ms'],
        rows,
      ),
    );
  }

  out.push('\n**Targets**\n');
  out.push(
    table(
      ['target', 'wanted', 'measured', 'met'],
      r.targets.map((t) => [
        t.name,
        t.target,
        t.measured,
        t.met === null ? 'n/a' : t.met ? 'yes' : '**no**',
      ]),
    ),
  );
  return out.join('\n');
}
