import type { IsoDate } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { SHEETS } from '../ledger/model';
import type { PlanCell, WorkbookPlan } from '../plan/types';
import { summarizeVisiting } from './counts';
import { leaderSheet } from './leader-sheet';
import { MeasureCellMaker } from './measure-cells';
import { overviewSheet } from './overview-sheet';
import { leaderSheetNames } from './sheet-names';
import { unitSummarySheet } from './unit-sheet';
import { summarizeUnits } from './unit-summary';

export interface SummaryPlanInput {
  readonly rows: readonly LedgerRow[];
  /** Leaders in the order the list names them (see `listLeaderOrder`); may be empty. */
  readonly listOrder: readonly string[];
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  /** Errors the validator finds in the ledger, stated on every summary sheet. */
  readonly ledgerErrors: number;
}

/**
 * 领导汇总, one 汇总-<姓名> per leader in order of first appearance, then 单位汇总 (per responsible
 * unit). Pure and deterministic.
 */
export function summaryPlanFromRows(input: SummaryPlanInput): WorkbookPlan {
  const { today, dueSoonDays, ledgerErrors } = input;
  // Every supervised measure's row of cells, by ledger index: made once, as the summary reads the
  // row, and shared by all the sheets the measure is on.
  const maker = new MeasureCellMaker();
  const cells = new Array<readonly PlanCell[]>(input.rows.length);
  const summary = summarizeVisiting(
    input.rows,
    { today, dueSoonDays },
    input.listOrder,
    (i, row, urgency, daysOverdue) => {
      cells[i] = row.leaders.length === 0 ? NOBODY : maker.cells(row, urgency, daysOverdue);
    },
  );
  const sheetNames = leaderSheetNames(
    summary.leaders.map((l) => l.counts.leader),
    Object.values(SHEETS),
  );
  return {
    sheets: [
      overviewSheet({ summary, sheetNames, today, dueSoonDays, ledgerErrors }),
      ...summary.leaders.map((leader, i) =>
        leaderSheet({
          counts: leader.counts,
          measures: leader.indexes,
          cells,
          name: sheetNames[i] as string,
          today,
          ledgerErrors,
        }),
      ),
      unitSummarySheet({
        summary: summarizeUnits(input.rows, { today, dueSoonDays }),
        today,
        dueSoonDays,
        ledgerErrors,
      }),
    ],
  };
}

/** A measure no leader supervises is on no sheet: its place holds this. */
const NOBODY: readonly PlanCell[] = [];
