/**
 * The command line and the workbook's reminder settings (issue 16): `rectify workbook` writes
 * them into 说明, `validate` reads them, each flag overrides for one run, a re-import keeps the
 * numbers the user set, and every face refuses a number outside the one range.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { load, rectify } from './summarize-support';

const TODAY = '2026-11-29';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-settings-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const settingsOf = async (path: string) => {
  const readme = (await load(path)).getWorksheet(SHEETS.readme) as ExcelJS.Worksheet;
  return [readme.getCell('B5').value, readme.getCell('B6').value];
};

describe('reminder settings on the command line', () => {
  it('workbook --due-soon-days --stale-days writes them into 说明; validate reads them', async () => {
    const path = join(dir, 'set.xlsx');
    const made = await rectify(
      'workbook',
      '--out',
      path,
      '--today',
      TODAY,
      '--due-soon-days',
      '60',
      '--stale-days',
      '400',
    );
    expect(made.code, made.stderr).toBe(0);
    expect(await settingsOf(path)).toEqual([60, 400]);

    // The fresh ledger has no 更新日期: 未更新 warnings quote the workbook's window…
    const fromWorkbook = await rectify('validate', path, '--json', '--today', TODAY);
    const stale = JSON.parse(fromWorkbook.stdout).issues.find(
      (i: { code: string }) => i.code === 'stale',
    );
    expect(stale.message).toContain('400 天');
    // …unless the flag gives another for this run.
    const flagged = await rectify(
      'validate',
      path,
      '--json',
      '--today',
      TODAY,
      '--stale-days',
      '7',
    );
    expect(flagged.stdout).toContain('7 天内更新');
    // validate reports its verdict through process.exitCode; runs in this process must not inherit it.
    process.exitCode = undefined;
  });

  it('keeps the numbers a user set when a list is merged in again', async () => {
    const path = join(dir, 'merge.xlsx');
    await rectify('workbook', '--out', path, '--today', TODAY, '--due-soon-days', '45');
    const merged = await rectify('workbook', '--merge', path, '--today', TODAY);
    expect(merged.code, merged.stderr).toBe(0);
    expect(await settingsOf(path)).toEqual([45, 90]);
    await rectify('workbook', '--merge', path, '--today', TODAY, '--stale-days', '120');
    expect(await settingsOf(path)).toEqual([45, 120]);
  });

  it('refuses a number outside the range with where, what and the range, exit 2', async () => {
    const path = join(dir, 'bad.xlsx');
    for (const args of [
      ['workbook', '--out', path, '--due-soon-days', '0'],
      ['workbook', '--out', path, '--stale-days', '十'],
      ['summarize', path, '--due-soon-days', '366'],
      ['validate', path, '--stale-days', '99999'],
    ]) {
      const r = await rectify(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/(临期提醒天数|未更新提醒天数)应为 1 至 (365|3650) 之间的整数天数/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    await expect(readFile(path)).rejects.toThrow();
  });
});
