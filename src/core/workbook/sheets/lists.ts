import { SHEETS, TABLES, splitNames } from '../../ledger/model';
import { BUILT_IN_STATUSES, categoryLabel, STATUS_CATEGORY_HEADER } from '../../status';
import type { RectificationList } from '../../list/schema';
import type { PlanCell, PlanDiagnostic, SheetPlan } from '../../plan/types';
import { text } from '../cells';
import { TAB_COLOURS } from '../palette';
import { tableSheet, type ColumnSpec, type PageFacts } from '../table-sheet';
import type { InitialLedgerRow } from '../rows';

/**
 * 名录's headers. The status drop-down reads column A, so 状态 must stay first; the category
 * beside each status says which column of the summaries counts it (a user adds both).
 */
export const LIST_COLUMNS = ['状态', STATUS_CATEGORY_HEADER, '督办县领导', '单位'] as const;

const COLUMNS: readonly ColumnSpec[] = [
  { header: LIST_COLUMNS[0], width: 12, kind: 'code' },
  { header: LIST_COLUMNS[1], width: 12, kind: 'code' },
  { header: LIST_COLUMNS[2], width: 14, kind: 'text' },
  { header: LIST_COLUMNS[3], width: 36, kind: 'text' },
];

function unique(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 0))];
}

/** Every leader, in order of first appearance. */
export function leadersOf(list: RectificationList): string[] {
  return unique(list.items.flatMap((i) => i.leaders));
}

/** Every unit named as lead, cooperating or group unit, in order of first appearance. */
export function unitsOf(list: RectificationList, ledger: readonly InitialLedgerRow[]): string[] {
  return unique([
    ...list.items.flatMap((i) => [...i.leadUnits, ...i.coopUnits]),
    ...ledger.flatMap((r) => splitNames(r.units)),
  ]);
}

/** 名录: statuses, leaders and units side by side in one table (columns of different lengths). */
export function listsSheet(
  list: RectificationList,
  ledger: readonly InitialLedgerRow[],
  page: PageFacts,
  diagnostics: PlanDiagnostic[],
): SheetPlan {
  const columns = [
    BUILT_IN_STATUSES.map((s) => s.status),
    BUILT_IN_STATUSES.map((s) => categoryLabel(s.category)),
    leadersOf(list),
    unitsOf(list, ledger),
  ];
  const height = Math.max(...columns.map((c) => c.length));
  const body: PlanCell[][] = [];
  for (let r = 0; r < height; r++) {
    body.push(columns.map((c) => (c[r] === undefined ? null : text(c[r] as string))));
  }
  return tableSheet(
    {
      name: SHEETS.lists,
      tableName: TABLES.lists,
      columns: COLUMNS,
      body,
      marks: { validations: [], conditionalFormats: [] },
      tabColor: TAB_COLOURS.lists,
      page,
    },
    diagnostics,
  );
}
