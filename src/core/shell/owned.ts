import type { WorkbookPlan } from '../plan/types';

/**
 * Whether a sheet is among the owned ones (RECTIFY_OWNED_n), by the rule the core's sheet
 * decisions use: names compared ignoring case, as Excel and WPS compare sheet names.
 */
export function ownsSheet(owned: readonly string[], sheet: string): boolean {
  const lower = sheet.toLowerCase();
  return owned.some((o) => o.toLowerCase() === lower);
}

/**
 * The plan's sheets with protection, which the add-in shells do not write yet (the file writer
 * does): an add-in refuses such a plan before changing anything rather than drop the protection.
 */
export function protectedSheetsOf(plan: WorkbookPlan): string[] {
  return plan.sheets.filter((s) => s.protection !== undefined).map((s) => s.name);
}
