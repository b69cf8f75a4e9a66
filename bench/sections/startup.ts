import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { REPO_ROOT } from '../child-process';
import { median, round } from '../stats';

/**
 * Start-up (issue 14): `rectify --help` as a user starts it (bin/rectify.mjs, the compiled command
 * line) against a bare `node -e 0`, in interleaved rounds so both see the same machine load.
 * Target: within 3× the bare start.
 */
export const startupSchema = z.strictObject({
  rounds: z.number().int().positive(),
  nodeMedianMs: z.number().nonnegative(),
  helpMedianMs: z.number().nonnegative(),
  helpMinMs: z.number().nonnegative(),
  helpMaxMs: z.number().nonnegative(),
  /** median(rectify --help) / median(node -e 0). */
  ratio: z.number().positive(),
});
export type StartupResult = z.infer<typeof startupSchema>;

const BIN = join(REPO_ROOT, 'bin', 'rectify.mjs');

function wallMs(args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, stdio: 'ignore' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  return ms;
}

export function benchStartup(rounds: number, log: (line: string) => void): StartupResult {
  log('start-up: rectify --help vs node -e 0');
  // One unmeasured run: builds dist-cli/ if it is missing or older than the sources.
  wallMs([BIN, '--help']);
  const bare: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < rounds; i++) {
    bare.push(wallMs(['-e', '0']));
    help.push(wallMs([BIN, '--help']));
  }
  const nodeMedianMs = round(median(bare));
  const helpMedianMs = round(median(help));
  return {
    rounds,
    nodeMedianMs,
    helpMedianMs,
    helpMinMs: round(Math.min(...help)),
    helpMaxMs: round(Math.max(...help)),
    ratio: round(helpMedianMs / nodeMedianMs),
  };
}

export function startupTarget(s: StartupResult) {
  return {
    name: 'start-up: rectify --help',
    target: '≤ 3× node -e 0',
    measured: `${s.helpMedianMs} ms vs ${s.nodeMedianMs} ms (${s.ratio}×)`,
    met: s.ratio <= 3,
  };
}

export function renderStartup(s: StartupResult): string {
  return (
    `**Start-up** (${s.rounds} interleaved rounds, median wall ms): \`rectify --help\` ` +
    `${s.helpMedianMs} ms (min ${s.helpMinMs}, max ${s.helpMaxMs}), \`node -e 0\` ${s.nodeMedianMs} ms: ` +
    `${s.ratio}× (target ≤ 3×).`
  );
}
