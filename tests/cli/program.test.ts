import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

async function rectify(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'rectify', '--', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('rectify command line', () => {
  it('prints usage with --help', async () => {
    const r = await rectify('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: rectify');
  });

  it('prints the package version', async () => {
    const r = await rectify('--version');
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on an unknown command without a stack trace', async () => {
    const r = await rectify('no-such-command');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
