import { runRectify } from '../support/cli';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { readWorkbookFile } from '../support/exceljs-read';

/** Runs `rectify workbook …` as a real process from the given folder. */
const workbook = (cwd: string, ...args: string[]) => runRectify(['workbook', ...args], { cwd });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-workbook-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('rectify workbook', () => {
  it('writes out/整改台账.xlsx from the embedded seed by default and says what it wrote', async () => {
    const r = await workbook(dir, '--today', '2026-11-29');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(join('out', '整改台账.xlsx'));
    expect(r.stdout).toMatch(/台账\t89 行/);
    expect(r.stdout).toMatch(/清单\t25 行/);
    const book = await readWorkbookFile(join(dir, 'out', '整改台账.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      SHEETS.readme,
      SHEETS.items,
      SHEETS.ledger,
      SHEETS.milestones,
      SHEETS.lists,
    ]);
    expect(book.getWorksheet(SHEETS.ledger)?.actualRowCount).toBe(92); // title row, 填报 line, header, 89 measures
    expect(book.getWorksheet(SHEETS.items)?.actualRowCount).toBe(26);
    // Only the final file and no temporary leftovers.
    expect(await readdir(join(dir, 'out'))).toEqual(['整改台账.xlsx']);
  });

  it('keeps the previous file aside instead of overwriting someone’s work', async () => {
    const out = join(dir, 'again', 'ledger.xlsx');
    await mkdir(join(dir, 'again'));
    expect((await workbook(dir, '--out', out)).code).toBe(0);
    const second = await workbook(dir, '--out', out);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('原文件已备份为');
    const files = await readdir(join(dir, 'again'));
    expect(files.filter((f) => f.startsWith('ledger.备份-') && f.endsWith('.xlsx'))).toHaveLength(
      1,
    );
    expect(files).toContain('ledger.xlsx');
  });

  it('exits 2 for an --out folder that does not exist, and creates nothing', async () => {
    const out = join(dir, 'no-such-folder', 'ledger.xlsx');
    const r = await workbook(dir, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`文件夹 ${join(dir, 'no-such-folder')} 不存在`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    await expect(stat(join(dir, 'no-such-folder'))).rejects.toThrow();
  });

  it('reads another list given with --seed and prints its diagnostics', async () => {
    const seed = join(dir, 'small.txt');
    await writeFile(
      seed,
      [
        '测试整改清单',
        '一、问题一的描述。',
        '整改目标：目标。',
        '牵头单位：县委办',
        '督办县领导：张三',
        '整改措施：1．=SUM(A1) 第一项措施。',
        '整改时限：2022年6月30日。',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'small.xlsx');
    const r = await workbook(dir, '--seed', seed, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/台账\t1 行/);
    expect(r.stdout).toMatch(/提示 \d+ 条|没有问题/);
    const ledger = (await readWorkbookFile(out)).getWorksheet(SHEETS.ledger);
    expect(String(ledger?.getCell('C4').value)).toMatch(/^=SUM.*第一项措施。$/);
    expect(ledger?.getCell('C4').formula).toBeUndefined();
  });

  it('exits 2 with one line for an unreadable seed', async () => {
    const r = await workbook(dir, '--seed', join(dir, 'missing.txt'), '--out', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with one line for an unwritable destination', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'not a folder');
    const r = await workbook(dir, '--out', join(blocker, 'ledger.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('无法写入');

    const folder = join(dir, 'taken.xlsx');
    await mkdir(folder);
    const r2 = await workbook(dir, '--out', folder);
    expect(r2.code).toBe(2);
    expect(r2.stderr.trim().split('\n')).toHaveLength(1);
    expect(r2.stderr).toContain('taken.xlsx');
  });

  it('exits 2 for a --today that is not a real date, and for a non-.xlsx destination', async () => {
    const bad = await workbook(dir, '--today', '2026-02-30', '--out', join(dir, 'y.xlsx'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--today');
    const csv = await workbook(dir, '--out', join(dir, 'ledger.csv'));
    expect(csv.code).toBe(2);
    await expect(stat(join(dir, 'ledger.csv'))).rejects.toThrow();
  });
});
