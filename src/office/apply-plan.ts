import { planReplacement } from '../core/ownership';
import type { WorkbookPlan } from '../core/plan/types';
import { SheetConflictError, TableConflictError } from './errors';
import type { XlContext, XlWorksheet } from './excel-api';
import { queueOwnershipNames } from './ownership-names';
import { BatchWriter } from './payload';
import { type WorkbookLook, lookAt, sameName } from './workbook-look';
import { type WriteScope, writeAtomically } from './transaction';
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
  /** Requests sent (the look, the writes, the removal of the backups). */
  readonly syncs: number;
}

/** What carrying a plan out does to the workbook's sheets, decided before anything is written. */
export interface PlanDecision {
  /** Owned sheets cleared and rewritten in place (their position and references survive). */
  readonly replace: readonly string[];
  readonly create: readonly string[];
  readonly retire: readonly string[];
  /** Every sheet the product owns afterwards, in workbook order. */
  readonly owned: readonly string[];
}

/**
 * The sheet decisions for a plan on this workbook: a wanted name held by a user sheet, or a table
 * name held by a user's table, stops everything before anything changes.
 */
export function decidePlan(
  look: WorkbookLook,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): PlanDecision {
  const existing = look.sheets.map((s) => s.name);
  const decision = planReplacement(
    existing,
    look.owned,
    plan.sheets.map((s) => s.name),
  );
  if (decision.conflicts.length > 0) throw new SheetConflictError(decision.conflicts);
  const replaced = (name: string) => decision.replace.some((r) => sameName(r, name));
  for (const sheetPlan of plan.sheets) {
    const wanted = sheetPlan.table?.name;
    if (wanted === undefined) continue;
    const holder = look.tables.find((t) => sameName(t.name, wanted));
    if (holder && !replaced(holder.sheet)) throw new TableConflictError(holder.name, holder.sheet);
  }
  const wanted = (name: string) => plan.sheets.some((s) => sameName(s.name, name));
  const retire = (options.retire?.(look.owned) ?? []).filter(
    (name) => look.owned.some((o) => sameName(o, name)) && !wanted(name),
  );
  const order = [...existing, ...decision.create];
  const owned = order.filter(
    (name) =>
      wanted(name) ||
      (look.owned.some((o) => sameName(o, name)) && !retire.some((r) => sameName(r, name))),
  );
  return { replace: decision.replace, create: decision.create, retire, owned };
}

/** The sheets a decision touches, for the backups of an atomic write. */
export function scopeOf(decision: PlanDecision): WriteScope {
  return { changes: [...decision.replace, ...decision.retire], creates: decision.create };
}

/**
 * Queues a plan on the open workbook: owned sheets cleared and rewritten in place, new ones
 * added, obsolete ones deleted, ownership names rewritten. Calculation is suspended throughout.
 */
export async function queuePlan(
  context: XlContext,
  look: WorkbookLook,
  plan: WorkbookPlan,
  decision: PlanDecision,
  writer: BatchWriter,
): Promise<void> {
  const { workbook } = context;
  const replaced = (name: string) => decision.replace.some((r) => sameName(r, name));
  // Clear what the product wrote before: tables, contents, formats, marks, merges, panes.
  for (const table of look.tables)
    if (replaced(table.sheet)) {
      const t = workbook.tables.getItemOrNullObject(table.name);
      await writer.add(64, () => t.delete());
    }
  const targets = new Map<string, XlWorksheet>();
  for (const sheetPlan of plan.sheets) {
    const current = decision.replace.find((e) => sameName(e, sheetPlan.name));
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
  for (const name of decision.retire) {
    const sheet = workbook.worksheets.getItem(name);
    await writer.add(name.length + 64, () => sheet.delete());
  }
  const loaded = look.names;
  await writer.add(decision.owned.length * 120, () =>
    queueOwnershipNames(workbook, loaded, decision.owned),
  );
}

export function applied(plan: WorkbookPlan, decision: PlanDecision, syncs: number): ApplyResult {
  return {
    sheets: plan.sheets.map((s) => ({
      name: s.name,
      rows: s.table ? s.rows.length - 1 : s.rows.length,
      action: decision.replace.some((r) => sameName(r, s.name)) ? 'replaced' : 'created',
    })),
    owned: decision.owned,
    retired: decision.retire,
    syncs,
  };
}

/**
 * Carries a plan out on the open workbook, atomically: one request looks, the writes follow in as
 * few requests as the 5 MB limit allows (with hidden backups of every sheet they change), and the
 * backups go in the last one. A failure leaves the workbook as it was (see transaction.ts).
 */
export async function applyPlan(
  context: XlContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const look = await lookAt(context);
  const decision = decidePlan(look, plan, options);
  const { syncs } = await writeAtomically(context, look, scopeOf(decision), (writer) =>
    queuePlan(context, look, plan, decision, writer),
  );
  return applied(plan, decision, 1 + syncs);
}

export { BatchWriter };
