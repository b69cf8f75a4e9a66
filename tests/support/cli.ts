import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO_ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Working folder of the process (relative defaults such as `out/` land there). */
  readonly cwd?: string;
  /** Run exactly as the README does, `npm run -s rectify -- …`, instead of tsx directly. */
  readonly viaNpm?: boolean;
  /** Extra environment, e.g. `{ LANG: 'en_US.UTF-8' }` for the English command line. */
  readonly env?: Readonly<Record<string, string>>;
}

/** The locale tests run in unless they say otherwise: Chinese, whatever the developer's shell has. */
const CHINESE_LOCALE = { LANG: 'zh_CN.UTF-8', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' };

/** Runs `rectify` as a real process and returns its exit code and output, failing or not. */
export async function runRectify(
  args: readonly string[],
  options: CliOptions = {},
): Promise<CliResult> {
  const cwd = options.cwd ?? REPO_ROOT;
  const [file, argv] = options.viaNpm
    ? ['npm', ['run', '-s', 'rectify', '--', ...args]]
    : [TSX, [MAIN, ...args]];
  try {
    const env = { ...process.env, ...CHINESE_LOCALE, ...options.env };
    const { stdout, stderr } = await run(file, argv, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
