import ExcelJS from 'exceljs';
import type { WorkbookPlan } from '../core/plan/types';
import { applyPlan, previewPlan, type ApplyResult } from './apply-plan';
import { writeOwnershipNames } from './names';
import { scratchSheets } from './package/moved-sheets';
import { PreparedPatch } from './package/patch';
import { planSheets } from './package/plan-sheets';
import { UnsupportedPackage } from './package/xml-text';
import type { WorkbookSource } from './read';
import { writeBytesAtomic, writeWorkbookAtomic } from './write';

export interface OwnedSheetsSaved {
  readonly applied: ApplyResult;
  /** Owned sheets removed (named by the caller, e.g. summaries of leaders no longer in the ledger). */
  readonly removed: readonly string[];
  /**
   * `patch`: the file's package was kept and only the plan's sheets (and the parts that list
   * sheets, names and styles) were rewritten. `full`: ExcelJS saved the whole workbook.
   */
  readonly method: 'patch' | 'full';
  /** Why the patch was not used (for `full`). */
  readonly reason?: string;
  /**
   * How a patch wrote the plan's sheets: `plan`, straight from the plan as worksheet XML;
   * `scratch`, laid out by ExcelJS on a scratch workbook (for plans the direct writer does not
   * support, see plan-sheet-layout.ts), with `scratchReason` saying why.
   */
  readonly writer?: 'plan' | 'scratch';
  readonly scratchReason?: string;
}

export interface SaveOptions {
  /** `full` skips the patch (tests compare both ways; the default tries the patch first). */
  readonly method?: 'auto' | 'full';
}

/**
 * Writes a plan's owned sheets into the workbook file they were read from (or to another path),
 * removing the owned sheets named in `remove`. User sheets conflicting with the plan stop it
 * before anything is written, whichever way it saves. When it patches, it releases
 * `source.workbook` (read what you need from it before calling).
 *
 * The fast way patches the .xlsx zip: the plan's sheets are written as worksheet XML straight
 * from the plan (or, for what that writer does not support, laid out by the same shell on a
 * scratch workbook), then moved into the original package, whose other parts are copied as they
 * are (a 100,000-row ledger is never re-serialised). When the package holds anything the patch
 * is not sure of, or sheets must be removed, ExcelJS saves the whole workbook as before.
 */
export async function saveOwnedSheets(
  source: WorkbookSource,
  plan: WorkbookPlan,
  remove: readonly string[],
  path: string,
  options: SaveOptions = {},
): Promise<OwnedSheetsSaved> {
  const preview = previewPlan(source.workbook, plan);
  const patch =
    options.method === 'full'
      ? { reason: 'asked for a full save' }
      : await preparePatch(source, plan, remove, preview);
  if ('reason' in patch) return saveFull(source, plan, remove, path, patch.reason);
  // The ExcelJS workbook of the whole file is not needed any more: let the collector have it
  // before the scratch workbook is built.
  source.release();
  return patchAndSave(patch.prepared, plan, preview, path);
}

/** The patch, ready to apply; or why the full save must be used. */
async function preparePatch(
  source: WorkbookSource,
  plan: WorkbookPlan,
  remove: readonly string[],
  preview: ApplyResult,
): Promise<{ readonly prepared: PreparedPatch } | { readonly reason: string }> {
  // Removing a sheet moves the sheets after it, and with them every sheet-local name.
  if (remove.length > 0) return { reason: `sheets to remove: ${remove.join(', ')}` };
  const lower = (s: string) => s.toLowerCase();
  const existing = source.workbook.worksheets.map((ws) => ws.name);
  try {
    const prepared = await PreparedPatch.prepare(source.bytes, {
      sheets: plan.sheets.map((s) => ({
        name: s.name,
        replaces: existing.find((e) => lower(e) === lower(s.name)) ?? null,
      })),
      owned: preview.owned,
    });
    return { prepared };
  } catch (error) {
    if (error instanceof UnsupportedPackage) return { reason: error.reason };
    throw error;
  }
}

async function patchAndSave(
  prepared: PreparedPatch,
  plan: WorkbookPlan,
  applied: ApplyResult,
  path: string,
): Promise<OwnedSheetsSaved> {
  const direct = planSheets(plan);
  if (!('unsupported' in direct)) {
    const bytes = await prepared.apply(direct);
    await writeBytesAtomic(bytes, path);
    return { applied, removed: [], method: 'patch', writer: 'plan' };
  }
  const scratch = new ExcelJS.Workbook();
  applyPlan(scratch, plan);
  // Stored, not deflated: the scratch zip is only read back by the patch.
  const scratchBytes = new Uint8Array(
    await scratch.xlsx.writeBuffer({ zip: { compression: 'STORE' } }),
  );
  const bytes = await prepared.apply(await scratchSheets(scratchBytes));
  await writeBytesAtomic(bytes, path);
  return {
    applied,
    removed: [],
    method: 'patch',
    writer: 'scratch',
    scratchReason: direct.unsupported,
  };
}

async function saveFull(
  source: WorkbookSource,
  plan: WorkbookPlan,
  remove: readonly string[],
  path: string,
  reason: string,
): Promise<OwnedSheetsSaved> {
  const { workbook } = source;
  let applied = applyPlan(workbook, plan);
  const removed: string[] = [];
  for (const name of remove) {
    const sheet = workbook.getWorksheet(name);
    if (sheet === undefined) continue;
    workbook.removeWorksheet(sheet.id);
    removed.push(name);
  }
  if (removed.length > 0) {
    applied = { ...applied, owned: applied.owned.filter((n) => !removed.includes(n)) };
    writeOwnershipNames(workbook, applied.owned);
  }
  await writeWorkbookAtomic(workbook, path);
  return { applied, removed, method: 'full', reason };
}
