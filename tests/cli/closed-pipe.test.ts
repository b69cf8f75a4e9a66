import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbookFile } from '../../src/xlsx/read';
import { REPO_ROOT } from '../support/cli';

/**
 * `rectify … | head`: the reader closes the pipe after one line. The command must not die with
 * Node's EPIPE stack trace, and a workbook it writes meanwhile is written whole.
 */

const BIN = join(REPO_ROOT, 'bin', 'rectify.mjs');

interface Ended {
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the command, reads its first stdout chunk, then closes the pipe as `head -1` does. */
function runAndCloseEarly(args: readonly string[]): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (stderr += text));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-pipe-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a reader that closes the pipe early', () => {
  it('ends --help quietly', async () => {
    const ended = await runAndCloseEarly(['--help']);
    expect(ended.stderr).not.toMatch(/EPIPE|at .*\(|node:events/);
    expect(ended.code).toBe(0);
  });

  it('ends parse quietly', async () => {
    const ended = await runAndCloseEarly([
      'parse',
      join(REPO_ROOT, 'seeds', 'baojing-rectification-list.txt'),
    ]);
    expect(ended.stderr).not.toMatch(/EPIPE|at .*\(|node:events/);
    expect(ended.code).toBe(0);
  });

  it('still writes the whole workbook', async () => {
    const out = join(dir, '整改台账.xlsx');
    const ended = await runAndCloseEarly(['workbook', '--out', out]);
    expect(ended.stderr).not.toMatch(/EPIPE|at .*\(|node:events/);
    expect(ended.code).toBe(0);
    const { reading } = await openWorkbookFile(out);
    expect(reading.grid('台账')?.rows.length).toBeGreaterThan(89);
  });
});
