import { runRectify } from '../support/cli';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oleContainer } from '../support/ole';
import { fixtureWorkbook, goodRow, utc } from '../core/validate/fixture';

const rectify = (...args: string[]) => runRectify(args);

let dir: string;
let clean: string;
let broken: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-validate-'));
  clean = join(dir, '干净.xlsx');
  broken = join(dir, '有错.xlsx');
  const write = async (path: string, rows: Parameters<typeof fixtureWorkbook>[0]['rows']) => {
    const wb = await fixtureWorkbook({ rows });
    await wb.xlsx.writeFile(path);
  };
  await write(clean, [goodRow('1'), goodRow('2', { 更新日期: null })]);
  await write(broken, [
    goodRow('1', { 状态: '完成' }),
    null,
    goodRow('2', { 问题序号: 1, 截止日期: utc('2026-06-30'), 整改进展: null }),
  ]);
  await writeFile(join(dir, 'not.xlsx'), '问题序号,措施序号\n1,1\n');
  await writeFile(join(dir, 'corrupt.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]));
  // Excel wraps a password-encrypted workbook in an OLE container with these streams.
  await writeFile(
    join(dir, 'locked.xlsx'),
    oleContainer(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('rectify validate', () => {
  it('exits 0 with the verdict 可以报送 when there are only warnings', async () => {
    const r = await rectify('validate', clean, '--today', '2026-11-29');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('警告 1 个');
    expect(r.stdout).toContain('台账!L3（第3行“更新日期”）');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('可以报送');
  });

  it('exits 1, lists errors before warnings with cell addresses, and never touches the file', async () => {
    const before = await stat(broken);
    const bytes = await readFile(broken);
    const r = await rectify('validate', broken, '--today', '2026-11-29', '--stale-days', '10');
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out.indexOf('错误 2 个')).toBeGreaterThan(0);
    expect(out.indexOf('错误 2 个')).toBeLessThan(out.indexOf('警告 2 个'));
    expect(out).toContain('台账!L4（第4行“更新日期”）');
    expect(out).toContain('  状态无效（1 个）');
    expect(out).toContain('台账!H2（第2行“状态”）：“完成”不是有效状态');
    expect(out).toContain('台账!J4（第4行“整改进展”）：截止日期 2026-06-30 已过');
    expect(out.trim().split('\n').at(-1)).toBe('不可报送：2 个错误');
    const after = await stat(broken);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect((await readFile(broken)).equals(bytes)).toBe(true);
  });

  it('prints the --json contract, issues ordered by sheet, row and column', async () => {
    const r = await rectify(
      'validate',
      broken,
      '--json',
      '--today',
      '2026-11-29',
      '--stale-days',
      '10',
    );
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & {
      issues: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(['file', 'today', 'errors', 'warnings', 'issues']);
    expect(json).toMatchObject({ file: broken, today: '2026-11-29', errors: 2, warnings: 2 });
    expect(json.issues.map((i) => [i.severity, i.code, i.sheet, i.cell, i.row, i.column])).toEqual([
      ['error', 'bad-status', '台账', 'H2', 2, '状态'],
      ['warning', 'stale', '台账', 'L2', 2, '更新日期'],
      ['error', 'overdue-no-progress', '台账', 'J4', 4, '整改进展'],
      ['warning', 'stale', '台账', 'L4', 4, '更新日期'],
    ]);
    expect(Object.keys(json.issues[0]!)).toEqual([
      'severity',
      'code',
      'sheet',
      'cell',
      'row',
      'column',
      'value',
      'message',
    ]);
    expect(json.issues[0]).toMatchObject({ value: '完成' });
  });

  it.each([
    ['missing.xlsx', '不存在'],
    ['not.xlsx', '不是 .xlsx 工作簿'],
    ['corrupt.xlsx', '已损坏'],
    ['locked.xlsx', '设有密码'],
  ])('exits 2 with one line for %s', async (name, words) => {
    const r = await rectify('validate', join(dir, name), '--today', '2026-11-29');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a --today or --stale-days that is not one', async () => {
    const bad = await rectify('validate', clean, '--today', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--today 应为真实日期');
    const days = await rectify('validate', clean, '--stale-days', '-3');
    expect(days.code).toBe(2);
  });
});
