import type { Compared, Rated, Results } from './results';

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

const compared = (c: Compared, floorMs: number): string[] =>
  c.available
    ? [
        `${c.command} (${c.stats.runs} runs)`,
        n(c.stats.medianMs, 0),
        n(floorMs, 0),
        `${n(c.ratioToFloor, 2)}× (rounds: ${n(c.medianRoundRatio, 2)}×)`,
        n(c.stats.peakRssMb, 0),
      ]
    : [`not available: ${c.reason}`, '—', n(floorMs, 0), '—', '—'];

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

  const f = r.files;
  out.push(
    `\n**2 and 4. Files** (${n(f.rows, 0)}-row .xlsx, ${n(f.fileBytes / 1e6, 1)} MB; each run a new process; ` +
      `median of ${f.floor.stats.runs} rounds, floor measured in the same rounds)\n`,
  );
  out.push(
    table(
      ['command', 'median ms', 'floor ms', 'ours / floor', 'peak RSS MB'],
      [
        [
          'floor: ' + f.floor.command,
          n(f.floor.stats.medianMs, 0),
          '—',
          '1×',
          n(f.floor.stats.peakRssMb, 0),
        ],
        compared(f.validate, f.floor.stats.medianMs),
        compared(f.summarize, f.floor.stats.medianMs),
        f.floorReadWrite.available
          ? [
              'second floor: ' + f.floorReadWrite.command,
              n(f.floorReadWrite.stats.medianMs, 0),
              n(f.floor.stats.medianMs, 0),
              `${n(f.floorReadWrite.stats.medianMs / f.floor.stats.medianMs, 2)}×`,
              n(f.floorReadWrite.stats.peakRssMb, 0),
            ]
          : [`second floor (read + write): ${f.floorReadWrite.reason}`, '—', '—', '—', '—'],
      ],
    ),
  );
  if (!f.validateStages.available) out.push(`\nValidation stages: ${f.validateStages.reason}.`);
  else {
    const s = f.validateStages;
    out.push(
      `\nValidation stages in one process: open with ExcelJS ${n(s.readMs, 0)} ms, sheets to grids ` +
        `${n(s.gridMs, 0)} ms, rules ${n(s.validateMs, 0)} ms.`,
    );
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
