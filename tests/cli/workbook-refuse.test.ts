import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS } from '../../src/core/ledger/model';
import { runRectify } from '../support/cli';

const workbook = (cwd: string, args: string[], env?: Record<string, string>) =>
  runRectify(['workbook', ...args], { cwd, env });

let dir: string;
let ledger: string;
let filled: Buffer;

/** A ledger from `rectify workbook` into which a person typed progress on one row. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-refuse-'));
  ledger = join(dir, '台账.xlsx');
  expect((await workbook(dir, ['--out', ledger, '--today', '2026-11-29'])).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(ledger);
  const sheet = book.getWorksheet(SHEETS.ledger)!;
  let header = 1;
  while (sheet.getRow(header).getCell(1).value !== '问题序号') header += 1;
  const progress = LEDGER_COLUMNS.indexOf('整改进展') + 1;
  sheet.getRow(header + 3).getCell(progress).value = '已完成排查，正在整改';
  await book.xlsx.writeFile(ledger);
  filled = await readFile(ledger);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('rectify workbook over a filled-in ledger', () => {
  it('refuses with exit 2, points at --merge, and leaves the file and folder as they were', async () => {
    const r = await workbook(dir, ['--out', ledger]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `rectify：未写入：${ledger} 是已填写过的台账（1 行有用户填写的内容），不会用空白台账替换它。` +
        `要按清单更新并保留填写的内容，请运行 rectify workbook --merge ${ledger}；` +
        '确要重新生成空白台账（原文件仍会备份），请加 --force\n',
    );
    expect(await readFile(ledger)).toEqual(filled);
    expect(await readdir(dir)).toEqual(['台账.xlsx']);
  });

  it('says the same in English under an English locale', async () => {
    const r = await workbook(dir, ['--out', ledger], { LANG: 'en_US.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${ledger} is a filled-in ledger (1 rows hold values users typed)`);
    expect(r.stderr).toContain(`run rectify workbook --merge ${ledger}`);
  });

  it('replaces it with --force, keeping the filled-in file as the backup', async () => {
    const r = await workbook(dir, ['--out', ledger, '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('原文件已备份为');
    const backups = (await readdir(dir)).filter((f) => f.startsWith('台账.备份-'));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(dir, backups[0]!))).toEqual(filled);
    expect(await readFile(ledger)).not.toEqual(filled);
  });
});
