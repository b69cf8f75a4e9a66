import { MILESTONE_COLUMNS, SHEETS, TABLES } from '../../ledger/model';
import type { PlanDiagnostic, SheetPlan } from '../../plan/types';
import { dateOrBlank, num, text } from '../cells';
import type { SheetMarks } from '../marks';
import { TAB_COLOURS } from '../palette';
import type { InitialMilestoneRow } from '../rows';
import { tableSheet, type ColumnSpec, type PageFacts } from '../table-sheet';

const COLUMNS: readonly ColumnSpec[] = [
  { header: MILESTONE_COLUMNS[0], width: 9, kind: 'number' },
  { header: MILESTONE_COLUMNS[1], width: 9, kind: 'code', textNumber: true },
  { header: MILESTONE_COLUMNS[2], width: 12, kind: 'date' },
  { header: MILESTONE_COLUMNS[3], width: 70, kind: 'longText' },
  { header: MILESTONE_COLUMNS[4], width: 10, kind: 'code' },
  { header: MILESTONE_COLUMNS[5], width: 12, kind: 'date' },
];

/** 时间节点: one row per dated milestone found in a measure. */
export function milestonesSheet(
  rows: readonly InitialMilestoneRow[],
  marks: SheetMarks,
  page: PageFacts,
  diagnostics: PlanDiagnostic[],
): SheetPlan {
  const body = rows.map((r) => [
    num(r.item),
    text(r.measure),
    dateOrBlank(r.date),
    text(r.content),
    text(r.status),
    dateOrBlank(r.doneDate),
  ]);
  return tableSheet(
    {
      name: SHEETS.milestones,
      tableName: TABLES.milestones,
      columns: COLUMNS,
      body,
      marks,
      tabColor: TAB_COLOURS.milestones,
      page,
    },
    diagnostics,
  );
}
