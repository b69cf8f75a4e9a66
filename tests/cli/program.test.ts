import { runRectify } from '../support/cli';
import { describe, expect, it } from 'vitest';

const rectify = (...args: string[]) => runRectify(args, { viaNpm: true });

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
