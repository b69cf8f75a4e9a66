import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import type { SheetPlan } from '../../src/core/plan/types';
import { statusListSource } from '../../src/core/workbook/marks';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { planWorkbook, saveWorkbook } from '../support/plan-workbook';
import { fixtureList } from '../core/workbook/fixture';

const run = promisify(execFile);

/** Converts with LibreOffice (own profile) and returns the converted file's text. */
async function convert(xlsx: string, format: string, outDir: string): Promise<string> {
  const profile = join(tmpdir(), `rectify-lo-${randomUUID()}`);
  try {
    await run('soffice', [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      format,
      '--outdir',
      outDir,
      xlsx,
    ]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const ext = format.split(':')[0] as string;
  return readFile(
    join(
      outDir,
      `${xlsx
        .split('/')
        .pop()
        ?.replace(/\.xlsx$/, '')}.${ext}`,
    ),
    'utf8',
  );
}

const plan = buildLedgerWorkbookPlan(fixtureList, {
  today: '2026-11-29',
  sourceName: 'fixture.txt',
  generatedAt: 'x',
});

/** A first sheet that evaluates the drop-down's own source formula, so CSV export shows its result. */
const probe: SheetPlan = {
  name: '探针',
  rows: [
    [
      { formula: `ROWS(${statusListSource()})` },
      { formula: `INDEX(${statusListSource()},ROWS(${statusListSource()}))` },
    ],
  ],
  columns: [],
  styles: [],
  merges: [],
  validations: [],
  conditionalFormats: [],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-status-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the 状态 drop-down in LibreOffice', () => {
  it('is imported as a list validation on the 名录 formula', async () => {
    const xlsx = join(dir, 'ledger.xlsx');
    await writeNewWorkbook(plan, xlsx);
    const fods = await convert(xlsx, 'fods', dir);
    expect(fods).toContain(
      'of:cell-content-is-in-list(OFFSET([$名录.$A$2];0;0;MAX(1;COUNTA([$名录.$A:.$A])-1);1))',
    );
  });

  it('grows when a status is typed below the list in 名录', async () => {
    const results: string[] = [];
    for (const extra of [null, '暂缓']) {
      const wb = await planWorkbook({
        sheets: [probe, ...plan.sheets.filter((s) => s.name === SHEETS.lists)],
      });
      const lists = wb.getWorksheet(SHEETS.lists);
      if (extra && lists) lists.getCell('A7').value = extra;
      const xlsx = join(dir, `probe-${extra ?? 'plain'}.xlsx`);
      await saveWorkbook(wb, xlsx);
      results.push((await convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76', dir)).trim());
    }
    expect(results).toEqual(['5,已销号', '6,暂缓']);
  });
});
