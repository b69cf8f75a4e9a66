import type { IsoDate } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { SHEETS } from '../ledger/model';
import type { WorkbookPlan } from '../plan/types';
import type { StatusVocabulary } from '../status';
import { summarizeLedger } from './counts';
import { leaderSheet, measureLine, type MeasureLine } from './leader-sheet';
import { overviewSheet } from './overview-sheet';
import { leaderSheetNames } from './sheet-names';
import { unitSummarySheet } from './unit-sheet';
import { summarizeUnitsOf } from './unit-summary';
import type { RankedRow } from './urgency';

export interface SummaryPlanInput {
  readonly rows: readonly LedgerRow[];
  /** Leaders in the order the list names them (see `listLeaderOrder`); may be empty. */
  readonly listOrder: readonly string[];
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  /** Errors the validator finds in the ledger, stated on every summary sheet. */
  readonly ledgerErrors: number;
  /** The list's title, for the running header of every page. */
  readonly title?: string;
  /** The workbook's statuses and categories (名录); the built-in list when not given. */
  readonly statuses?: StatusVocabulary;
  /** The leaders 名录 lists; null or missing accepts every name. */
  readonly knownLeaders?: ReadonlySet<string> | null;
}

/**
 * 领导汇总, one 汇总-<姓名> per leader in order of first appearance, then 单位汇总 (per responsible
 * unit). Pure and deterministic.
 */
export function summaryPlanFromRows(input: SummaryPlanInput): WorkbookPlan {
  const { today, dueSoonDays, ledgerErrors } = input;
  const title = input.title ?? '整改台账';
  const summary = summarizeLedger(
    input.rows,
    {
      today,
      dueSoonDays,
      ...(input.statuses !== undefined ? { statuses: input.statuses } : {}),
      knownLeaders: input.knownLeaders ?? null,
    },
    input.listOrder,
  );
  // A measure is listed on the sheet of each of its leaders: its row is made once, in ledger order.
  const lines = summary.measures.map(measureLine);
  const lineOf = (entry: RankedRow) => lines[entry.index] as MeasureLine;
  const sheetNames = leaderSheetNames(
    summary.leaders.map((l) => l.counts.leader),
    Object.values(SHEETS),
  );
  return {
    sheets: [
      overviewSheet({ summary, sheetNames, title, today, dueSoonDays, ledgerErrors }),
      ...summary.leaders.map((leader, i) =>
        leaderSheet({
          counts: leader.counts,
          measures: leader.rows.map(lineOf),
          name: sheetNames[i] as string,
          title,
          today,
          dueSoonDays,
          ledgerErrors,
        }),
      ),
      unitSummarySheet({
        summary: summarizeUnitsOf(summary.measures),
        title,
        today,
        dueSoonDays,
        ledgerErrors,
      }),
    ],
  };
}
