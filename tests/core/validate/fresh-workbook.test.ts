import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS } from '../../../src/core/ledger/model';
import { parseList } from '../../../src/core/list/parse';
import type { ValidationReport } from '../../../src/core/validate/types';
import { validateWorkbook } from '../../../src/core/validate/validate';
import { LEDGER_HEADER_ROW } from '../../../src/core/workbook/ledger-layout';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';
import { planWorkbook } from '../../support/plan-workbook';
import { readWorkbookFile } from '../../support/exceljs-read';
import { snapshotOf } from '../../support/exceljs-grid';

const TODAY = '2026-11-29';
const SEED = join(import.meta.dirname, '..', '..', '..', 'seeds', 'baojing-rectification-list.txt');
/** 1-based header row: the 台账 has its title and 填报 line above it. */
const headerRowOf = (sheet: string) => (sheet === SHEETS.ledger ? LEDGER_HEADER_ROW + 1 : 1);
const col = (header: string) => LEDGER_COLUMNS.indexOf(header as never) + 1;

/** The fresh ledger workbook as `rectify workbook` makes it (same plan, same shell), as .xlsx bytes. */
async function freshWorkbook(): Promise<ExcelJS.Workbook> {
  const list = parseList(await readFile(SEED, 'utf8'));
  return planWorkbook(
    buildLedgerWorkbookPlan(list, {
      today: TODAY,
      sourceName: 'baojing-rectification-list.txt',
      generatedAt: `${TODAY} 08:00`,
    }),
  );
}

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

/**
 * The overdue rows without progress, read straight from the cells with ExcelJS (not through the
 * ledger reader under test): 截止日期 before today, 状态 not done, 整改进展 empty.
 */
function overdueWithoutProgress(wb: ExcelJS.Workbook): number[] {
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const rows: number[] = [];
  for (let r = headerRowOf(SHEETS.ledger) + 1; r <= ws.rowCount; r++) {
    const deadline = ws.getCell(r, col('截止日期')).value;
    const status = String(ws.getCell(r, col('状态')).value ?? '');
    const progress = String(ws.getCell(r, col('整改进展')).value ?? '').trim();
    if (!(deadline instanceof Date)) continue;
    const iso = deadline.toISOString().slice(0, 10);
    if (iso < TODAY && !['已完成', '已销号'].includes(status) && progress === '') rows.push(r);
  }
  return rows;
}

const validate = (wb: ExcelJS.Workbook): ValidationReport =>
  validateWorkbook(snapshotOf(wb), { today: TODAY, staleDays: 90 });

describe('a fresh ledger workbook from the seed', () => {
  let fresh: ExcelJS.Workbook;
  beforeAll(async () => {
    fresh = await freshWorkbook();
  });

  it(`has exactly its overdue rows without progress as errors at ${TODAY}`, () => {
    const expected = overdueWithoutProgress(fresh);
    expect(expected.length).toBeGreaterThan(0);
    const report = validate(fresh);
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.cell])).toEqual(
      expected.map((r) => ['overdue-no-progress', `J${r}`]),
    );
    expect(report.errors).toBe(expected.length);
  });

  it('warns only that rows have no progress yet, were never updated, or lack a real done date', () => {
    const report = validate(fresh);
    const warnings = new Set(
      report.issues.filter((i) => i.severity === 'warning').map((i) => i.code),
    );
    expect([...warnings].sort()).toEqual(['list-closure-without-date', 'no-progress', 'stale']);
  });

  it('fills no 完成日期 on any row: the list states closures but never their dates', () => {
    for (const name of [SHEETS.ledger, SHEETS.milestones]) {
      const ws = fresh.getWorksheet(name)!;
      const top = headerRowOf(name);
      const header = (ws.getRow(top).values as unknown[]).indexOf('完成日期');
      expect(header).toBeGreaterThan(0);
      for (let r = top + 1; r <= ws.rowCount; r++) expect(ws.getCell(r, header).value).toBeNull();
    }
    const closed: number[] = [];
    const ws = fresh.getWorksheet(SHEETS.ledger)!;
    for (let r = headerRowOf(SHEETS.ledger) + 1; r <= ws.rowCount; r++) {
      if (ws.getCell(r, col('整改进展')).value === '清单载明：已完成整改并上报销号') closed.push(r);
    }
    expect(closed.length).toBeGreaterThan(0);
    const report = validate(fresh);
    // Each list-stated closure is one warning asking for the real date, never an error.
    expect(
      report.issues.filter((i) => i.code === 'list-closure-without-date').map((i) => i.cell),
    ).toEqual(closed.map((r) => `I${r}`));
    expect(report.issues.filter((i) => i.code === 'done-without-date')).toEqual([]);
  });

  it('validates with zero errors once every overdue row has a progress note', async () => {
    const ws = fresh.getWorksheet(SHEETS.ledger)!;
    for (const r of overdueWithoutProgress(fresh)) {
      ws.getCell(r, col('整改进展')).value = '因资金未到位延后，预计下月完成';
    }
    const report = validate(await reload(fresh));
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.issues.some((i) => i.code === 'overdue')).toBe(true);
  });

  it('gives the same report after the file is re-saved by LibreOffice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rectify-lo-'));
    try {
      const original = await freshWorkbook();
      const source = join(dir, 'ledger.xlsx');
      await original.xlsx.writeFile(source);
      await promisify(execFile)(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          join(dir, 'out'),
          source,
        ],
        { timeout: 120_000 },
      );
      const resaved = await readWorkbookFile(join(dir, 'out', 'ledger.xlsx'));
      const report = validate(resaved);
      expect(report.errors).toBeGreaterThan(0);
      expect(report).toEqual(validate(original));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
