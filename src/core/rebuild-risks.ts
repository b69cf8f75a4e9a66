/**
 * Which entries typed by users a rebuild of the owned sheets would overwrite (the plain import over
 * sheets the product made, when no owned 台账 is there to merge into). Pure: every shell asks it.
 */
import type { Grid, GridCell } from './grid';
import { cellText } from './ledger/cell-text';
import { findHeader } from './ledger/header';
import { parseRange } from './plan/a1';
import { isFillLine } from './workbook/ledger-layout';
import { SHEETS, USER_COLUMNS } from './ledger/model';
import type { PlanCell, SheetPlan, WorkbookPlan } from './plan/types';

/** A user's entry that rebuilding the sheets would overwrite. */
export interface AtRisk {
  readonly sheet: string;
  readonly cell: string;
  readonly value: string;
}

function planText(cell: PlanCell | undefined): string | null {
  if (cell === null || cell === undefined) return '';
  if ('text' in cell) return cell.text;
  if ('number' in cell) return String(cell.number);
  if ('date' in cell) return cell.date;
  if ('bool' in cell) return cell.bool ? 'TRUE' : 'FALSE';
  if ('link' in cell) return cell.link.text;
  return null; // a formula the product writes: its result is not user input
}

const gridText = (cell: GridCell | undefined) => cellText(cell).trim();
const planGridCell = (cell: PlanCell): GridCell =>
  cell !== null && 'text' in cell ? cell.text : null;

function headerIndex(
  rows: readonly (readonly unknown[])[],
  at: number,
  toText: (c: never) => string,
) {
  const header = (rows[at] ?? []) as never[];
  return new Map(header.map((c, i) => [toText(c).replace(/\s+/g, ''), i]));
}

/** Zero-based header row of a plan: the top of its table (the 台账 has a title above). */
function planHeaderRow(plan: SheetPlan): number {
  return plan.table === undefined ? 0 : parseRange(plan.table.range).top;
}

function keyOf(row: readonly string[]): string {
  return row.join('\u0001');
}

/**
 * What a rebuild of an owned sheet would lose: user columns (状态, 进展 …) whose content differs
 * from what the new plan writes for the same row, rows the plan no longer has, and 名录 entries
 * the plan does not repeat. Rows are matched by their key columns, not by position.
 */
function sheetAtRisk(
  grid: Grid,
  plan: SheetPlan,
  keyColumns: readonly string[],
  userColumns: readonly string[],
): AtRisk[] {
  const risks: AtRisk[] = [];
  // The sheet's header found by its names: a ledger made earlier has it in row 1, a new one lower.
  const gridHeader = findHeader(grid.rows, [...keyColumns, ...userColumns]).row;
  const planHeader = planHeaderRow(plan);
  const g = headerIndex(grid.rows, gridHeader, gridText as (c: never) => string);
  const p = headerIndex(
    plan.rows,
    planHeader,
    ((c: PlanCell) => planText(c) ?? '') as (c: never) => string,
  );
  const planRows = new Map<string, readonly PlanCell[]>();
  for (const row of plan.rows.slice(planHeader + 1)) {
    const key = keyOf(keyColumns.map((k) => (planText(row[p.get(k) ?? -1]) ?? '').trim()));
    planRows.set(key, row);
  }
  // What a person wrote into the 填报 line above the 台账's header is theirs too.
  const planFill = plan.rows.slice(0, planHeader).find((r) => isFillLine(r.map(planGridCell)));
  grid.rows.slice(0, gridHeader).forEach((row, r) => {
    if (!isFillLine(row)) return;
    row.forEach((cell, c) => {
      const have = gridText(cell);
      const want = planFill === undefined ? '' : (planText(planFill[c]) ?? '').trim();
      if (have !== '' && have !== want)
        risks.push({ sheet: grid.sheet, cell: `${columnName(c)}${r + 1}`, value: have });
    });
  });
  grid.rows.slice(gridHeader + 1).forEach((row, i) => {
    const key = keyOf(keyColumns.map((k) => gridText(row[g.get(k) ?? -1])));
    const planned = planRows.get(key);
    for (const column of userColumns) {
      const gc = g.get(column);
      if (gc === undefined) continue;
      const have = gridText(row[gc]);
      if (have === '') continue;
      const want = planned ? planText(planned[p.get(column) ?? -1]) : '';
      if (want !== null && want.trim() !== have)
        risks.push({
          sheet: grid.sheet,
          cell: `${columnName(gc)}${gridHeader + i + 2}`,
          value: have,
        });
    }
  });
  return risks;
}

function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function listsAtRisk(grid: Grid, plan: SheetPlan): AtRisk[] {
  const planned = new Set(
    plan.rows.flatMap((row) => row.map((c) => (planText(c) ?? '').trim())).filter((t) => t),
  );
  const risks: AtRisk[] = [];
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const text = gridText(cell);
      if (text !== '' && !planned.has(text))
        risks.push({ sheet: grid.sheet, cell: `${columnName(c)}${r + 1}`, value: text });
    }),
  );
  return risks;
}

export function rebuildRisks(
  existing: (sheet: string) => Grid | null,
  plan: WorkbookPlan,
): AtRisk[] {
  const risks: AtRisk[] = [];
  for (const sheet of plan.sheets) {
    const grid = existing(sheet.name);
    if (!grid) continue;
    if (sheet.name === SHEETS.ledger)
      risks.push(...sheetAtRisk(grid, sheet, ['问题序号', '措施序号'], USER_COLUMNS));
    else if (sheet.name === SHEETS.milestones)
      risks.push(
        ...sheetAtRisk(grid, sheet, ['问题序号', '措施序号', '节点内容'], ['状态', '完成日期']),
      );
    else if (sheet.name === SHEETS.lists) risks.push(...listsAtRisk(grid, sheet));
  }
  return risks;
}
