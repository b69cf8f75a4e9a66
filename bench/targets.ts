import type { Results } from './results';

const MB4 = 4_000_000;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

type Target = Results['targets'][number];

interface FileLimit {
  readonly name: string;
  readonly command: 'validate' | 'summarize' | 'merge';
  readonly ratio: number;
  readonly rssMb?: number;
}

/** Issue 14's targets for the command line on a 100,000-row file. */
const FILE_LIMITS: readonly FileLimit[] = [
  { name: 'rectify validate on a file', command: 'validate', ratio: 3, rssMb: 600 },
  { name: 'rectify summarize on a file', command: 'summarize', ratio: 5 },
  { name: 'rectify workbook --merge on a file', command: 'merge', ratio: 8 },
];

function fileTargets(r: Omit<Results, 'targets'>): Target[] {
  return FILE_LIMITS.map(({ name, command, ratio, rssMb }) => {
    const target =
      `≤ ${ratio}× the floor (bare scan)` +
      (rssMb === undefined ? '' : `, peak RSS ≤ ${rssMb} MB`) +
      ' at 100,000 rows';
    if (!r.files.available) {
      return { name, target, measured: `not available: ${r.files.reason}`, met: null };
    }
    const at = r.files.cases.find((c) => c.rows === 100_000);
    if (at === undefined) return { name, target, measured: 'not run at 100,000 rows', met: null };
    const m = at.commands.find((c) => c.name === command);
    if (m === undefined || !m.available) {
      const why = m === undefined ? 'not run' : m.reason;
      return { name, target, measured: `not available: ${why}`, met: false };
    }
    const rss = m.stats.peakRssMb;
    return {
      name,
      target,
      measured:
        `${fmt(m.ratioToFloor)}× (rounds ${fmt(m.medianRoundRatio)}×; ${fmt(m.stats.medianMs)} ms ` +
        `vs ${fmt(at.floor.medianMs)} ms)` +
        (rssMb === undefined ? '' : `, peak ${fmt(rss)} MB`),
      met: m.ratioToFloor <= ratio && (rssMb === undefined || rss <= rssMb),
    };
  });
}

/** The targets, judged on what was measured; `met: null` where a part is not available. */
export function judgeTargets(r: Omit<Results, 'targets'>): Target[] {
  const largest = Math.max(...r.sizes);
  const at = r.core.cases.find((c) => c.rows === largest);
  const out: Target[] = [];
  const coreTarget = (name: string, part: 'validate' | 'summaries') => {
    const m = at?.[part];
    if (largest < 100_000 || m === undefined) {
      out.push({
        name,
        target: '< 300 ms at 100,000 rows',
        measured: 'not run at 100,000 rows',
        met: null,
      });
    } else if (!m.available) {
      out.push({
        name,
        target: '< 300 ms at 100,000 rows',
        measured: `not available: ${m.reason}`,
        met: null,
      });
    } else {
      out.push({
        name,
        target: '< 300 ms at 100,000 rows',
        measured: `${fmt(m.timing.medianMs)} ms (median of ${m.timing.runs})`,
        met: m.timing.medianMs < 300,
      });
    }
  };
  coreTarget('core validate', 'validate');
  coreTarget('core summaries', 'summaries');

  out.push(...fileTargets(r));

  if (!r.office.available) {
    const measured = `not available: ${r.office.reason}`;
    out.push({
      name: 'Office syncs per operation',
      target: 'constant in rows (+1 per 4 MB chunk)',
      measured,
      met: null,
    });
    out.push({ name: 'Office largest request', target: '≤ 4 MB', measured, met: null });
    return out;
  }
  const cases = [...r.office.cases].sort((a, b) => a.rows - b.rows);
  const smallest = cases[0];
  const growth: string[] = [];
  let syncsMet: boolean | null = cases.length > 1 ? true : null;
  let largestRequest = 0;
  let anyMeasured = false;
  for (const c of cases) {
    for (const op of c.operations) {
      if (!op.available) continue;
      anyMeasured = true;
      largestRequest = Math.max(largestRequest, op.largestRequestBytes);
      const base = smallest?.operations.find((o) => o.name === op.name);
      if (base === undefined || !base.available || c === smallest) continue;
      // One more sync per 4 MB of payload, written (requests) or read back (responses).
      const allowed =
        Math.ceil(op.totalRequestBytes / MB4) +
        Math.ceil(op.totalResponseBytes / MB4) -
        Math.ceil(base.totalRequestBytes / MB4) -
        Math.ceil(base.totalResponseBytes / MB4);
      const extra = op.syncs - base.syncs;
      // The table shows every size; the verdict line names the growth at the largest.
      if (extra > 0 && c === cases[cases.length - 1]) {
        growth.push(
          `${op.name}: ${base.syncs} → ${op.syncs} at ${fmt(c.rows)} rows ` +
            `(${fmt((op.totalRequestBytes + op.totalResponseBytes) / 1e6)} MB moved, ` +
            `${Math.max(0, allowed)} more 4 MB chunks)`,
        );
      }
      if (extra > allowed) syncsMet = false;
    }
  }
  out.push({
    name: 'Office syncs per operation',
    target: 'constant in rows (+1 per 4 MB chunk)',
    measured: growth.length === 0 ? 'constant' : growth.join('; '),
    met: anyMeasured ? syncsMet : null,
  });
  out.push({
    name: 'Office largest request',
    target: '≤ 4 MB',
    measured: anyMeasured ? `${fmt(largestRequest)} bytes` : 'no operation ran',
    met: anyMeasured ? largestRequest <= MB4 : null,
  });
  return out;
}
