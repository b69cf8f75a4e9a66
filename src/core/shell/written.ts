import { LEADER_SHEET_PREFIX, SHEETS } from '../ledger/model';
import type { WorkbookPlan } from '../plan/types';

/** A sheet an operation wrote, as the faces report it (a link per sheet in the pane). */
export interface WrittenSheet {
  readonly name: string;
  /** Data rows written (header excluded). */
  readonly rows: number;
  /** A leader's summary sheet: how many measures it lists. */
  readonly measures?: number;
  /** 领导汇总: how many leaders it lists. */
  readonly leaders?: number;
}

/**
 * What every shell reports after carrying a plan out: each plan sheet, in plan order, with the
 * rows the sheet decisions gave it (`applied`) and, for summaries, what its rows count
 * (`counted`: buildSummaries' sheets), so the pane can say "5 项措施" rather than "5 行".
 */
export function writtenSheets(
  plan: WorkbookPlan,
  applied: readonly { readonly name: string; readonly rows: number }[],
  counted: readonly { readonly name: string; readonly rows: number }[] = [],
): WrittenSheet[] {
  return plan.sheets.map((sheet) => {
    const rows = applied.find((a) => a.name === sheet.name)?.rows ?? 0;
    const count = counted.find((c) => c.name === sheet.name)?.rows;
    if (count === undefined) return { name: sheet.name, rows };
    if (sheet.name === SHEETS.leaderOverview) return { name: sheet.name, rows, leaders: count };
    if (sheet.name.startsWith(LEADER_SHEET_PREFIX))
      return { name: sheet.name, rows, measures: count };
    return { name: sheet.name, rows };
  });
}
