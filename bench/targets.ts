import type { Results } from './results';

const MB4 = 4_000_000;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

type Target = Results['targets'][number];

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

  const fileTarget = (name: string, part: 'validate' | 'summarize', limit: number) => {
    const m = r.files[part];
    const target = `≤ ${limit}× the floor (bare scan) at ${fmt(r.files.rows)} rows`;
    if (!m.available) out.push({ name, target, measured: `not available: ${m.reason}`, met: null });
    else
      out.push({
        name,
        target,
        measured: `${fmt(m.ratioToFloor)}× (${fmt(m.stats.medianMs)} ms vs ${fmt(r.files.floor.stats.medianMs)} ms)`,
        met: r.files.rows >= 100_000 ? m.ratioToFloor <= limit : null,
      });
  };
  fileTarget('rectify validate on a file', 'validate', 1.3);
  fileTarget('rectify summarize on a file', 'summarize', 2);

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
