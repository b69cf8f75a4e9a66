import type { IsoDate } from '../dates';
import type { LedgerRow } from '../ledger/row';
import { SHEETS } from '../ledger/model';
import type { PlanCell, WorkbookPlan } from '../plan/types';
import type { LedgerSummary } from './counts';
import { summarizeLedger } from './counts';
import { leaderSheet } from './leader-sheet';
import { MeasureCellMaker } from './measure-cells';
import type { Urgency } from './urgency';
import { URGENCIES } from './urgency';
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
  const measures = measureRows(input.rows, summary);
  return {
    sheets: [
      overviewSheet({ summary, sheetNames, today, dueSoonDays, ledgerErrors }),
      ...summary.leaders.map((leader, i) =>
        leaderSheet({
          counts: leader.counts,
          measures: inOrder(leader.indexes, measures),
          name: sheetNames[i] as string,
          today,
          ledgerErrors,
        }),
      ),
    ],
  };
}

/**
 * Every supervised measure's row of cells, by ledger index: made once, in ledger order (reading
 * the rows in the order they lie in memory), and shared by all the sheets the measure is on.
 */
function measureRows(rows: readonly LedgerRow[], summary: LedgerSummary): (readonly PlanCell[])[] {
  const { ranks, daysOverdue } = summary.ranking;
  const maker = new MeasureCellMaker();
  const cells: (readonly PlanCell[])[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    cells.push(
      row.leaders.length === 0
        ? NOBODY
        : maker.cells(row, URGENCIES[ranks[i] as number] as Urgency, daysOverdue[i] as number),
    );
  }
  return cells;
}

/** A measure no leader supervises is on no sheet: its place holds this. */
const NOBODY: readonly PlanCell[] = [];

/** The rows of cells of `indexes`, in that order. */
function inOrder(
  indexes: Int32Array,
  cells: readonly (readonly PlanCell[])[],
): (readonly PlanCell[])[] {
  const measures: (readonly PlanCell[])[] = [];
  for (let k = 0; k < indexes.length; k++) measures.push(cells[indexes[k] as number] as PlanCell[]);
  return measures;
}
