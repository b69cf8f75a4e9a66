import { ownedSheets } from '../../core/ownership';
import { resolvePlan, type SheetDecisions, type WorkbookPlan } from '../../core/plan';
import { refusalError } from '../errors';
import type { Package } from './parts';
import { writePlan } from './plan-writer';
import type { CarriedCell } from './sheet-part';
import { WorkbookParts } from './workbook-parts';
import { strictAware } from './strict-package';

/**
 * Owned sheets the plan makes obsolete: names, or a function of the sheets owned before (the
 * core's staleSummarySheets). Only owned sheets the plan does not want are ever deleted.
 */
export type Retire = readonly string[] | ((ownedBefore: readonly string[]) => readonly string[]);

/**
 * A plan carried out on a package, as the new package's bytes: nothing is written anywhere, and
 * no Node API is used (the task pane runs it too). A wanted sheet or table name held by the user
 * throws SheetConflictError / TableNameConflictError; a part the writer cannot edit exactly
 * throws UnsupportedPackage (callers say which file).
 */
export async function planPackageBytes(
  pkg: Package,
  plan: WorkbookPlan,
  retire: Retire,
  now: Date,
  carried: ReadonlyMap<string, readonly CarriedCell[]> = new Map(),
): Promise<{ readonly bytes: Uint8Array; readonly decisions: SheetDecisions }> {
  // A Strict package is written as Strict (src/xlsx/package/strict-package.ts).
  const parts = await WorkbookParts.read(await strictAware(pkg));
  const state = parts.state();
  const retired = typeof retire === 'function' ? retire(ownedSheets(state.names)) : retire;
  const resolution = resolvePlan(plan, state, retired);
  if (!resolution.ok) throw refusalError(resolution.refusal);
  const written = await writePlan(parts, resolution.resolved, carried);
  return { bytes: await written.toBytes(now), decisions: resolution.resolved.decisions };
}
