import { ownedSheets, planReplacement } from '../core/ownership';
import type { WorkbookPlan } from '../core/plan/types';
import { SheetConflictError, TableConflictError } from './errors';
import type { XlContext, XlWorksheet } from './excel-api';
import { definedNames, queueOwnershipNames } from './ownership-names';
import { BatchWriter } from './payload';
import { writeSheet } from './write-sheet';

export interface AppliedSheet {
  readonly name: string;
  /** Rows written below the header (all rows for a sheet without a table). */
  readonly rows: number;
  readonly action: 'created' | 'replaced';
}

export interface ApplyOptions {
  /**
   * Owned sheets the plan makes obsolete (e.g. the summary of a leader no longer in the ledger),
   * given the sheets owned before; they are deleted. Names of sheets not owned are ignored.
   */
  readonly retire?: (owned: readonly string[]) => readonly string[];
}

export interface ApplyResult {
  readonly sheets: readonly AppliedSheet[];
  /** Every sheet the product owns after the plan, in workbook order. */
  readonly owned: readonly string[];
  /** Owned sheets deleted because the plan made them obsolete. */
  readonly retired: readonly string[];
  /** Requests sent (one to look, then one per ~4 MB of writes). */
  readonly syncs: number;
}

const lower = (s: string) => s.toLowerCase();

/**
 * Carries a plan out on the open workbook. One request looks at sheets, names and tables; the
 * writes follow in as few requests as the 5 MB limit allows (one for an ordinary ledger), with
 * calculation suspended. Owned sheets are cleared and rewritten in place, so their position and
 * any formulas pointing at them survive; a wanted name held by a user sheet, or a table name held
 * by a user's table, stops everything before anything changes.
 */
export async function applyPlan(
  context: XlContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load('items/name');
  const names = workbook.names.load('items/name,items/formula');
  const tables = workbook.tables.load('items/name,items/worksheet/name');
  await context.sync();

  const existing = sheets.items.map((s) => s.name);
  const ownedBefore = ownedSheets(definedNames(names.items));
  const decision = planReplacement(
    existing,
    ownedBefore,
    plan.sheets.map((s) => s.name),
  );
  if (decision.conflicts.length > 0) throw new SheetConflictError(decision.conflicts);
  const replaced = new Set(decision.replace.map(lower));
  for (const sheetPlan of plan.sheets) {
    const wanted = sheetPlan.table?.name;
    if (wanted === undefined) continue;
    const holder = tables.items.find((t) => lower(t.name) === lower(wanted));
    if (holder && !replaced.has(lower(holder.worksheet.name)))
      throw new TableConflictError(holder.name, holder.worksheet.name);
  }

  const writer = new BatchWriter(context);
  // Clear what the product wrote before: tables, contents, formats, marks, merges, panes.
  for (const table of tables.items)
    if (replaced.has(lower(table.worksheet.name))) await writer.add(64, () => table.delete());
  const targets = new Map<string, XlWorksheet>();
  for (const sheetPlan of plan.sheets) {
    const current = existing.find((e) => lower(e) === lower(sheetPlan.name));
    if (current !== undefined) {
      const sheet = workbook.worksheets.getItem(current);
      await writer.add(400, () => {
        const all = sheet.getRange();
        all.conditionalFormats.clearAll();
        all.dataValidation.clear();
        all.unmerge();
        all.clear('All');
        sheet.freezePanes.unfreeze();
      });
      targets.set(sheetPlan.name, sheet);
    } else {
      let sheet: XlWorksheet | undefined;
      await writer.add(sheetPlan.name.length + 64, () => {
        sheet = workbook.worksheets.add(sheetPlan.name);
      });
      if (sheet) targets.set(sheetPlan.name, sheet);
    }
  }
  for (const sheetPlan of plan.sheets) {
    const sheet = targets.get(sheetPlan.name);
    if (sheet) await writeSheet(sheet, sheetPlan, writer);
  }

  const wanted = new Set(plan.sheets.map((s) => lower(s.name)));
  const ownedLower = new Set(ownedBefore.map(lower));
  const retired = (options.retire?.(ownedBefore) ?? []).filter(
    (name) => ownedLower.has(lower(name)) && !wanted.has(lower(name)),
  );
  for (const name of retired) {
    const sheet = workbook.worksheets.getItem(name);
    await writer.add(name.length + 64, () => sheet.delete());
  }
  const gone = new Set(retired.map(lower));
  const stillOwned = new Set([...ownedLower].filter((n) => !gone.has(n)));
  const order = [
    ...existing,
    ...plan.sheets.map((s) => s.name).filter((n) => !existing.some((e) => lower(e) === lower(n))),
  ];
  const owned = order.filter((name) => wanted.has(lower(name)) || stillOwned.has(lower(name)));
  await writer.add(owned.length * 120, () => queueOwnershipNames(workbook, names.items, owned));
  await writer.flush();

  return {
    sheets: plan.sheets.map((s) => ({
      name: s.name,
      rows: s.table ? s.rows.length - 1 : s.rows.length,
      action: replaced.has(lower(s.name)) ? 'replaced' : 'created',
    })),
    owned,
    retired,
    syncs: 1 + writer.syncs,
  };
}
