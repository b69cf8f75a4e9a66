/**
 * A ledger made before the 台账 had its title row (header in row 1) and one made now (title row,
 * 填报 line, header in row 3) are read alike: the same rows, the same validation findings at
 * cells two rows apart, the same summaries, the same marks when refreshed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_SEED_PATH } from '../../../src/cli/input';
import type { Grid, GridCell, WorkbookSnapshot } from '../../../src/core/grid';
import { LEDGER_COLUMNS, SHEETS } from '../../../src/core/ledger/model';
import { readLedger } from '../../../src/core/ledger/read';
import { parseList } from '../../../src/core/list/parse';
import { buildSummaries } from '../../../src/core/summary/plan';
import { validateWorkbook } from '../../../src/core/validate/validate';
import { LEDGER_HEADER_ROW } from '../../../src/core/workbook/ledger-layout';
import { ledgerMarks, marksOfSheets } from '../../../src/core/workbook/marks';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';
import { PLAN_OPTIONS, snapshotOfPlan } from '../../../bench/synthetic';
import { withOldLedgerLayout } from '../../support/old-ledger-layout';

const seed = parseList(readFileSync(DEFAULT_SEED_PATH, 'utf8'));
const TODAY = '2026-11-29';
const H = LEDGER_HEADER_ROW;
const col = (h: (typeof LEDGER_COLUMNS)[number]) => LEDGER_COLUMNS.indexOf(h);

/** The seed ledger in a layout, with a few mistakes typed into its first body rows. */
function ledger(old: boolean): WorkbookSnapshot {
  const plan = buildLedgerWorkbookPlan(seed, PLAN_OPTIONS);
  const base = snapshotOfPlan(old ? withOldLedgerLayout(plan) : plan);
  const grid = base.grid(SHEETS.ledger) as Grid;
  const top = old ? 0 : H;
  const rows = grid.rows.map((r) => [...r]);
  const edit = (body: number, column: number, value: GridCell) =>
    ((rows[top + 1 + body] as GridCell[])[column] = value);
  edit(0, col('状态'), '完成');
  edit(1, col('督办县领导'), '张三');
  edit(2, col('截止日期'), '2021-02-30');
  const edited: Grid = { sheet: SHEETS.ledger, rows };
  return {
    sheetNames: base.sheetNames,
    grid: (name) => (name === SHEETS.ledger ? edited : base.grid(name)),
  };
}

/** A cell address moved down by the rows the new layout adds above the header. */
const down = (cell: string) => cell.replace(/\d+/, (r) => String(Number(r) + H));

describe('a ledger made before the title row and one made with it', () => {
  const before = ledger(true);
  const now = ledger(false);

  it('read as the same rows, two sheet rows apart', () => {
    const a = readLedger(before.grid(SHEETS.ledger)!);
    const b = readLedger(now.grid(SHEETS.ledger)!);
    expect([a.headerRow, b.headerRow]).toEqual([0, H]);
    expect(b.missingColumns).toEqual([]);
    expect(b.rows).toHaveLength(89);
    expect(b.rows.map((r) => r.row)).toEqual(a.rows.map((r) => r.row + H));
    expect(b.rows.map((r) => [r.measureText, r.status, r.deadline])).toEqual(
      a.rows.map((r) => [r.measureText, r.status, r.deadline]),
    );
  });

  it('validate to the same findings, at cells shifted by the title row and 填报 line', () => {
    const options = { today: TODAY, staleDays: 90 };
    const a = validateWorkbook(before, options).issues;
    const b = validateWorkbook(now, options).issues;
    expect(a.length).toBeGreaterThan(90);
    for (const code of ['bad-status', 'unknown-leader', 'bad-date'])
      expect(a.map((i) => i.code)).toContain(code);
    const shifted = a.map((i) => ({
      ...i,
      cell: i.sheet === SHEETS.ledger ? down(i.cell) : i.cell,
      message:
        i.sheet === SHEETS.ledger
          ? i.message.replace(/第(\d+)行/g, (_, r) => `第${Number(r) + H}行`)
          : i.message,
    }));
    expect(b.map((i) => [i.code, i.sheet, i.cell])).toEqual(
      shifted.map((i) => [i.code, i.sheet, i.cell]),
    );
  });

  it('summarise alike, with the same links between the sheets', () => {
    const summary = (s: WorkbookSnapshot) => buildSummaries(s, { today: TODAY }).plan.sheets;
    const a = summary(before);
    const b = summary(now);
    const text = (sheets: typeof a) =>
      sheets.map((s) =>
        s.rows.map((r) =>
          r.map((c) => (c && 'text' in c ? c.text : c && 'number' in c ? c.number : null)),
        ),
      );
    // Rows named in the text (未识别 block: 第 N 行) are the ledger's own, two apart.
    const rowsDown = (v: unknown) =>
      typeof v === 'string' ? v.replace(/第 (\d+) 行/g, (_, r) => `第 ${Number(r) + H} 行`) : v;
    expect(text(b)).toEqual(text(a).map((s) => s.map((r) => r.map(rowsDown))));
    const links = (sheets: typeof a) =>
      sheets.flatMap((s) =>
        s.rows.flat().flatMap((c) => (c && 'link' in c ? [c.link.target] : [])),
      );
    expect(links(a).length).toBeGreaterThan(0);
    expect(links(b)).toEqual(
      links(a).map((t) =>
        t.includes(SHEETS.ledger) ? t.replace(/(\d+)$/, (r) => String(Number(r) + H)) : t,
      ),
    );
  });

  it('get their marks refreshed where each sheet has its body', () => {
    const top = (s: WorkbookSnapshot) => {
      const grid = s.grid(SHEETS.ledger)!;
      return { top: grid.rows.slice(0, 10), bottom: grid.rows.length - 1 };
    };
    const a = marksOfSheets(top(before), null).ledger;
    const b = marksOfSheets(top(now), null).ledger;
    expect(a.conditionalFormats).toEqual(
      ledgerMarks({ ledgerRows: 89, milestoneRows: 0, ledgerHeaderRow: 0 }).ledger
        .conditionalFormats,
    );
    expect(b.conditionalFormats).toEqual(
      ledgerMarks({ ledgerRows: 89, milestoneRows: 0 }).ledger.conditionalFormats,
    );
    expect(a.conditionalFormats[0]?.range).toBe('A2:M90');
    expect(b.conditionalFormats[0]?.range).toBe('A4:M92');
  });
});
