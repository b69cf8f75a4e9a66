import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { hasChanges } from '../../src/core/merge';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { readWorkbookFile } from '../support/exceljs-read';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { mergeFile } from '../support/merge-file';
import { seedList } from '../core/merge/revision';

let dir = '';
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every cell of a sheet as value and number format, addressed, for a whole-sheet comparison. */
function cells(ws: ExcelJS.Worksheet, stamps: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      out[cell.address] = [
        typeof v === 'string' ? stamps.reduce((t, s) => t.replaceAll(s, '<time>'), v) : v,
        cell.numFmt,
      ];
    }),
  );
  return out;
}

describe('merging the seed with itself', () => {
  it('changes nothing in the file but the time of the import', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rectify-self-'));
    const seed = seedList();
    const first = '2026-11-01 09:00';
    const second = '2026-11-29 06:00';
    await writeNewWorkbook(
      buildLedgerWorkbookPlan(seed, {
        today: '2026-11-01',
        sourceName: 'seed.txt',
        generatedAt: first,
      }),
      join(dir, 'a.xlsx'),
    );
    const before = await readWorkbookFile(join(dir, 'a.xlsx'));
    const merge = await mergeFile(
      join(dir, 'a.xlsx'),
      seed,
      { today: '2026-11-29', sourceName: 'seed.txt', generatedAt: second },
      join(dir, 'b.xlsx'),
    );
    const after = await readWorkbookFile(join(dir, 'b.xlsx'));

    expect(hasChanges(merge.report)).toBe(false);
    expect(after.worksheets.map((w) => w.name)).toEqual([
      ...before.worksheets.map((w) => w.name),
      SHEETS.importLog,
    ]);
    for (const ws of before.worksheets) {
      const again = after.getWorksheet(ws.name)!;
      // 说明 shows when the workbook was made and the day it counts from: the import's date.
      const stamp = ws.name === SHEETS.readme ? [first, '2026-11-01'] : [];
      const stampAfter = ws.name === SHEETS.readme ? [second, '2026-11-29'] : [];
      expect(cells(again, stampAfter), ws.name).toEqual(cells(ws, stamp));
    }
    const log = after.getWorksheet(SHEETS.importLog)!;
    expect(log.getCell('B2').value).toBe(second);
    expect(log.getCell('A8').value).toBe('无变化');
  });
});
