import type { SheetRefusal } from './conflicts';
import { resolveLinks, type ResolvedLink } from './links';
import { resolveStyles, type ResolvedStyles } from './resolve-styles';
import {
  decideSheets,
  EMPTY_WORKBOOK,
  type PlannedSheet,
  type SheetDecisions,
  type WorkbookState,
} from './sheet-decisions';
import type { SheetPlan, WorkbookPlan } from './types';

/** One plan sheet with everything a shell would otherwise have to work out. */
export interface ResolvedSheet {
  readonly plan: SheetPlan;
  readonly decision: PlannedSheet;
  readonly styles: ResolvedStyles;
  readonly links: readonly ResolvedLink[];
}

/** A plan ready to be translated: sheets with final styles and links, and the sheet decisions. */
export interface ResolvedWorkbookPlan {
  readonly plan: WorkbookPlan;
  readonly sheets: readonly ResolvedSheet[];
  readonly decisions: SheetDecisions;
}

export type Resolution =
  | { readonly ok: true; readonly resolved: ResolvedWorkbookPlan }
  | { readonly ok: false; readonly refusal: SheetRefusal };

/**
 * Resolves a plan against a workbook (EMPTY_WORKBOOK for a new one), or says why it is refused.
 * The plan's rows are not copied: resolved styles are ranges, a few per band of rows.
 */
export function resolvePlan(
  plan: WorkbookPlan,
  state: WorkbookState = EMPTY_WORKBOOK,
  retire: readonly string[] = [],
): Resolution {
  const decided = decideSheets(state, plan, retire);
  if (!decided.ok) return decided;
  const { decisions } = decided;
  const sheets = plan.sheets.map((sheetPlan, i) => ({
    plan: sheetPlan,
    decision: decisions.sheets[i] as PlannedSheet,
    styles: resolveStyles(sheetPlan),
    links: resolveLinks(sheetPlan),
  }));
  return { ok: true, resolved: { plan, sheets, decisions } };
}
