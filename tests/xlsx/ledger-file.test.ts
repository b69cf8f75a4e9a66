import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ITEM_COLUMNS,
  LEDGER_COLUMNS,
  MILESTONE_COLUMNS,
  SHEETS,
  TABLES,
} from '../../src/core/ledger/model';
import { buildLedgerWorkbookPlan, ledgerMarks } from '../../src/core/workbook/plan';
import { readWorkbookFile } from '../support/exceljs-read';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { fixtureList } from '../core/workbook/fixture';

let dir: string;
let book: ExcelJS.Workbook;
let bytes: number;

// What ExcelJS has at run time but its typings describe differently or not at all.
interface Loose {
  getTables(): { table: { name: string; tableRef: string; columns: { name: string }[] } }[];
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}
const sheet = (name: string) =>
  book.getWorksheet(name) as unknown as Omit<ExcelJS.Worksheet, keyof Loose> & Loose;
/** 1-based header row: the 台账 has a title row and the 填报 line above its table. */
const top = (name: string) => (name === SHEETS.ledger ? 3 : 1);
const headers = (name: string) =>
  (sheet(name).getRow(top(name)).values as unknown[]).slice(1).filter((v) => v !== undefined);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-ledger-'));
  const plan = buildLedgerWorkbookPlan(fixtureList, {
    today: '2026-11-29',
    sourceName: 'fixture.txt',
    generatedAt: '2026-11-29 08:00',
  });
  const path = join(dir, '整改台账.xlsx');
  bytes = (await writeNewWorkbook(plan, path)).size;
  book = await readWorkbookFile(path);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the ledger workbook read back from the file', () => {
  it('has the five sheets in order, each marked as owned', () => {
    expect(bytes).toBeGreaterThan(5_000);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '说明',
      '清单',
      '台账',
      '时间节点',
      '名录',
    ]);
    const names = (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
      .model;
    expect(names.map((n) => [n.name, n.ranges[0]])).toEqual([
      ['RECTIFY_OWNED_1', "'说明'!$A$1"],
      ['RECTIFY_OWNED_2', "'清单'!$A$1"],
      ['RECTIFY_OWNED_3', "'台账'!$A$1"],
      ['RECTIFY_OWNED_4', "'时间节点'!$A$1"],
      ['RECTIFY_OWNED_5', "'名录'!$A$1"],
    ]);
  });

  it('has every header, row count and table', () => {
    const expected: [string, readonly string[], string, number][] = [
      [SHEETS.items, ITEM_COLUMNS, TABLES.items, 4],
      [SHEETS.ledger, LEDGER_COLUMNS, TABLES.ledger, 6],
      [SHEETS.milestones, MILESTONE_COLUMNS, TABLES.milestones, 2],
      [SHEETS.lists, ['状态', '状态类别', '督办县领导', '单位'], TABLES.lists, 5],
    ];
    for (const [name, cols, table, rows] of expected) {
      const ws = sheet(name);
      expect(headers(name)).toEqual([...cols]);
      const header = top(name);
      expect(ws.actualRowCount).toBe(rows + header);
      const tables = ws.getTables().map((t) => t.table);
      expect(tables.map((t) => [t.name, t.tableRef])).toEqual([
        [table, `A${header}:${String.fromCharCode(64 + cols.length)}${rows + header}`],
      ]);
      expect(tables[0]?.columns.map((c) => c.name)).toEqual([...cols]);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: header });
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${header}:${header}`,
      });
    }
  });

  it('stores dates as real dates shown yyyy-mm-dd and document text as text', () => {
    const ws = sheet(SHEETS.ledger);
    // Rows 1–2 are the title and the 填报 line, row 3 the header: measures from row 4.
    expect(ws.getCell('G6').value).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(ws.getCell('G6').numFmt).toBe('yyyy-mm-dd');
    // 完成日期 stays empty: the list states the closure, never its date.
    expect(ws.getCell('I6').value).toBeNull();
    expect(ws.getCell('G4').value).toBeNull();
    expect(ws.getColumn(12).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('H6').value).toBe('已完成');
    expect(ws.getCell('J6').value).toBe('清单载明：已完成整改并上报销号');
    for (const [address, value] of [
      ['C5', '=SUM(A1:A9) 压紧压实责任'],
      ['C6', '+开展专项整治。'],
      ['C7', '-推进污水管网建设。2022年3月31日前完成排查；2022年6月30日前完成改造。'],
      ['C8', '@落实节能审查。'],
    ] as const) {
      const cell = ws.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(value);
    }
    expect(ws.getCell('C4').alignment).toMatchObject({ wrapText: true });
    expect(ws.getColumn(3).width).toBe(60);
  });

  it('carries the drop-down and date validations with Chinese prompts', () => {
    const marks = ledgerMarks({ ledgerRows: 6, milestoneRows: 2 });
    const check = (name: string, expected: typeof marks.ledger.validations) => {
      const model = sheet(name).dataValidations.model;
      for (const v of expected) {
        const [first, last] = v.range.split(':') as [string, string];
        for (const address of [first, last]) {
          const dv = model[address];
          expect(dv?.type).toBe(v.rule.kind);
          expect(dv?.promptTitle).toBe(v.prompt.title);
          expect(dv?.error).toBe(v.error.message);
          expect(dv?.showErrorMessage).toBe(true);
          if (v.rule.kind === 'list') expect(dv?.formulae).toEqual([v.rule.source]);
          else {
            expect(dv?.formulae).toEqual([
              new Date(`${v.rule.min}T00:00:00Z`),
              new Date(`${v.rule.max}T00:00:00Z`),
            ]);
          }
        }
      }
    };
    check(SHEETS.ledger, marks.ledger.validations);
    check(SHEETS.milestones, marks.milestones.validations);
    expect(sheet(SHEETS.ledger).dataValidations.model.H10).toBeUndefined();
    expect(sheet(SHEETS.items).dataValidations.model.H2?.type).toBe('date');
  });

  it('carries the TODAY() conditional formats with their colours', () => {
    const marks = ledgerMarks({ ledgerRows: 6, milestoneRows: 2 });
    for (const [name, expected] of [
      [SHEETS.ledger, marks.ledger.conditionalFormats],
      [SHEETS.milestones, marks.milestones.conditionalFormats],
    ] as const) {
      const read = sheet(name).conditionalFormattings.map((cf) => ({
        ref: cf.ref,
        formula: cf.rules[0]?.type === 'expression' ? cf.rules[0].formulae?.[0] : undefined,
        fill: (cf.rules[0]?.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb,
      }));
      expect(read).toEqual(
        expected.map((cf) => ({
          ref: cf.range,
          formula: cf.formula,
          fill: `FF${cf.style.fill?.slice(1)}`,
        })),
      );
    }
  });

  it('writes 说明 with the title, source and a coloured legend', () => {
    const ws = sheet(SHEETS.readme);
    expect(ws.getCell('A1').value).toBe(fixtureList.title);
    const values = ws
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain('fixture.txt');
    const legendRow = ws.getColumn(1).values.findIndex((v) => v === '逾期');
    expect((ws.getCell(legendRow, 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
  });
});
