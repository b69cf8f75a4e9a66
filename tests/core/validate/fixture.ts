import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../../src/core/grid';
import {
  ITEM_COLUMNS,
  LEDGER_COLUMNS,
  MILESTONE_COLUMNS,
  SHEETS,
  STATUSES,
} from '../../../src/core/ledger/model';
import { differentialSnapshot } from '../../support/differential';

/** Today in every validation test: the day the seed ledger is checked against. */
export const TODAY = '2026-11-29';

export type Row = Partial<Record<string, ExcelJS.CellValue>>;

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A measure that breaks no rule at TODAY: item 2, due 2026-12-31, in progress, updated lately. */
export function goodRow(measure: string, overrides: Row = {}): Row {
  return {
    问题序号: 2,
    措施序号: measure,
    整改措施: `措施${measure}`,
    责任单位: '县住建局、县水利局',
    督办县领导: '张三',
    整改时限: '2026年12月底前',
    截止日期: utc('2026-12-31'),
    状态: '推进中',
    完成日期: null,
    整改进展: '已召开专题会',
    佐证材料: '',
    更新日期: utc('2026-11-01'),
    备注: '',
    ...overrides,
  };
}

export interface FixtureOptions {
  /** Ledger rows below the header; null is a blank row. */
  readonly rows: readonly (Row | null)[];
  /** Header row of 台账 as written (defaults to the ledger columns in order). */
  readonly headers?: readonly string[];
  /** Reference sheets to leave out. */
  readonly omit?: readonly string[];
  /** Last changes before writing (merges, error values, odd formats). */
  readonly edit?: (ledger: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void;
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue) {
  if (value === null || value === undefined) return;
  const cell = ws.getCell(row, col);
  cell.value = value;
  if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
}

/** Builds a ledger workbook with ExcelJS, writes it as .xlsx bytes and reads it back. */
export async function fixtureWorkbook(options: FixtureOptions): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const omit = new Set(options.omit ?? []);
  if (!omit.has(SHEETS.items)) {
    const ws = wb.addWorksheet(SHEETS.items);
    ws.addRow([...ITEM_COLUMNS]);
    const items: [number, Date | string][] = [
      [1, utc('2026-06-30')],
      [2, utc('2026-12-31')],
      [3, '长期坚持'],
    ];
    items.forEach(([no, deadline], i) => {
      put(ws, i + 2, 1, no);
      put(ws, i + 2, 2, `问题${no}`);
      put(ws, i + 2, 8, deadline);
    });
  }
  const headers = options.headers ?? [...LEDGER_COLUMNS];
  const ledger = wb.addWorksheet(SHEETS.ledger);
  headers.forEach((h, c) => put(ledger, 1, c + 1, h));
  options.rows.forEach((row, i) => {
    if (row === null) return;
    headers.forEach((h, c) =>
      put(ledger, i + 2, c + 1, row[h.replace(/\s+/g, '')] ?? row[h] ?? null),
    );
  });
  if (!omit.has(SHEETS.milestones)) {
    const ws = wb.addWorksheet(SHEETS.milestones);
    ws.addRow([...MILESTONE_COLUMNS]);
    ws.addRow([1, '1', utc('2026-03-31'), '完成排查', '已完成', utc('2026-03-30')]);
    ws.addRow([2, '3', utc('2026-12-15'), '完成一半', '推进中', null]);
    ws.getCell('C2').numFmt = 'yyyy-mm-dd';
    ws.getCell('C3').numFmt = 'yyyy-mm-dd';
  }
  if (!omit.has(SHEETS.lists)) {
    const ws = wb.addWorksheet(SHEETS.lists);
    ws.addRow(['状态', '督办县领导', '责任单位']);
    const leaders = ['张三', '李四'];
    const units = ['县住建局', '县水利局', '县教育局'];
    for (let i = 0; i < 5; i++) ws.addRow([STATUSES[i], leaders[i] ?? null, units[i] ?? null]);
  }
  options.edit?.(ledger, wb);
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  return back;
}

/**
 * The fixture as the CLI reads it (our reader), checked against the ExcelJS reader on the same
 * bytes: every validation fixture is also a differential test of the reader (issue 14).
 */
export async function fixture(options: FixtureOptions): Promise<WorkbookSnapshot> {
  const workbook = await fixtureWorkbook(options);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return differentialSnapshot(bytes);
}
