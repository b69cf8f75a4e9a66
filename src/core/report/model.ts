import type { IsoDate } from '../dates';
import type { LeaderCounts } from '../summary/types';
import type { UnitCounts } from '../summary/unit-summary';
import type { ReportChanges } from './changes';

/**
 * The progress report (整改进展情况) as data: what the .docx and the 进展报告 sheet show, decided
 * once here. Renderers lay it out and decide nothing.
 */
export interface ReportModel {
  /** The list's title + 整改进展情况. */
  readonly title: string;
  readonly asOf: IsoDate;
  readonly dueSoonDays: number;
  readonly counts: ReportCounts;
  /** Status columns of the per-unit and overall counts, in order (已完成 … 其他). */
  readonly statusHeaders: readonly string[];
  readonly leaders: readonly LeaderCounts[];
  readonly leaderTotal: LeaderCounts;
  readonly units: readonly UnitCounts[];
  readonly unitTotal: UnitCounts;
  /** Most overdue first. */
  readonly overdue: readonly OverdueMeasure[];
  /** Present when a previous ledger was given. */
  readonly changes: ReportChanges | null;
  /** Lines under the tables: how the numbers were counted. */
  readonly notes: readonly string[];
}

export interface ReportCounts {
  readonly items: number;
  readonly measures: number;
  /** By status column, in the order of `statusHeaders`; they add up to `measures`. */
  readonly statuses: readonly number[];
  readonly overdue: number;
  readonly dueSoon: number;
}

/** One measure in a report list: where it is in the ledger and what it says. */
export interface ReportMeasure {
  /** 问题序号-措施序号 as written, e.g. `3-2`. */
  readonly label: string;
  /** 1-based 台账 row. */
  readonly row: number;
  readonly measureText: string;
  readonly units: string;
  readonly leaders: string;
  readonly deadline: IsoDate | null;
  readonly status: string;
  readonly progress: string;
  readonly updated: IsoDate | null;
}

export interface OverdueMeasure extends ReportMeasure {
  readonly daysOverdue: number;
}
