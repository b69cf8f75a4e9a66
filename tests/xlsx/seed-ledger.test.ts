import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import { parseList } from '../../src/core/list/parse';
import { buildLedgerWorkbookPlan, ledgerMarks } from '../../src/core/workbook/plan';
import { planWorkbook } from '../support/plan-workbook';

const seedPath = join(import.meta.dirname, '..', '..', 'seeds', 'baojing-rectification-list.txt');

// What ExcelJS has at run time but its typings describe differently or not at all.
interface Loose {
  getTables(): { table: { name: string; tableRef: string } }[];
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

let book: ExcelJS.Workbook;
const sheet = (name: string) =>
  book.getWorksheet(name) as unknown as Omit<ExcelJS.Worksheet, keyof Loose> & Loose;

beforeAll(async () => {
  const list = parseList(await readFile(seedPath, 'utf8'));
  book = await planWorkbook(
    buildLedgerWorkbookPlan(list, { today: '2026-11-29', sourceName: 'seed', generatedAt: 'x' }),
  );
});

describe('the seed ledger workbook read back', () => {
  it('has 25 items, 89 measures and their tables', () => {
    expect(sheet(SHEETS.items).actualRowCount).toBe(26);
    // A title row and the 填报 line above the header, then the 89 measures.
    expect(sheet(SHEETS.ledger).actualRowCount).toBe(92);
    expect(
      sheet(SHEETS.ledger)
        .getTables()
        .map((t) => t.table.tableRef),
    ).toEqual(['A3:M92']);
    expect(
      sheet(SHEETS.items)
        .getTables()
        .map((t) => t.table.tableRef),
    ).toEqual(['A1:I26']);
    const milestones = sheet(SHEETS.milestones).actualRowCount - 1;
    expect(milestones).toBeGreaterThan(0);
    expect(
      sheet(SHEETS.milestones)
        .getTables()
        .map((t) => t.table.tableRef),
    ).toEqual([`A1:F${milestones + 1}`]);
  });

  it('marks all 89 ledger rows and every milestone row', () => {
    const milestones = sheet(SHEETS.milestones).actualRowCount - 1;
    const marks = ledgerMarks({ ledgerRows: 89, milestoneRows: milestones });
    expect(sheet(SHEETS.ledger).conditionalFormattings.map((c) => c.ref)).toEqual(
      marks.ledger.conditionalFormats.map((c) => c.range),
    );
    expect(sheet(SHEETS.ledger).dataValidations.model.H92?.type).toBe('list');
    expect(sheet(SHEETS.ledger).dataValidations.model.G92?.type).toBe('date');
    expect(sheet(SHEETS.milestones).dataValidations.model[`E${milestones + 1}`]?.type).toBe('list');
  });

  it('takes 责任单位 from the group heading in item 6', () => {
    const ws = sheet(SHEETS.ledger);
    const units = new Map<string, unknown>();
    for (let r = 4; r <= 92; r++) {
      if (ws.getCell(r, 1).value === 6)
        units.set(String(ws.getCell(r, 2).value), ws.getCell(r, 4).value);
    }
    expect(units.get('一.1')).toBe('县发改局');
    expect(units.get('二.1')).toBe('县科工信局');
  });

  it('starts 已完成 rows with the list quoted and no invented date, ongoing rows 持续推进, the rest 推进中', () => {
    const ws = sheet(SHEETS.ledger);
    const statuses = new Map<string, number>();
    for (let r = 4; r <= 92; r++) {
      const status = String(ws.getCell(r, 8).value);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      // No row gets a 完成日期: the list gives none.
      expect(ws.getCell(r, 9).value).toBeNull();
      if (status === '已完成') {
        expect(ws.getCell(r, 10).value).toBe('清单载明：已完成整改并上报销号');
      }
      if (status === '持续推进') expect(ws.getCell(r, 7).value).toBeNull();
      if (status === '推进中') expect(ws.getCell(r, 7).value).toBeInstanceOf(Date);
    }
    expect([...statuses.keys()].sort()).toEqual(['推进中', '持续推进', '已完成'].sort());
    expect([...statuses.values()].reduce((a, b) => a + b)).toBe(89);
  });
});
