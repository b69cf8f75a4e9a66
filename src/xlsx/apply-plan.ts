import type ExcelJS from 'exceljs';
import { ownedSheets, planReplacement } from '../core/ownership';
import type { WorkbookPlan } from '../core/plan/types';
import { SheetConflictError, TableNameConflictError } from './errors';
import { definedNames, writeOwnershipNames } from './names';
import { writeSheet } from './write-sheet';

// ExcelJS keeps a sheet's tables by name at run time; its typings omit `tables`.
type WithTables = ExcelJS.Worksheet & { tables: Record<string, unknown> };

/** Table names are unique across a workbook: a user table may not share one with the plan. */
function refuseTableNameClashes(
  workbook: ExcelJS.Workbook,
  plan: WorkbookPlan,
  replaced: readonly string[],
): void {
  const wanted = new Map(
    plan.sheets.flatMap((s) => (s.table ? [[s.table.name.toLowerCase(), s.table.name]] : [])),
  );
  const rebuilt = new Set(
    [...replaced, ...plan.sheets.map((s) => s.name)].map((n) => n.toLowerCase()),
  );
  for (const ws of workbook.worksheets) {
    if (rebuilt.has(ws.name.toLowerCase())) continue;
    for (const name of Object.keys((ws as WithTables).tables ?? {})) {
      const clash = wanted.get(name.toLowerCase());
      if (clash !== undefined) throw new TableNameConflictError(name, ws.name);
    }
  }
}

// ExcelJS orders sheets by `orderNo` at run time; its typings omit it.
type Ordered = ExcelJS.Worksheet & { orderNo: number };

export interface AppliedSheet {
  readonly name: string;
  /** Rows written below the header (all rows for a sheet without a table). */
  readonly rows: number;
  readonly action: 'created' | 'replaced';
}

export interface ApplyResult {
  readonly sheets: readonly AppliedSheet[];
  /** Every sheet the product owns after the plan, in workbook order. */
  readonly owned: readonly string[];
}

/**
 * What applyPlan would do to this workbook, without doing it: the sheets it would create or
 * replace and the owned sheets afterwards. Stops, like applyPlan, when a wanted name is held by a
 * user sheet or a wanted table name by a user table. Savers that write only the plan's sheets
 * (the zip patch) use it so both ways of saving agree.
 */
export function previewPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): ApplyResult {
  const existing = workbook.worksheets.map((ws) => ws.name);
  const ownedBefore = ownedSheets(definedNames(workbook));
  const decision = planReplacement(
    existing,
    ownedBefore,
    plan.sheets.map((s) => s.name),
  );
  if (decision.conflicts.length > 0) throw new SheetConflictError(decision.conflicts);
  refuseTableNameClashes(workbook, plan, decision.replace);

  const lower = (s: string) => s.toLowerCase();
  const planned = new Map(plan.sheets.map((s) => [lower(s.name), s.name]));
  const sheets: AppliedSheet[] = plan.sheets.map((sheetPlan) => ({
    name: sheetPlan.name,
    rows: sheetPlan.table ? sheetPlan.rows.length - 1 : sheetPlan.rows.length,
    action: existing.some((e) => lower(e) === lower(sheetPlan.name)) ? 'replaced' : 'created',
  }));
  // Replaced sheets keep their position (under the plan's spelling); new ones follow, in plan order.
  const after = [
    ...existing.map((name) => planned.get(lower(name)) ?? name),
    ...sheets.filter((s) => s.action === 'created').map((s) => s.name),
  ];
  const stillOwned = new Set(ownedBefore.map(lower));
  const owned = after.filter((name) => planned.has(lower(name)) || stillOwned.has(lower(name)));
  return { sheets, owned };
}

/**
 * Carries a plan out on a workbook, new or existing. Owned sheets with a wanted name are rebuilt
 * in the same position; missing ones are added at the end; a wanted name held by a user sheet
 * stops everything before anything changes. Other sheets and names are not touched.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): ApplyResult {
  const preview = previewPlan(workbook, plan);
  const lower = (s: string) => s.toLowerCase();
  for (const sheetPlan of plan.sheets) {
    const old = workbook.worksheets.find((ws) => lower(ws.name) === lower(sheetPlan.name));
    const orderNo = (old as Ordered | undefined)?.orderNo;
    if (old) workbook.removeWorksheet(old.id);
    const ws = workbook.addWorksheet(sheetPlan.name);
    if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
    writeSheet(ws, sheetPlan);
  }
  writeOwnershipNames(workbook, preview.owned);
  return preview;
}
