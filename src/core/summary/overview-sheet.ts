import type { IsoDate } from '../dates';
import { cellAddress, columnLetter } from '../grid';
import { SHEETS } from '../ledger/model';
import type { ColumnPlan, PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { INVALID_STATUS_LABEL, STATUS_CATEGORIES } from '../status';
import { printPlan } from '../workbook/print';
import { rowHeightFor } from '../workbook/row-height';
import type { LedgerSummary } from './counts';
import {
  date,
  fonted,
  HEADER_STYLE,
  LABEL_STYLE,
  ledgerCheckLine,
  num,
  sheet,
  sheetLink,
  text,
} from './layout';
import type { LeaderCounts } from './types';

/** The count columns after the leader's name: items, measures, each status category, 状态有误, urgency. */
export function countColumns(dueSoonDays: number): string[] {
  return [
    '问题数',
    '措施数',
    ...STATUS_CATEGORIES.map((c) => c.label),
    INVALID_STATUS_LABEL,
    '逾期',
    `${dueSoonDays}天内到期`,
  ];
}

/** Zero-based row of the overview's table header (title, as-of date and ledger check above it). */
export const OVERVIEW_HEADER_ROW = 4;

/** Zero-based column of 逾期 on 领导汇总 (leader, items, measures, four categories, 状态有误). */
const OVERDUE_COLUMN = 8;

export function countCells(c: LeaderCounts): PlanCell[] {
  return [
    c.items,
    c.measures,
    c.done,
    c.inProgress,
    c.ongoing,
    c.notStarted,
    c.invalidStatus,
    c.overdue,
    c.dueSoon,
  ].map(num);
}

export interface OverviewInput {
  readonly summary: LedgerSummary;
  /** Each leader's sheet name, in the order of `summary.leaders`. */
  readonly sheetNames: readonly string[];
  readonly title: string;
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  readonly ledgerErrors: number;
}

/** Row numbers as a note quotes them: `第 3、5、9 行`, at most 20 of them. */
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 20).join('、');
  return rows.length > 20 ? `第 ${shown} 行等 ${rows.length} 行` : `第 ${shown} 行`;
}

/**
 * 领导汇总: one row per leader (linked to their sheet), a total row, the as-of date, the error
 * count, and the names in 督办县领导 that 名录 does not list (未识别的督办领导), with their rows.
 */
export function overviewSheet(input: OverviewInput): SheetPlan {
  const { summary, sheetNames, today, dueSoonDays, ledgerErrors } = input;
  const headers = ['督办县领导', ...countColumns(dueSoonDays)];
  const last = columnLetter(headers.length - 1);
  const check = ledgerCheckLine(ledgerErrors);
  const rows: PlanCell[][] = [
    [text('领导汇总')],
    [text('统计日期'), date(today)],
    [text('台账校验'), check.cell],
    [],
    headers.map(text),
  ];
  summary.leaders.forEach((leader, i) => {
    const target = sheetLink(sheetNames[i] as string);
    rows.push([{ link: { text: leader.counts.leader, target } }, ...countCells(leader.counts)]);
  });
  const totalRow = rows.length;
  rows.push([text(summary.total.leader), ...countCells(summary.total)]);
  const styles: RangeStyle[] = [
    { range: 'A1', style: fonted({ bold: true, fontSize: 16, horizontal: 'center' }) },
    { range: 'A2:A3', style: fonted(LABEL_STYLE) },
    { range: 'B2', style: fonted({ numberFormat: 'yyyy-mm-dd', horizontal: 'left' }) },
    { range: 'B3', style: fonted(check.style) },
    { range: `A5:${last}5`, style: fonted(HEADER_STYLE) },
    { range: `A6:${last}${totalRow + 1}`, style: fonted({ border: true }) },
    { range: `B6:${last}${totalRow + 1}`, style: fonted({ border: true, horizontal: 'center' }) },
    {
      range: `A${totalRow + 1}:${last}${totalRow + 1}`,
      style: fonted({ bold: true, border: true, horizontal: 'center' }),
    },
  ];
  const merges = [`A1:${last}1`, `B3:${last}3`];

  if (summary.unrecognized.length > 0) {
    rows.push([]);
    const heading = rows.length + 1;
    rows.push([text('未识别的督办领导')]);
    rows.push([
      text(
        '名录中没有这些姓名，未单独成表、未计入各领导；请改正台账中的督办县领导，或先把姓名加入名录。',
      ),
    ]);
    const blockHeader = rows.length + 1;
    rows.push([text('台账中的姓名'), text('措施数'), text('台账行')]);
    for (const leader of summary.unrecognized) {
      rows.push([text(leader.name), num(leader.rows.length), text(rowList(leader.rows))]);
    }
    const blockLast = rows.length;
    styles.push(
      { range: `A${heading}`, style: fonted({ bold: true, fontSize: 12, fontColor: '#C00000' }) },
      { range: `A${heading + 1}`, style: fonted({ wrap: true }) },
      { range: `A${blockHeader}:${last}${blockHeader}`, style: fonted(HEADER_STYLE) },
      { range: `A${blockHeader + 1}:${last}${blockLast}`, style: fonted({ border: true }) },
      {
        range: `C${blockHeader + 1}:${last}${blockLast}`,
        style: fonted({ border: true, wrap: true }),
      },
    );
    merges.push(`A${heading + 1}:${last}${heading + 1}`, `C${blockHeader}:${last}${blockHeader}`);
    for (let r = blockHeader + 1; r <= blockLast; r++) merges.push(`C${r}:${last}${r}`);
  }

  rows.push([]);
  const notes = [
    `说明：逾期 = 截止日期早于统计日期且未完成；${dueSoonDays}天内到期 = 未完成且截止日期在统计日期至其后${dueSoonDays}天之间（天数见“${SHEETS.readme}”表的提醒设置）。`,
    `各状态列按状态类别计数；${INVALID_STATUS_LABEL} = 状态为空或不在名录中的措施，各状态列之和等于措施数。`,
    '一条措施有多位督办县领导时分别计入每位领导，故各领导之和可能大于合计；合计中每条措施只计一次。',
  ];
  if (summary.unassigned > 0) {
    notes.push(`有 ${summary.unassigned} 条措施未填写督办县领导，只计入合计。`);
  }
  const firstNote = rows.length + 1;
  for (const note of notes) rows.push([text(note)]);
  for (let r = firstNote; r < firstNote + notes.length; r++) merges.push(`A${r}:${last}${r}`);
  styles.push({
    range: `A${firstNote}:A${firstNote + notes.length - 1}`,
    style: fonted({ italic: true, wrap: true, vertical: 'top' }),
  });

  // The overdue column stands out only where something is overdue.
  summary.leaders.forEach((leader, i) => {
    if (leader.counts.overdue > 0) {
      styles.push({
        range: cellAddress(OVERVIEW_HEADER_ROW + 1 + i, OVERDUE_COLUMN),
        style: fonted({ bold: true, fontColor: '#C00000', border: true, horizontal: 'center' }),
      });
    }
  });
  const columns: ColumnPlan[] = [
    { width: 16, style: fonted({}) },
    ...headers.slice(1).map(() => ({ width: 10, style: fonted({}) })),
  ];
  // Notes and the block's explanation are merged across the sheet: their height follows the
  // merged width (the estimate takes the first column as wide as all of them).
  const fullWidth: ColumnPlan[] = [
    { width: columns.reduce((w, c) => w + c.width, 0), style: { wrap: true } },
  ];
  return sheet({
    name: SHEETS.leaderOverview,
    rows,
    columns,
    styles,
    merges,
    freeze: { rows: OVERVIEW_HEADER_ROW + 1, columns: 1 },
    rowHeights: rows.map((row, r) =>
      r + 1 >= firstNote || isExplanation(row) ? rowHeightFor(row.slice(0, 1), fullWidth) : null,
    ),
    print: printPlan(
      'portrait',
      { title: input.title, sheet: SHEETS.leaderOverview, asOf: today },
      '5:5',
    ),
  });
}

function isExplanation(row: readonly PlanCell[]): boolean {
  const first = row[0];
  return (
    row.length === 1 &&
    first !== null &&
    first !== undefined &&
    'text' in first &&
    first.text.startsWith('名录中没有')
  );
}
