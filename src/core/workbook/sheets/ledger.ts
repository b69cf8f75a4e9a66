import { LEDGER_COLUMNS, SHEETS, TABLES } from '../../ledger/model';
import type { PlanDiagnostic, SheetPlan } from '../../plan/types';
import { dateOrBlank, num, text, textOrBlank } from '../cells';
import type { SheetMarks } from '../marks';
import { TAB_COLOURS } from '../palette';
import type { InitialLedgerRow } from '../rows';
import { tableSheet, type ColumnSpec, type PageFacts } from '../table-sheet';

const WIDTHS: Record<(typeof LEDGER_COLUMNS)[number], [number, ColumnSpec['kind']]> = {
  问题序号: [9, 'number'],
  措施序号: [9, 'code'],
  整改措施: [60, 'longText'],
  责任单位: [22, 'text'],
  督办县领导: [14, 'text'],
  整改时限: [18, 'text'],
  截止日期: [12, 'date'],
  状态: [10, 'code'],
  完成日期: [12, 'date'],
  整改进展: [36, 'longText'],
  佐证材料: [20, 'text'],
  更新日期: [12, 'date'],
  备注: [18, 'text'],
};

const COLUMNS: readonly ColumnSpec[] = LEDGER_COLUMNS.map((header) => ({
  header,
  width: WIDTHS[header][0],
  kind: WIDTHS[header][1],
  ...(header === '措施序号' ? { textNumber: true } : {}),
}));

/** 台账: one row per measure; the user's columns start as the list states them. */
export function ledgerSheet(
  rows: readonly InitialLedgerRow[],
  marks: SheetMarks,
  page: PageFacts,
  diagnostics: PlanDiagnostic[],
): SheetPlan {
  const body = rows.map((r) => [
    num(r.item),
    text(r.measure),
    text(r.text),
    textOrBlank(r.units),
    textOrBlank(r.leaders),
    textOrBlank(r.deadlineText),
    dateOrBlank(r.deadline),
    text(r.status),
    dateOrBlank(r.doneDate),
    textOrBlank(r.progress),
    null,
    null,
    null,
  ]);
  return tableSheet(
    {
      name: SHEETS.ledger,
      tableName: TABLES.ledger,
      columns: COLUMNS,
      body,
      marks,
      tabColor: TAB_COLOURS.ledger,
      page,
      submitted: true,
    },
    diagnostics,
  );
}
