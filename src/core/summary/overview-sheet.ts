import type { IsoDate } from '../dates';
import { cellAddress, columnLetter } from '../grid';
import { SHEETS } from '../ledger/model';
import type { PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import type { LedgerSummary } from './counts';
import {
  date,
  HEADER_STYLE,
  LABEL_STYLE,
  ledgerCheckLine,
  num,
  sheet,
  sheetLink,
  text,
} from './layout';
import type { LeaderCounts } from './types';

export const OVERVIEW_COLUMNS = [
  '督办县领导',
  '问题数',
  '措施数',
  '已完成',
  '推进中',
  '持续推进',
  '未启动',
  '逾期',
  '30天内到期',
] as const;

/** Zero-based row of the overview's table header (title, as-of date and ledger check above it). */
export const OVERVIEW_HEADER_ROW = 4;

export function countCells(c: LeaderCounts): PlanCell[] {
  return [
    c.items,
    c.measures,
    c.done,
    c.inProgress,
    c.ongoing,
    c.notStarted,
    c.overdue,
    c.dueSoon,
  ].map(num);
}

export interface OverviewInput {
  readonly summary: LedgerSummary;
  /** Each leader's sheet name, in the order of `summary.leaders`. */
  readonly sheetNames: readonly string[];
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  readonly ledgerErrors: number;
}

/** 领导汇总: one row per leader (linked to their sheet), a total row, the as-of date and the error count. */
export function overviewSheet(input: OverviewInput): SheetPlan {
  const { summary, sheetNames, today, dueSoonDays, ledgerErrors } = input;
  const width = OVERVIEW_COLUMNS.length;
  const last = columnLetter(width - 1);
  const check = ledgerCheckLine(ledgerErrors);
  const rows: PlanCell[][] = [
    [text('领导汇总')],
    [text('统计日期'), date(today)],
    [text('台账校验'), check.cell],
    [],
    OVERVIEW_COLUMNS.map(text),
  ];
  summary.leaders.forEach((leader, i) => {
    const target = sheetLink(sheetNames[i] as string);
    rows.push([{ link: { text: leader.counts.leader, target } }, ...countCells(leader.counts)]);
  });
  const totalRow = rows.length;
  rows.push([text(summary.total.leader), ...countCells(summary.total)]);
  rows.push([]);
  const notes = [
    `说明：逾期 = 截止日期早于统计日期且状态不是已完成或已销号；${dueSoonDays}天内到期 = 未完成且截止日期在统计日期至其后${dueSoonDays}天之间。`,
    '一条措施有多位督办县领导时分别计入每位领导，故各领导之和可能大于合计；合计中每条措施只计一次。',
  ];
  if (summary.unassigned > 0) {
    notes.push(`有 ${summary.unassigned} 条措施未填写督办县领导，只计入合计。`);
  }
  const firstNote = rows.length;
  for (const note of notes) rows.push([text(note)]);

  const styles: RangeStyle[] = [
    { range: 'A1', style: { bold: true, fontSize: 16 } },
    { range: 'A2:A3', style: LABEL_STYLE },
    { range: 'B2', style: { numberFormat: 'yyyy-mm-dd', horizontal: 'left' } },
    { range: 'B3', style: check.style },
    { range: `A5:${last}5`, style: HEADER_STYLE },
    { range: `A6:${last}${totalRow + 1}`, style: { border: true } },
    { range: `A${totalRow + 1}:${last}${totalRow + 1}`, style: { bold: true, border: true } },
    { range: `A${firstNote + 1}:A${firstNote + notes.length}`, style: { italic: true } },
  ];
  // The overdue column stands out only where something is overdue.
  summary.leaders.forEach((leader, i) => {
    if (leader.counts.overdue > 0) {
      styles.push({
        range: cellAddress(OVERVIEW_HEADER_ROW + 1 + i, 7),
        style: { bold: true, fontColor: '#C00000' },
      });
    }
  });
  return sheet({
    name: SHEETS.leaderOverview,
    rows,
    columns: [{ width: 16 }, ...OVERVIEW_COLUMNS.slice(1).map(() => ({ width: 11 }))],
    styles,
    merges: [`A1:${last}1`, `B3:${last}3`],
    freeze: { rows: OVERVIEW_HEADER_ROW + 1, columns: 1 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: '5:5' },
  });
}
