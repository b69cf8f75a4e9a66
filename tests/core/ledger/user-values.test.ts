import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS } from '../../../src/core/ledger/model';
import { rowsWithUserValues } from '../../../src/core/ledger/user-values';
import { parseList } from '../../../src/core/list/parse';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';
import { snapshotOf } from '../../support/exceljs-grid';
import { planWorkbook } from '../../support/plan-workbook';

const SEED = join(import.meta.dirname, '..', '..', '..', 'seeds', 'baojing-rectification-list.txt');
const col = (header: string) => LEDGER_COLUMNS.indexOf(header as never) + 1;

let seedText: string;
beforeAll(async () => {
  seedText = await readFile(SEED, 'utf8');
});

/** The ledger `rectify workbook` makes from the seed, in memory. */
async function fresh(): Promise<ExcelJS.Workbook> {
  const plan = buildLedgerWorkbookPlan(parseList(seedText), {
    today: '2026-11-29',
    sourceName: 'seed.txt',
    generatedAt: '2026-11-29 08:00',
  });
  return planWorkbook(plan);
}

describe('rowsWithUserValues', () => {
  it('finds none in a freshly generated ledger (its closing notes and statuses are the tool’s)', async () => {
    expect(rowsWithUserValues(snapshotOf(await fresh()))).toBe(0);
  });

  it('counts each row where a person typed progress, evidence, a date or a note', async () => {
    const workbook = await fresh();
    const ledger = workbook.getWorksheet(SHEETS.ledger)!;
    const headerRow = [...Array(5).keys()].find(
      (r) => ledger.getRow(r + 1).getCell(1).value === '问题序号',
    )!;
    const row = (n: number) => ledger.getRow(headerRow + 1 + n);
    row(1).getCell(col('整改进展')).value = '已召开专题会';
    row(2).getCell(col('备注')).value = '待县政府审定';
    row(3).getCell(col('更新日期')).value = new Date(Date.UTC(2026, 10, 1));
    row(3).getCell(col('佐证材料')).value = '会议纪要';
    expect(rowsWithUserValues(snapshotOf(workbook))).toBe(3);
  });

  it('is 0 for a workbook without a 台账', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell('A1').value = '别的表';
    expect(rowsWithUserValues(snapshotOf(workbook))).toBe(0);
  });
});
