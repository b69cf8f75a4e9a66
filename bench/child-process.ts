import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUSAGE_PRELOAD = new URL('./child/rusage.mjs', import.meta.url).href;

let childrenCpuMs = 0;

/** CPU time of every child run so far (for the run's total CPU time). */
export function childrenCpuTotalMs(): number {
  return childrenCpuMs;
}

/** One run of a command in its own Node process, launched as `npm run rectify` launches ours. */
export interface ChildRun {
  readonly wallMs: number;
  /** Peak resident memory of the child, reported by the child itself. */
  readonly maxRssKb: number;
  readonly cpuMs: number;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node --import tsx <script> ...args` (what `tsx` does; plain `node <script>` with
 * `tsx: false`), with a preload that reports the
 * child's peak memory at exit. Wall time is measured here, from spawn to exit, so start-up is in
 * both ours and the floor alike. Stdout is collected only when `keepStdout` (validate reports can
 * be tens of megabytes; a user would see them on a terminal or pipe them to a file).
 */
export async function runChild(
  script: string,
  args: readonly string[],
  options: {
    readonly keepStdout?: boolean;
    /** Run through tsx (TypeScript); false for compiled JavaScript, as users run the CLI. */
    readonly tsx?: boolean;
  } = {},
): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), 'rectify-bench-child-'));
  const rusageFile = join(dir, 'rusage.json');
  try {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        ...(options.tsx === false ? [] : ['--import', 'tsx']),
        '--import',
        RUSAGE_PRELOAD,
        script,
        ...args,
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, RECTIFY_BENCH_RUSAGE: rusageFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      if (options.keepStdout === true) out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolve(code ?? (signal === null ? -1 : 128)));
    });
    const wallMs = performance.now() - started;
    const stderr = Buffer.concat(err).toString('utf8');
    let usage: { maxRssKb: number; userMs: number; systemMs: number };
    try {
      usage = JSON.parse(readFileSync(rusageFile, 'utf8')) as typeof usage;
    } catch {
      throw new Error(`${script} exited ${exitCode} without reporting its memory:\n${stderr}`);
    }
    childrenCpuMs += usage.userMs + usage.systemMs;
    return {
      wallMs,
      maxRssKb: usage.maxRssKb,
      cpuMs: usage.userMs + usage.systemMs,
      exitCode,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
