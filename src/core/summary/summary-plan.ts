import type { IsoDate } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { SHEETS } from '../ledger/model';
import type { PlanCell, WorkbookPlan } from '../plan/types';
import { summarizeLedger } from './counts';
import { leaderSheet, measureCells } from './leader-sheet';
import type { RankedRow } from './urgency';
import { overviewSheet } from './overview-sheet';
import { leaderSheetNames } from './sheet-names';

export interface SummaryPlanInput {
  readonly rows: readonly LedgerRow[];
  /** Leaders in the order the list names them (see `listLeaderOrder`); may be empty. */
  readonly listOrder: readonly string[];
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  /** Errors the validator finds in the ledger, stated on every summary sheet. */
  readonly ledgerErrors: number;
}

/** 领导汇总 then one 汇总-<姓名> per leader, in order of first appearance. Pure and deterministic. */
export function summaryPlanFromRows(input: SummaryPlanInput): WorkbookPlan {
  const { today, dueSoonDays, ledgerErrors } = input;
  const summary = summarizeLedger(input.rows, { today, dueSoonDays }, input.listOrder);
  const sheetNames = leaderSheetNames(
    summary.leaders.map((l) => l.counts.leader),
    Object.values(SHEETS),
  );
  const shared: (readonly PlanCell[] | undefined)[] = new Array(input.rows.length);
  const cellsOf = (ranked: RankedRow): readonly PlanCell[] =>
    (shared[ranked.order] ??= measureCells(ranked));
  return {
    sheets: [
      overviewSheet({ summary, sheetNames, today, dueSoonDays, ledgerErrors }),
      ...summary.leaders.map((leader, i) =>
        leaderSheet({ leader, name: sheetNames[i] as string, today, ledgerErrors, cellsOf }),
      ),
    ],
  };
}
