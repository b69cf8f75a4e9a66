import type { IsoDate } from '../dates';

/** Counts for one supervising leader (or the total row) on 领导汇总; the status columns add up. */
export interface LeaderCounts {
  readonly leader: string;
  readonly items: number;
  readonly measures: number;
  readonly done: number;
  readonly inProgress: number;
  readonly ongoing: number;
  readonly notStarted: number;
  /** Measures whose 状态 is in no list (or has no category): with the four above, `measures`. */
  readonly invalidStatus: number;
  readonly overdue: number;
  readonly dueSoon: number;
}

export interface OverdueEntry {
  readonly row: number;
  readonly item: number | null;
  readonly measure: string;
  readonly measureText: string;
  readonly deadline: IsoDate;
  readonly daysOverdue: number;
  readonly leaders: readonly string[];
}

/** What the task pane's 逾期概览 shows. */
export interface OverdueOverview {
  readonly today: IsoDate;
  readonly overdue: number;
  readonly dueSoon: number;
  /** Most overdue first. */
  readonly mostOverdue: readonly OverdueEntry[];
}
