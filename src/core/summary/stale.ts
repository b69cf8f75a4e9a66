import { LEADER_SHEET_PREFIX } from '../ledger/model';
import type { WorkbookPlan } from '../plan/types';

/**
 * Leader sheets the product made earlier that the new plan no longer wants (a leader removed from
 * the ledger, or renamed). Left in place they would show old counts as if current, so the shells
 * remove them. Only owned sheets are ever named here: a user's sheet is never touched.
 */
export function staleSummarySheets(owned: readonly string[], plan: WorkbookPlan): string[] {
  // Compared as applyPlan compares names (ignoring case), so a replaced sheet is never stale.
  const wanted = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  return owned.filter(
    (name) => name.startsWith(LEADER_SHEET_PREFIX) && !wanted.has(name.toLowerCase()),
  );
}
