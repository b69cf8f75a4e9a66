import {
  resolvePlan,
  type ResolvedWorkbookPlan,
  type WorkbookPlan,
  type WorkbookState,
} from '../core/plan';
import { message, quoted } from '../core/i18n';
import { protectedSheetsOf } from '../core/shell/owned';
import { ownedSheets } from '../core/ownership';
import { withAdopted } from '../core/workbook/adoption';
import { RectifyError, refusalError } from './errors';
import type { XlContext, XlWorksheet } from './excel-api';
import { queueOwnershipNames, queueTextNames } from './ownership-names';
import { BatchWriter } from './payload';
import { type WorkbookLook, lookAt, sameName } from './workbook-look';
import { type WriteScope, writeAtomically } from './transaction';
import type { OfficeLike } from './office-global';
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
  /** The host, asked whether it has page layout (ExcelApi 1.9) for the plan's print setup. */
  readonly office?: OfficeLike;
  /** Unmarked sheets a merge adopted (core/workbook/adoption.ts): counted as owned, marked again. */
  readonly adopted?: readonly string[];
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

/** The workbook as the core's sheet decisions need it. */
export function workbookState(look: WorkbookLook): WorkbookState {
  return {
    sheets: look.sheets.map((s) => ({
      name: s.name,
      tables: look.tables.filter((t) => sameName(t.sheet, s.name)).map((t) => t.name),
    })),
    names: look.names.map((n) => ({ name: n.name, reference: n.formula })),
  };
}

/**
 * The core's resolution of a plan on this workbook (final styles, links, sheet decisions); a
 * refusal (a wanted name held by a user sheet or table) stops everything before anything changes.
 */
export function resolveOn(
  look: WorkbookLook,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): ResolvedWorkbookPlan {
  const state = withAdopted(workbookState(look), options.adopted ?? []);
  const resolution = resolvePlan(plan, state, options.retire?.(ownedSheets(state.names)) ?? []);
  if (!resolution.ok) throw refusalError(resolution.refusal);
  const guarded = protectedSheetsOf(plan);
  if (guarded.length > 0)
    throw new RectifyError(message('shell.protectionUnsupported', { sheets: quoted(guarded) }));
  return resolution.resolved;
}

/** The sheets a resolved plan touches, for the backups of an atomic write. */
export function scopeOf(resolved: ResolvedWorkbookPlan): WriteScope {
  const { sheets, remove } = resolved.decisions;
  return {
    changes: [...sheets.flatMap((s) => (s.current === null ? [] : [s.current])), ...remove],
    creates: sheets.filter((s) => s.action === 'create').map((s) => s.name),
  };
}

/**
 * Queues a resolved plan on the open workbook as the core decided it: owned sheets cleared and
 * rewritten in place, new ones added, obsolete ones deleted, ownership names rewritten.
 */
export async function queuePlan(
  context: XlContext,
  look: WorkbookLook,
  resolved: ResolvedWorkbookPlan,
  writer: BatchWriter,
  /** The host, for what needs more than ExcelApi 1.8 (page layout); without it, left out. */
  office?: OfficeLike,
): Promise<void> {
  const { workbook } = context;
  const { decisions } = resolved;
  const replaced = (name: string) =>
    decisions.sheets.some((s) => s.current !== null && sameName(s.current, name));
  // Clear what the product wrote before: tables, contents, formats, marks, merges, panes.
  for (const table of look.tables)
    if (replaced(table.sheet)) {
      const t = workbook.tables.getItemOrNullObject(table.name);
      await writer.add(64, () => t.delete());
    }
  const targets: XlWorksheet[] = [];
  for (const decision of decisions.sheets) {
    const current = decision.current;
    if (current !== null) {
      const sheet = workbook.worksheets.getItem(current);
      await writer.add(400, () => {
        const all = sheet.getRange();
        all.conditionalFormats.clearAll();
        all.dataValidation.clear();
        all.unmerge();
        all.clear('All');
        sheet.freezePanes.unfreeze();
        // The plan's spelling of the name (an owned sheet matched ignoring case).
        if (current !== decision.name) sheet.name = decision.name;
      });
      targets.push(sheet);
    } else {
      let sheet: XlWorksheet | undefined;
      await writer.add(decision.name.length + 64, () => {
        sheet = workbook.worksheets.add(decision.name);
      });
      targets.push(sheet!);
    }
  }
  for (const [i, sheet] of resolved.sheets.entries())
    await writeSheet(targets[i] as XlWorksheet, sheet, writer, office);
  for (const name of decisions.remove) {
    const sheet = workbook.worksheets.getItem(name);
    await writer.add(name.length + 64, () => sheet.delete());
  }
  await writer.add(decisions.owned.length * 120, () =>
    queueOwnershipNames(workbook, look.names, decisions.owned),
  );
  const textNames = resolved.plan.textNames ?? [];
  if (textNames.length > 0)
    await writer.add(JSON.stringify(textNames).length + textNames.length * 120, () =>
      queueTextNames(workbook, look.names, textNames),
    );
}

export function applied(resolved: ResolvedWorkbookPlan, syncs: number): ApplyResult {
  const { sheets, remove, owned } = resolved.decisions;
  return {
    sheets: sheets.map((s) => ({
      name: s.name,
      rows: s.rows,
      action: s.action === 'replace' ? 'replaced' : 'created',
    })),
    owned,
    retired: remove,
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
  const resolved = resolveOn(look, plan, options);
  const { syncs } = await writeAtomically(context, look, scopeOf(resolved), (writer) =>
    queuePlan(context, look, resolved, writer, options.office),
  );
  return applied(resolved, 1 + syncs);
}

export { BatchWriter };
