import type { IsoDate } from '../dates';
import type { GridCell } from '../grid';
import { columnLetter, isDateCell, isErrorCell } from '../grid';
import { NAME_SEPARATOR, SHEETS, STATUSES } from '../ledger/model';
import type { PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { SUMMARY_COLOURS } from './colours';
import type { LeaderSummary } from './counts';
import {
  date,
  DATE_FORMAT,
  HEADER_STYLE,
  LABEL_STYLE,
  ledgerCheckLine,
  num,
  sheet,
  sheetLink,
  text,
} from './layout';
import { countCells, OVERVIEW_COLUMNS } from './overview-sheet';
import type { RankedRow, Urgency } from './urgency';

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

/** What a cell showed, for a deadline or item number that could not be read as such. */
function shown(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) return cell.date;
  if (isErrorCell(cell)) return cell.error;
  return String(cell);
}

/** The text a cell showed (or `fallback`), or an empty cell when there is none. */
function shownOrNull(cell: GridCell | undefined, fallback: string): PlanCell {
  const value = shown(cell).trim() || fallback;
  return value === '' ? null : text(value);
}

// The few statuses repeat on every row: one shared (read-only) cell each saves allocations.
const STATUS_CELLS = new Map(STATUSES.map((s) => [s as string, text(s)]));
function statusCell(status: string): PlanCell {
  return STATUS_CELLS.get(status) ?? text(status);
}

export function measureCells(ranked: RankedRow): PlanCell[] {
  const row = ranked.row;
  return [
    row.item !== null ? num(row.item) : shownOrNull(row.cells['问题序号'], ''),
    text(row.measure),
    text(row.measureText),
    text(row.units.join(NAME_SEPARATOR)),
    row.deadline !== null
      ? date(row.deadline)
      : shownOrNull(row.cells['截止日期'], row.deadlineText),
    statusCell(row.status),
    ranked.urgency === 'overdue' ? num(ranked.daysOverdue) : null,
    row.progress === '' ? null : text(row.progress),
  ];
}

export interface LeaderSheetInput {
  readonly leader: LeaderSummary;
  readonly name: string;
  readonly today: IsoDate;
  readonly ledgerErrors: number;
  /**
   * The cells of one measure's row. A measure supervised by several leaders appears on each of
   * their sheets; passing a memoized `measureCells` lets those sheets share one (read-only) row.
   */
  readonly cellsOf?: (ranked: RankedRow) => readonly PlanCell[];
}

/** The sheet rows (1-based, inclusive) that a run of one urgency occupies, if any. */
function runOf(rows: readonly RankedRow[], urgency: Urgency, firstSheetRow: number) {
  const start = rows.findIndex((r) => r.urgency === urgency);
  if (start < 0) return null;
  let end = start;
  while (end + 1 < rows.length && rows[end + 1]?.urgency === urgency) end++;
  return { from: firstSheetRow + start, to: firstSheetRow + end };
}

/**
 * 汇总-<姓名>: the leader, the as-of date and their counts, then their measures in urgency order.
 * Rows are coloured with static fills: the sheet is a report as of its date, not a live view.
 */
export function leaderSheet(input: LeaderSheetInput): SheetPlan {
  const { leader, name, today, ledgerErrors, cellsOf = measureCells } = input;
  const last = columnLetter(LEADER_SHEET_COLUMNS.length - 1);
  const check = ledgerCheckLine(ledgerErrors);
  const rows: (readonly PlanCell[])[] = [
    [
      text('督办县领导'),
      text(leader.counts.leader),
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
    countCells(leader.counts),
    [],
    LEADER_SHEET_COLUMNS.map(text),
  ];
  for (const ranked of leader.rows) rows.push(cellsOf(ranked));

  const header = LEADER_TABLE_HEADER_ROW + 1; // 1-based
  const first = header + 1;
  const lastRow = header + leader.rows.length;
  const styles: RangeStyle[] = [
    { range: 'A1:A3', style: LABEL_STYLE },
    { range: 'B1', style: { bold: true, fontSize: 14 } },
    { range: 'B2', style: { numberFormat: DATE_FORMAT, horizontal: 'left' } },
    { range: 'B3', style: check.style },
    { range: `A4:${last}4`, style: HEADER_STYLE },
    { range: `A5:${last}5`, style: { border: true, horizontal: 'center' } },
    { range: `A${header}:${last}${header}`, style: HEADER_STYLE },
  ];
  if (leader.rows.length > 0) {
    styles.push(
      { range: `A${first}:${last}${lastRow}`, style: { border: true, vertical: 'top' } },
      { range: `C${first}:D${lastRow}`, style: { wrap: true } },
      { range: `H${first}:H${lastRow}`, style: { wrap: true } },
      { range: `E${first}:E${lastRow}`, style: { numberFormat: DATE_FORMAT } },
    );
  }
  const overdue = runOf(leader.rows, 'overdue', first);
  if (overdue)
    styles.push({ range: `A${overdue.from}:${last}${overdue.to}`, style: SUMMARY_COLOURS.overdue });
  const dueSoon = runOf(leader.rows, 'dueSoon', first);
  if (dueSoon)
    styles.push({ range: `A${dueSoon.from}:${last}${dueSoon.to}`, style: SUMMARY_COLOURS.dueSoon });

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
