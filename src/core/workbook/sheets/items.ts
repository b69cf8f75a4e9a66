import { ITEM_COLUMNS, NAME_SEPARATOR, SHEETS, TABLES } from '../../ledger/model';
import type { RectificationList } from '../../list/schema';
import type { PlanDiagnostic, SheetPlan } from '../../plan/types';
import { dateOrBlank, num, text, textOrBlank } from '../cells';
import { dateValidation } from '../marks';
import { TAB_COLOURS } from '../palette';
import { tableSheet, type ColumnSpec, type PageFacts } from '../table-sheet';

const COLUMNS: readonly ColumnSpec[] = [
  { header: ITEM_COLUMNS[0], width: 6, kind: 'number' },
  { header: ITEM_COLUMNS[1], width: 60, kind: 'longText' },
  { header: ITEM_COLUMNS[2], width: 40, kind: 'longText' },
  { header: ITEM_COLUMNS[3], width: 20, kind: 'text' },
  { header: ITEM_COLUMNS[4], width: 30, kind: 'text' },
  { header: ITEM_COLUMNS[5], width: 16, kind: 'text' },
  { header: ITEM_COLUMNS[6], width: 20, kind: 'text' },
  { header: ITEM_COLUMNS[7], width: 12, kind: 'date' },
  { header: ITEM_COLUMNS[8], width: 8, kind: 'number' },
];

/** 清单: one row per item of the list, in list order. */
export function itemsSheet(
  list: RectificationList,
  page: PageFacts,
  diagnostics: PlanDiagnostic[],
): SheetPlan {
  const body = list.items.map((item) => [
    num(item.no),
    text(item.problem),
    textOrBlank(item.goal),
    textOrBlank(item.leadUnits.join(NAME_SEPARATOR)),
    textOrBlank(item.coopUnits.join(NAME_SEPARATOR)),
    textOrBlank(item.leaders.join(NAME_SEPARATOR)),
    textOrBlank(item.deadline.text),
    dateOrBlank(item.deadline.kind === 'date' ? item.deadline.date : null),
    num(item.measures.length),
  ]);
  return tableSheet(
    {
      name: SHEETS.items,
      tableName: TABLES.items,
      columns: COLUMNS,
      body,
      marks: {
        validations: [dateValidation('H', body.length, ITEM_COLUMNS[7])],
        conditionalFormats: [],
      },
      tabColor: TAB_COLOURS.items,
      page,
    },
    diagnostics,
  );
}
