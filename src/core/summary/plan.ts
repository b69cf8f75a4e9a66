import type { IsoDate } from '../dates';
import type { WorkbookSnapshot } from '../grid';
import { SHEETS } from '../ledger/model';
import { readSettings } from '../settings';
import { statusVocabulary } from '../status';
import { readReferences } from '../validate/references';
import { readLedger } from '../ledger/read';
import type { WorkbookPlan } from '../plan/types';
import { countLedgerErrors } from '../validate/validate';
import { message } from '../i18n';
import { SummaryError } from './errors';
import { LEADER_TABLE_HEADER_ROW } from './leader-sheet';
import { listLeaderOrder } from './list-order';
import { summaryPlanFromRows } from './summary-plan';
import { unitRowsOf } from './unit-sheet';

export interface SummaryOptions {
  readonly today: IsoDate;
  /** Window for N天内到期; when not given, the workbook's own setting (说明, 临期提醒天数). */
  readonly dueSoonDays?: number;
}

export interface Summaries {
  readonly plan: WorkbookPlan;
  /** Errors the validator finds in the workbook, as stated on every summary sheet. */
  readonly ledgerErrors: number;
  /** Per sheet, its data rows: leaders on 领导汇总 (total excluded), measures on a leader's sheet. */
  readonly sheets: readonly { readonly name: string; readonly rows: number }[];
}

/** `buildSummaryPlan`, with the ledger error count the faces report beside it. */
export function buildSummaries(snapshot: WorkbookSnapshot, options: SummaryOptions): Summaries {
  return summariesOf(snapshot, options);
}

/**
 * 领导汇总 and one 汇总-<姓名> per supervising leader, from the workbook's 台账 as it is now (the
 * user's statuses and dates), leaders in the order the 清单 names them. Rows with errors are
 * counted where they can be, and every sheet states how many errors the validator finds, so a
 * summary built on a broken ledger says so. Throws SummaryError when there is nothing to summarize.
 */
export function buildSummaryPlan(
  snapshot: WorkbookSnapshot,
  options: SummaryOptions,
): WorkbookPlan {
  return summariesOf(snapshot, options).plan;
}

/** The 台账 column the summaries group by. */
const LEADER_COLUMN = '督办县领导';

function summariesOf(snapshot: WorkbookSnapshot, options: SummaryOptions): Summaries {
  const grid = snapshot.grid(SHEETS.ledger);
  if (grid === null) {
    throw new SummaryError(
      'missing-ledger',
      message('summary.error.noLedger', { sheet: SHEETS.ledger }),
    );
  }
  const ledger = readLedger(grid);
  if (ledger.missingColumns.includes(LEADER_COLUMN)) {
    throw new SummaryError(
      'missing-leader-column',
      message('summary.error.noLeaderColumn', { sheet: SHEETS.ledger, column: LEADER_COLUMN }),
    );
  }
  const settings = readSettings(snapshot).settings;
  // Only the error count is used; the stale window affects warnings, not errors.
  const ledgerErrors = countLedgerErrors(
    snapshot,
    { today: options.today, staleDays: settings.staleDays },
    ledger,
  );
  const refs = readReferences(snapshot);
  const plan = summaryPlanFromRows({
    rows: ledger.rows,
    listOrder: listLeaderOrder(snapshot.grid(SHEETS.items)),
    today: options.today,
    dueSoonDays: options.dueSoonDays ?? settings.dueSoonDays,
    ledgerErrors,
    title: listTitle(snapshot),
    statuses: statusVocabulary(refs.statuses),
    knownLeaders: refs.leaders,
  });
  // 领导汇总 first, 单位汇总 last, the leaders' sheets between.
  const last = plan.sheets.length - 1;
  const sheets = plan.sheets.map((sheet, i) => ({
    name: sheet.name,
    rows:
      i === 0
        ? last - 1
        : i === last
          ? unitRowsOf(sheet)
          : sheet.rows.length - (LEADER_TABLE_HEADER_ROW + 1),
  }));
  return { plan, ledgerErrors, sheets };
}

/** The list's title as 说明 gives it in A1, for the running header; a plain name without one. */
function listTitle(snapshot: WorkbookSnapshot): string {
  const first = snapshot.grid(SHEETS.readme)?.rows[0]?.[0];
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : '整改台账';
}
