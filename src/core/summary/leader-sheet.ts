import type { IsoDate } from '../dates';
import { columnLetter } from '../grid';
import { SHEETS } from '../ledger/model';
import type { ColumnPlan, PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { rowHeightFor } from '../workbook/row-height';
import { printPlan } from '../workbook/print';
import { SUMMARY_COLOURS } from './colours';
import {
  date,
  DATE_FORMAT,
  fonted,
  HEADER_STYLE,
  LABEL_STYLE,
  ledgerCheckLine,
  sheet,
  sheetLink,
  text,
} from './layout';
import { measureCells } from './measure-cells';
import { countCells, countColumns } from './overview-sheet';
import type { LeaderCounts } from './types';
import type { RankedRow } from './urgency';

export const LEADER_SHEET_COLUMNS = [
  '问题序号',
  '措施序号',
  '整改措施',
  '责任单位',
  '截止日期',
  '状态',
  '完成日期',
  '逾期天数',
  '整改进展',
] as const;

/** Zero-based row of the measures' header: title, 填报 line, check, counts header, counts, blank. */
export const LEADER_TABLE_HEADER_ROW = 6;

/** Widths and column looks: identifiers and dates centred, long texts wrapped. */
const COLUMNS: readonly ColumnPlan[] = [
  { width: 9, style: fonted({ horizontal: 'center', vertical: 'top' }) },
  { width: 9, style: fonted({ horizontal: 'center', vertical: 'top' }) },
  { width: 56, style: fonted({ wrap: true, vertical: 'top' }) },
  { width: 20, style: fonted({ wrap: true, vertical: 'top' }) },
  { width: 12, style: fonted({ horizontal: 'center', vertical: 'top' }) },
  { width: 10, style: fonted({ horizontal: 'center', vertical: 'top' }) },
  { width: 12, style: fonted({ horizontal: 'center', vertical: 'top' }) },
  { width: 9, style: fonted({ horizontal: 'center', vertical: 'top' }) },
  { width: 36, style: fonted({ wrap: true, vertical: 'top' }) },
];

/** One measure's row on a leader sheet: its cells and the height they need. */
export interface MeasureLine {
  readonly cells: readonly PlanCell[];
  readonly height: number | null;
}

/** A measure's row, the same on every leader sheet that lists it. */
export function measureLine(entry: RankedRow): MeasureLine {
  const cells = measureCells(entry);
  return { cells, height: rowHeightFor(cells, COLUMNS) };
}

export interface LeaderSheetInput {
  readonly counts: LeaderCounts;
  /** The leader's measures in urgency order (overdue first, then due soon). */
  readonly measures: readonly MeasureLine[];
  readonly name: string;
  /** The list's title, for the running header. */
  readonly title: string;
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  readonly ledgerErrors: number;
}

/**
 * 汇总-<姓名>: a title, the 填报 line, the ledger check and the leader's counts, then their
 * measures in urgency order. Rows are coloured with static fills: the sheet is a report as of its
 * date, not a live view.
 */
export function leaderSheet(input: LeaderSheetInput): SheetPlan {
  const { counts, measures, name, today, ledgerErrors } = input;
  const last = columnLetter(LEADER_SHEET_COLUMNS.length - 1);
  const check = ledgerCheckLine(ledgerErrors);
  const back: PlanCell = {
    link: { text: `返回${SHEETS.leaderOverview}`, target: sheetLink(SHEETS.leaderOverview) },
  };
  const rows: (readonly PlanCell[])[] = [
    [text(`督办县领导 ${counts.leader} 督办事项整改情况`), ...blanks(7), back],
    [text('填报单位：'), null, null, null, text('填报日期：'), date(today)],
    [text('台账校验'), check.cell],
    countColumns(input.dueSoonDays).map(text),
    countCells(counts),
    [],
    LEADER_SHEET_COLUMNS.map(text),
  ];
  const rowHeights: (number | null)[] = rows.map(() => null);
  for (const measure of measures) {
    rows.push(measure.cells);
    rowHeights.push(measure.height);
  }

  const header = LEADER_TABLE_HEADER_ROW + 1; // 1-based
  const first = header + 1;
  const lastRow = header + measures.length;
  const styles: RangeStyle[] = [
    { range: 'A1', style: fonted({ bold: true, fontSize: 14, horizontal: 'center' }) },
    { range: `${last}1`, style: fonted({}) },
    { range: 'A2:F2', style: fonted(LABEL_STYLE) },
    { range: 'F2', style: fonted({ numberFormat: DATE_FORMAT, horizontal: 'left' }) },
    { range: 'A3', style: fonted(LABEL_STYLE) },
    { range: 'B3', style: fonted(check.style) },
    { range: `A4:${last}4`, style: fonted(HEADER_STYLE) },
    { range: `A5:${last}5`, style: fonted({ border: true, horizontal: 'center' }) },
    { range: `A${header}:${last}${header}`, style: fonted(HEADER_STYLE) },
  ];
  if (measures.length > 0) {
    styles.push(
      { range: `A${first}:${last}${lastRow}`, style: fonted({ border: true }) },
      { range: `E${first}:E${lastRow}`, style: fonted({ numberFormat: DATE_FORMAT }) },
      { range: `G${first}:G${lastRow}`, style: fonted({ numberFormat: DATE_FORMAT }) },
    );
  }
  // Measures are in urgency order: the overdue ones first, then those due soon.
  if (counts.overdue > 0) {
    const to = first + counts.overdue - 1;
    styles.push({ range: `A${first}:${last}${to}`, style: fonted(SUMMARY_COLOURS.overdue) });
  }
  if (counts.dueSoon > 0) {
    const from = first + counts.overdue;
    const to = from + counts.dueSoon - 1;
    styles.push({ range: `A${from}:${last}${to}`, style: fonted(SUMMARY_COLOURS.dueSoon) });
  }

  return sheet({
    name,
    rows,
    columns: COLUMNS,
    styles,
    merges: ['A1:H1', 'A2:D2', 'F2:I2', 'B3:I3'],
    freeze: { rows: header, columns: 0 },
    rowHeights,
    print: printPlan(
      'landscape',
      { title: input.title, sheet: name, asOf: today },
      `${header}:${header}`,
    ),
    // 措施序号 is text that may look like a number (`1`): no green triangle on every row.
    ...(measures.length > 0 ? { textNumbers: [`B${first}:B${lastRow}`] } : {}),
  });
}

function blanks(n: number): null[] {
  return Array.from({ length: n }, () => null);
}
