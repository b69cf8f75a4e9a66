import { resolvePlan, type WorkbookPlan, EMPTY_WORKBOOK } from '../../core/plan';
import { refusalText } from '../../core/plan';
import { newPackage } from '../../xlsx/package/new-package';
import { writePlan } from '../../xlsx/package/plan-writer';
import { WorkbookParts } from '../../xlsx/package/workbook-parts';

/** The program name a new workbook's document properties give (as the CLI's writer says). */
const APPLICATION = '整改台账助手';

/**
 * A plan as the bytes of a new .xlsx, in the browser: the package writer the CLI uses (its
 * compression on fflate in the pane bundle, see webpack.config.js), nothing written anywhere.
 */
export async function newWorkbookBytes(plan: WorkbookPlan, now: Date): Promise<Uint8Array> {
  const pkg = newPackage(now, APPLICATION);
  const parts = await WorkbookParts.read(pkg);
  const resolution = resolvePlan(plan, EMPTY_WORKBOOK, []);
  // A new workbook holds no user sheet, so the core has nothing to refuse; said plainly if it does.
  if (!resolution.ok) throw new Error(refusalText(resolution.refusal));
  const written = await writePlan(parts, resolution.resolved);
  return written.toBytes(now);
}
