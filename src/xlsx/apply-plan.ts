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
 * Carries a plan out on a workbook, new or existing. Owned sheets with a wanted name are rebuilt
 * in the same position; missing ones are added at the end; a wanted name held by a user sheet
 * stops everything before anything changes. Other sheets and names are not touched.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): ApplyResult {
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
  const applied: AppliedSheet[] = plan.sheets.map((sheetPlan) => {
    const old = workbook.worksheets.find((ws) => lower(ws.name) === lower(sheetPlan.name));
    const orderNo = (old as Ordered | undefined)?.orderNo;
    if (old) workbook.removeWorksheet(old.id);
    const ws = workbook.addWorksheet(sheetPlan.name);
    if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
    writeSheet(ws, sheetPlan);
    const rows = sheetPlan.table ? sheetPlan.rows.length - 1 : sheetPlan.rows.length;
    return { name: sheetPlan.name, rows, action: old ? 'replaced' : 'created' };
  });

  const wanted = new Set(plan.sheets.map((s) => lower(s.name)));
  const stillOwned = new Set(ownedBefore.map(lower));
  const owned = workbook.worksheets
    .map((ws) => ws.name)
    .filter((name) => wanted.has(lower(name)) || stillOwned.has(lower(name)));
  writeOwnershipNames(workbook, owned);
  return { sheets: applied, owned };
}
