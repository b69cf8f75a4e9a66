import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkbook, goodRow } from '../core/validate/fixture';
import { runRectify } from '../support/cli';

let dir: string;
let broken: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-validate-groups-'));
  broken = join(dir, 'ledger.xlsx');
  const book = await fixtureWorkbook({
    rows: [goodRow('1', { 状态: '完成' }), goodRow('2', { 状态: '办结' }), goodRow('3')],
  });
  await book.xlsx.writeFile(broken);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('rectify validate groups its findings under rule names', () => {
  it('in Chinese: the rule’s Chinese name and its count, then each finding', async () => {
    const r = await runRectify(['validate', broken, '--today', '2026-11-29']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\n错误 2 个：\n {2}状态无效（2 个）\n {4}台账!H2（第2行“状态”）/);
    expect(r.stdout.replaceAll(broken, '')).not.toMatch(/[[\]]|bad-status|[A-Za-z]{2,}/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('不可报送：2 个错误');
  });

  it('in English under an English locale, with the English messages', async () => {
    const r = await runRectify(['validate', broken, '--today', '2026-11-29'], {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\nErrors: 2\n {2}Invalid status \(2\)\n {4}/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('Not ready to submit: 2 errors');
  });
});
