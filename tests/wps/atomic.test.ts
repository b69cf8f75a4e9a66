import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { createEtHost, type EtHost } from '../support/et-double';
import { TODAY, seedList } from '../office/fixtures';

/** A ledger the user has worked in: progress typed on a few rows. */
async function workedIn(): Promise<EtHost> {
  const host = createEtHost({ sheets: ['我的表'] });
  await host.operations.importList(seedList(), { today: TODAY });
  await host.operations.buildSummaries({ today: TODAY });
  const ledger = host.app.ActiveWorkbook!.Worksheets.Item(SHEETS.ledger);
  for (const row of [3, 10, 40]) ledger.Cells.Item(row, 10).Value2 = `第${row}行：已召开专题会议`;
  return host;
}

/** How many writes an operation makes on a fresh copy of the worked-in ledger. */
async function writesOf(run: (host: EtHost) => Promise<unknown>): Promise<number> {
  const host = await workedIn();
  host.book.writesLeft = 1e9;
  await run(host);
  return 1e9 - host.book.writesLeft;
}

const operations: [string, (host: EtHost) => Promise<unknown>][] = [
  ['导入清单 (merge)', (h) => h.operations.importList(seedList(), { today: TODAY })],
  ['生成领导汇总', (h) => h.operations.buildSummaries({ today: TODAY })],
];

describe('a write that fails half-way leaves the workbook as it was', () => {
  for (const [name, run] of operations)
    it(`${name}: at every tenth of its writes`, async () => {
      const total = await writesOf(run);
      expect(total).toBeGreaterThan(100);
      for (let k = 1; k < 10; k++) {
        const host = await workedIn();
        const before = JSON.stringify(host.book.snapshot());
        host.book.writesLeft = Math.floor((total * k) / 10);
        await expect(run(host)).rejects.toThrow(/已恢复到操作之前的状态.*injected/);
        expect(JSON.stringify(host.book.snapshot())).toBe(before);
        // And the workbook still works: the same operation succeeds afterwards.
        host.book.writesLeft = Infinity;
        await run(host);
        expect(host.book.sheetNames().some((s) => s.startsWith('RECTIFY_BACKUP_'))).toBe(false);
      }
    });
});

describe('设置 writes 说明!B5:B6 all or nothing', () => {
  const save = (h: EtHost) => h.operations.saveSettings({ dueSoonDays: 60, staleDays: 120 });

  it('at every one of its writes', async () => {
    const total = await writesOf(save);
    expect(total).toBeGreaterThan(1);
    for (let n = 0; n < total; n++) {
      const host = await workedIn();
      const before = JSON.stringify(host.book.snapshot());
      host.book.writesLeft = n;
      await expect(save(host)).rejects.toThrow(/已恢复到操作之前的状态/);
      expect(JSON.stringify(host.book.snapshot())).toBe(before);
    }
    const host = await workedIn();
    await save(host);
    const readme = host.app.ActiveWorkbook!.Worksheets.Item(SHEETS.readme);
    expect([readme.Range('B5').Value2, readme.Range('B6').Value2]).toEqual([60, 120]);
    // The numbers live in the cells only: no defined names beside them any more.
    expect(host.book.names.map((n) => n.name).filter((n) => n.includes('SETTING'))).toEqual([]);
  });
});
