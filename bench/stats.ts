import { performance } from 'node:perf_hooks';

/** Several runs of one case: wall time (what a user waits) and CPU time (what the code costs). */
export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** CPU time of this process (user + system); wall time well above it means other load. */
  readonly medianCpuMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(wallMs: readonly number[], cpuMs: readonly number[]): Timing {
  return {
    runs: wallMs.length,
    medianMs: round(median(wallMs)),
    minMs: round(Math.min(...wallMs)),
    maxMs: round(Math.max(...wallMs)),
    medianCpuMs: round(median(cpuMs)),
  };
}

/**
 * Times `fn` in this process: `warmUp` unmeasured calls (so the JIT has seen the code), then
 * `runs` measured ones. `fn`'s result is kept until the next call so nothing is optimised away.
 */
export function timeInProcess<T>(fn: () => T, runs: number, warmUp = 1): Timing & { last: T } {
  let last = fn();
  for (let i = 1; i < warmUp; i++) last = fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    last = fn();
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...summarize(wall, cpu), last };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Rows per second at a median time, whole. */
export function perSecond(rows: number, ms: number): number {
  return ms > 0 ? Math.round(rows / (ms / 1000)) : 0;
}
