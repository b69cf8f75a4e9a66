import type { IsoDate } from '../dates';
import { ledgerIdNames } from '../cycle/marker';
import type { RectificationList } from '../list/schema';
import type { PlanDiagnostic, WorkbookPlan } from '../plan/types';
import { ledgerMarks } from './marks';
import { initialLedgerRows, initialMilestoneRows } from './rows';
import { itemsSheet } from './sheets/items';
import { ledgerSheet } from './sheets/ledger';
import { listsSheet } from './sheets/lists';
import { milestonesSheet } from './sheets/milestones';
import { readmeSheet } from './sheets/readme';
import type { Settings } from '../settings';

export { ledgerMarks, type LedgerMarks, type SheetMarks } from './marks';

export interface LedgerWorkbookOptions {
  /** "Today" for anything computed at generation (the sheets' colours stay on TODAY()). */
  readonly today: IsoDate;
  /** The list's file name, shown on 说明. */
  readonly sourceName: string;
  /** When the workbook was generated, shown on 说明 as given. */
  readonly generatedAt: string;
  /** The reminder windows written into 说明's settings cells (src/core/settings.ts defaults if not given). */
  readonly settings?: Settings;
  /** The master's persistent identifier (RECTIFY_LEDGER_ID, see core/cycle/marker.ts), if given. */
  readonly ledgerId?: string;
}

/** The ledger workbook: 说明, 清单, 台账, 时间节点, 名录, in that order, as plain data. */
export function buildLedgerWorkbookPlan(
  list: RectificationList,
  options: LedgerWorkbookOptions,
): WorkbookPlan {
  const diagnostics: PlanDiagnostic[] = [];
  const ledger = initialLedgerRows(list);
  const milestones = initialMilestoneRows(list);
  const marks = ledgerMarks({ ledgerRows: ledger.length, milestoneRows: milestones.length });
  const page = { title: list.title.trim() || '整改清单' };
  const sheets = [
    readmeSheet(list, ledger, milestones.length, options, diagnostics),
    itemsSheet(list, page, diagnostics),
    ledgerSheet(ledger, marks.ledger, page, diagnostics),
    milestonesSheet(milestones, marks.milestones, page, diagnostics),
    listsSheet(list, ledger, page, diagnostics),
  ];
  if (options.ledgerId === undefined) return { sheets, diagnostics };
  return { sheets, diagnostics, textNames: ledgerIdNames(options.ledgerId) };
}
