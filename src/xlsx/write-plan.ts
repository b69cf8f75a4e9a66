import { ownedSheets } from '../core/ownership';
import { resolvePlan, type SheetDecisions, type WorkbookPlan } from '../core/plan';
import { message } from '../core/i18n';
import { withAdopted } from '../core/workbook/adoption';
import { WorkbookFileError, refusalError } from './errors';
import { newPackage } from './package/new-package';
import { Package } from './package/parts';
import { writePlan } from './package/plan-writer';
import type { CarriedCell } from './package/sheet-part';
import { WorkbookParts } from './package/workbook-parts';
import { UnsupportedPackage } from './package/xml-text';
import { writeBytesAtomic } from './write';
import { strictAware } from './package/strict-package';

/** The program name a new workbook's document properties give. */
export const APPLICATION = '整改台账助手';

/**
 * Owned sheets the plan makes obsolete: names, or a function of the sheets owned before (the
 * core's staleSummarySheets). Only owned sheets the plan does not want are ever deleted.
 */
export type Retire = readonly string[] | ((ownedBefore: readonly string[]) => readonly string[]);

export interface PlanWritten {
  /** What the plan did to the workbook's sheets (as the core decided). */
  readonly decisions: SheetDecisions;
  /** Bytes written. */
  readonly size: number;
}

/**
 * Writes a plan as a new workbook at `path` (atomically; the folder must exist). No ExcelJS:
 * the plan writer fills an empty package exactly as it fills a user's.
 */
export async function writeNewWorkbook(
  plan: WorkbookPlan,
  path: string,
  now: Date = new Date(),
): Promise<PlanWritten> {
  const bytes = await planBytes(newPackage(now, APPLICATION), plan, [], path, now);
  return { decisions: bytes.decisions, size: await writeBytesAtomic(bytes.bytes, path) };
}

/**
 * Writes a plan into a workbook read from `source` (its bytes) and saves the result at `path`:
 * the plan's sheets are rewritten, the owned sheets in `retire` that the plan no longer wants are
 * deleted, every part that is not the product's stays byte for byte. A wanted sheet or table
 * name held by the user stops everything before anything is written (SheetConflictError,
 * TableNameConflictError).
 */
export async function writePlanIntoWorkbook(
  source: Uint8Array,
  plan: WorkbookPlan,
  retire: Retire,
  path: string,
  now: Date = new Date(),
  carried: ReadonlyMap<string, readonly CarriedCell[]> = new Map(),
): Promise<PlanWritten> {
  const bytes = await planBytes(openPackage(source, path), plan, retire, path, now, carried);
  return { decisions: bytes.decisions, size: await writeBytesAtomic(bytes.bytes, path) };
}

/** A workbook's package for writing, or a WorkbookFileError naming what could not be handled. */
export function openPackage(source: Uint8Array, path: string): Package {
  try {
    return Package.open(source);
  } catch (error) {
    throw cannotWrite(error, path);
  }
}

/** The new package's bytes (nothing written yet). */
export async function planBytes(
  pkg: Package,
  plan: WorkbookPlan,
  retire: Retire,
  path: string,
  now: Date = new Date(),
  carried: ReadonlyMap<string, readonly CarriedCell[]> = new Map(),
  adopted: readonly string[] = [],
): Promise<{ readonly bytes: Uint8Array; readonly decisions: SheetDecisions }> {
  try {
    // A Strict package is written as Strict (src/xlsx/package/strict-package.ts).
    const parts = await WorkbookParts.read(await strictAware(pkg));
    // Unmarked sheets the core adopted for this merge count as owned (src/core/workbook/adoption.ts).
    const state = withAdopted(parts.state(), adopted);
    const retired = typeof retire === 'function' ? retire(ownedSheets(state.names)) : retire;
    const resolution = resolvePlan(plan, state, retired);
    if (!resolution.ok) throw refusalError(resolution.refusal);
    const written = await writePlan(parts, resolution.resolved, carried);
    return { bytes: await written.toBytes(now), decisions: resolution.resolved.decisions };
  } catch (error) {
    throw cannotWrite(error, path);
  }
}

/**
 * A package the writer could not edit exactly: said so, naming the part, never "corrupt", with
 * the way out (a save from Excel or WPS writes a package in the common shape).
 */
function cannotWrite(error: unknown, path: string): unknown {
  if (!(error instanceof UnsupportedPackage)) return error;
  return new WorkbookFileError(
    message('xlsx.file.unsupportedPart', { path, detail: error.reason }),
    path,
  );
}
