import type { IsoDate } from '../dates';
import { columnLetter } from '../grid';
import { SHEETS } from '../ledger/model';
import type { PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { SUMMARY_COLOURS } from './colours';
import {
  date,
  DATE_FORMAT,
  HEADER_STYLE,
  LABEL_STYLE,
  ledgerCheckLine,
  sheet,
  sheetLink,
  text,
} from './layout';
import { countCells, OVERVIEW_COLUMNS } from './overview-sheet';
import type { LeaderCounts } from './types';

export const LEADER_SHEET_COLUMNS = [
  '问题序号',
  '措施序号',
  '整改措施',
  '责任单位',
  '截止日期',
  '状态',
  '逾期天数',
  '整改进展',
] as const;

/** Zero-based row of the measures' header: leader, date, check, counts header, counts, blank above. */
export const LEADER_TABLE_HEADER_ROW = 6;

export { measureCells } from './measure-cells';

export interface LeaderSheetInput {
  readonly counts: LeaderCounts;
  /**
   * The leader's measures in urgency order (overdue first, then due soon, as many of each as
   * `counts` says), as indexes into `cells`.
   */
  readonly measures: Int32Array;
  /**
   * Every measure's row of cells, by ledger index. A measure supervised by several leaders appears
   * on each of their sheets as this one shared (read-only) row.
   */
  readonly cells: readonly (readonly PlanCell[])[];
  readonly name: string;
  readonly today: IsoDate;
  readonly ledgerErrors: number;
}

/**
 * 汇总-<姓名>: the leader, the as-of date and their counts, then their measures in urgency order.
 * Rows are coloured with static fills: the sheet is a report as of its date, not a live view.
 */
export function leaderSheet(input: LeaderSheetInput): SheetPlan {
  const { counts, measures, cells, name, today, ledgerErrors } = input;
  const last = columnLetter(LEADER_SHEET_COLUMNS.length - 1);
  const check = ledgerCheckLine(ledgerErrors);
  const top: (readonly PlanCell[])[] = [
    [
      text('督办县领导'),
      text(counts.leader),
      null,
      null,
      null,
      null,
      null,
      { link: { text: `返回${SHEETS.leaderOverview}`, target: sheetLink(SHEETS.leaderOverview) } },
    ],
    [text('统计日期'), date(today)],
    [text('台账校验'), check.cell],
    OVERVIEW_COLUMNS.slice(1).map(text),
    countCells(counts),
    [],
    LEADER_SHEET_COLUMNS.map(text),
  ];
  // One array of the final size: at 100,000 measures, growing it row by row costs several copies.
  const rows = new Array<readonly PlanCell[]>(top.length + measures.length);
  for (let r = 0; r < top.length; r++) rows[r] = top[r] as PlanCell[];
  for (let k = 0; k < measures.length; k++) {
    rows[top.length + k] = cells[measures[k] as number] as PlanCell[];
  }

  const header = LEADER_TABLE_HEADER_ROW + 1; // 1-based
  const first = header + 1;
  const lastRow = header + measures.length;
  const styles: RangeStyle[] = [
    { range: 'A1:A3', style: LABEL_STYLE },
    { range: 'B1', style: { bold: true, fontSize: 14 } },
    { range: 'B2', style: { numberFormat: DATE_FORMAT, horizontal: 'left' } },
    { range: 'B3', style: check.style },
    { range: `A4:${last}4`, style: HEADER_STYLE },
    { range: `A5:${last}5`, style: { border: true, horizontal: 'center' } },
    { range: `A${header}:${last}${header}`, style: HEADER_STYLE },
  ];
  if (measures.length > 0) {
    styles.push(
      { range: `A${first}:${last}${lastRow}`, style: { border: true, vertical: 'top' } },
      { range: `C${first}:D${lastRow}`, style: { wrap: true } },
      { range: `H${first}:H${lastRow}`, style: { wrap: true } },
      { range: `E${first}:E${lastRow}`, style: { numberFormat: DATE_FORMAT } },
    );
  }
  // Measures are in urgency order: the overdue ones first, then those due soon.
  if (counts.overdue > 0) {
    const to = first + counts.overdue - 1;
    styles.push({ range: `A${first}:${last}${to}`, style: SUMMARY_COLOURS.overdue });
  }
  if (counts.dueSoon > 0) {
    const from = first + counts.overdue;
    const to = from + counts.dueSoon - 1;
    styles.push({ range: `A${from}:${last}${to}`, style: SUMMARY_COLOURS.dueSoon });
  }

  return sheet({
    name,
    rows,
    columns: [
      { width: 9 },
      { width: 9 },
      { width: 60 },
      { width: 22 },
      { width: 12 },
      { width: 10 },
      { width: 9 },
      { width: 40 },
    ],
    styles,
    // The leader's name and the date sit in the narrow 措施序号 column: give them room.
    merges: ['B1:F1', 'B2:C2', 'B3:H3'],
    freeze: { rows: header, columns: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: `${header}:${header}`,
    },
  });
}
