/**
 * The summaries of the seed ledger, explicitly: what 领导汇总 says after a user's typo in
 * 督办县领导 and a status no list has, and that every row of it adds up (issue 19). Replaces a
 * hash-pinned plan test, which could only say that something changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_PATH } from '../../../src/cli/input';
import type { Grid, GridCell, WorkbookSnapshot } from '../../../src/core/grid';
import { LEDGER_COLUMNS, SHEETS } from '../../../src/core/ledger/model';
import { parseList } from '../../../src/core/list/parse';
import type { PlanCell, SheetPlan } from '../../../src/core/plan/types';
import { buildSummaries } from '../../../src/core/summary/plan';
import { validateWorkbook } from '../../../src/core/validate/validate';
import { LEDGER_HEADER_ROW } from '../../../src/core/workbook/ledger-layout';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';
import { PLAN_OPTIONS, snapshotOfPlan, syntheticLedger } from '../../../bench/synthetic';

const seed = parseList(readFileSync(DEFAULT_SEED_PATH, 'utf8'));
const TODAY = '2026-11-29';
/** The 台账's header row (title and 填报 line above it). */
const H = LEDGER_HEADER_ROW;
const col = (header: (typeof LEDGER_COLUMNS)[number]) => LEDGER_COLUMNS.indexOf(header);

/** The seed workbook as a snapshot, with some 台账 cells changed as a user would type them. */
function seedSnapshot(edits: readonly { row: number; column: number; value: GridCell }[]) {
  const base = snapshotOfPlan(buildLedgerWorkbookPlan(seed, PLAN_OPTIONS));
  const ledger = base.grid(SHEETS.ledger) as Grid;
  const rows = ledger.rows.map((r) => [...r]);
  for (const e of edits) (rows[e.row] as GridCell[])[e.column] = e.value;
  const edited: Grid = { sheet: SHEETS.ledger, rows };
  const snapshot: WorkbookSnapshot = {
    sheetNames: base.sheetNames,
    grid: (name) => (name === SHEETS.ledger ? edited : base.grid(name)),
  };
  return { snapshot, rows };
}

const shown = (cell: PlanCell | undefined): string | number | null => {
  if (cell === null || cell === undefined) return null;
  if ('text' in cell) return cell.text;
  if ('number' in cell) return cell.number;
  if ('link' in cell) return cell.link.text;
  if ('date' in cell) return cell.date;
  return null;
};

/** The leader and total rows of 领导汇总: name, 问题数, 措施数, four categories, 状态有误, … */
function countRows(overview: SheetPlan): (string | number | null)[][] {
  const table = overview.rows.map((r) => r.map(shown));
  const header = table.findIndex((r) => r[0] === '督办县领导');
  const total = table.findIndex((r) => r[0] === '合计');
  return table.slice(header + 1, total + 1);
}

function addsUp(row: readonly (string | number | null)[]): boolean {
  const [, , measures, ...rest] = row as number[];
  const statusColumns = rest.slice(0, 5);
  return statusColumns.reduce((a, b) => a + b, 0) === measures;
}

describe('the seed ledger summarised', () => {
  // The third body row (sheet row 7): a measure of 彭健 typed as 张三; row 8's status as 完成.
  const { snapshot, rows } = seedSnapshot([
    { row: H + 4, column: col('督办县领导'), value: '张三' },
    { row: H + 5, column: col('状态'), value: '完成' },
  ]);
  const summaries = buildSummaries(snapshot, { today: TODAY });
  const overview = summaries.plan.sheets[0] as SheetPlan;

  it('gives the typo no sheet and lists it, with its row, under 未识别的督办领导', () => {
    expect(summaries.plan.sheets.map((s) => s.name)).not.toContain('汇总-张三');
    const table = overview.rows.map((r) => r.map(shown));
    const block = table.findIndex((r) => r[0] === '未识别的督办领导');
    expect(block).toBeGreaterThan(0);
    expect(table[block + 3]).toEqual(['张三', 1, '第 7 行']);
    expect(countRows(overview).map((r) => r[0])).not.toContain('张三');
  });

  it('counts the invalid status in 状态有误, so every row of 领导汇总 adds up', () => {
    const counted = countRows(overview);
    expect(counted.length).toBeGreaterThan(5);
    for (const row of counted) expect(addsUp(row), String(row[0])).toBe(true);
    const total = counted[counted.length - 1] as number[];
    expect(total[0]).toBe('合计');
    expect(total[7]).toBe(1);
    expect(total[2]).toBe(rows.length - H - 1);
    // The leader whose row says 完成 has it in 状态有误.
    const leader = String(rows[H + 5]?.[col('督办县领导')]).split('、')[0];
    expect(counted.find((r) => r[0] === leader)?.[7]).toBe(1);
  });

  it('reports both as validation errors', () => {
    const report = validateWorkbook(snapshot, { today: TODAY, staleDays: 90 });
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ code: 'unknown-leader', cell: 'E7' }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'bad-status', cell: 'H8' }));
  });

  it('adds up on the synthetic ledger full of users’ edits and mistakes too', () => {
    const ledger = syntheticLedger(seed, 3_000);
    const plan = buildSummaries(ledger.snapshot, { today: TODAY }).plan;
    const counted = countRows(plan.sheets[0] as SheetPlan);
    for (const row of counted) expect(addsUp(row), String(row[0])).toBe(true);
    // The bench's ledger has statuses no list has: they are counted, not dropped.
    expect((counted[counted.length - 1] as number[])[7]).toBeGreaterThan(0);
  });
});
