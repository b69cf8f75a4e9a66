import type { IsoDate } from '../dates';
import { columnLetter } from '../grid';
import type { PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { printPlan } from '../workbook/print';
import { INVALID_STATUS_LABEL } from '../status';
import {
  date,
  fonted,
  HEADER_STYLE,
  LABEL_STYLE,
  ledgerCheckLine,
  num,
  sheet,
  text,
} from './layout';
import { UNIT_STATUS_COLUMNS, type UnitCounts, type UnitSummary } from './unit-summary';

export const UNIT_SUMMARY_SHEET = '单位汇总';

export const UNIT_SUMMARY_COLUMNS = [
  '责任单位',
  '问题数',
  '措施数',
  ...UNIT_STATUS_COLUMNS.map((c) => c.header),
  '逾期',
  '临期',
  '最近更新',
] as const;

/** Zero-based row of the table header (title, as-of date and ledger check above it). */
export const UNIT_SUMMARY_HEADER_ROW = 4;

function countRow(c: UnitCounts): PlanCell[] {
  return [
    text(c.unit),
    num(c.items),
    num(c.measures),
    ...c.statuses.map(num),
    num(c.overdue),
    num(c.dueSoon),
    c.latestUpdate === null ? null : date(c.latestUpdate),
  ];
}

export interface UnitSheetInput {
  readonly summary: UnitSummary;
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  readonly ledgerErrors: number;
  /** The list's title, for the running header. */
  readonly title?: string;
}

/** 单位汇总: one row per responsible unit, most overdue first, and a total row. */
export function unitSummarySheet(input: UnitSheetInput): SheetPlan {
  const { summary, today, dueSoonDays } = input;
  const width = UNIT_SUMMARY_COLUMNS.length;
  const last = columnLetter(width - 1);
  const check = ledgerCheckLine(input.ledgerErrors);
  const rows: PlanCell[][] = [
    [text(UNIT_SUMMARY_SHEET)],
    [text('统计日期'), date(today)],
    [text('台账校验'), check.cell],
    [],
    UNIT_SUMMARY_COLUMNS.map(text),
    ...summary.units.map(countRow),
  ];
  const totalRow = rows.length;
  rows.push(countRow(summary.total));
  rows.push([]);
  const notes = [
    `说明：逾期 = 截止日期早于统计日期且未完成；临期 = 未完成且截止日期在统计日期至其后${dueSoonDays}天之间；${INVALID_STATUS_LABEL} = 状态为空或不在名录中。`,
    '一条措施有多个责任单位时分别计入每个单位，故各单位之和可能大于合计；合计中每条措施只计一次。',
  ];
  if (summary.unassigned > 0)
    notes.push(`有 ${summary.unassigned} 条措施未填写责任单位，只计入合计。`);
  const firstNote = rows.length;
  for (const note of notes) rows.push([text(note)]);
  const dateColumn = columnLetter(width - 1);
  const styles: RangeStyle[] = [
    { range: 'A1', style: { bold: true, fontSize: 16 } },
    { range: 'A2:A3', style: LABEL_STYLE },
    { range: 'B2', style: { numberFormat: 'yyyy-mm-dd', horizontal: 'left' } },
    { range: 'B3', style: check.style },
    { range: `A5:${last}5`, style: HEADER_STYLE },
    { range: `A6:${last}${totalRow + 1}`, style: { border: true } },
    { range: `${dateColumn}6:${dateColumn}${totalRow + 1}`, style: { numberFormat: 'yyyy-mm-dd' } },
    { range: `A${totalRow + 1}:${last}${totalRow + 1}`, style: { bold: true, border: true } },
    { range: `A${firstNote + 1}:A${firstNote + notes.length}`, style: { italic: true } },
  ];
  const overdueColumn = 3 + UNIT_STATUS_COLUMNS.length;
  summary.units.forEach((u, i) => {
    if (u.overdue > 0) {
      const at = `${columnLetter(overdueColumn)}${UNIT_SUMMARY_HEADER_ROW + 2 + i}`;
      styles.push({ range: at, style: { bold: true, fontColor: '#C00000' } });
    }
  });
  return sheet({
    name: UNIT_SUMMARY_SHEET,
    rows,
    columns: [
      { width: 26, style: fonted({}) },
      ...UNIT_SUMMARY_COLUMNS.slice(1, -1).map(() => ({ width: 9, style: fonted({}) })),
      { width: 12, style: fonted({}) },
    ],
    styles: styles.map((s) => ({ ...s, style: fonted(s.style) })),
    merges: [`A1:${last}1`, `B3:${last}3`],
    freeze: { rows: UNIT_SUMMARY_HEADER_ROW + 1, columns: 1 },
    print: printPlan(
      'portrait',
      { title: input.title ?? '整改台账', sheet: UNIT_SUMMARY_SHEET, asOf: today },
      '5:5',
    ),
  });
}

/** The units listed on a 单位汇总 plan (the rows between its header and its total row). */
export function unitRowsOf(plan: SheetPlan): number {
  const total = plan.rows.findIndex(
    (r, i) =>
      i > UNIT_SUMMARY_HEADER_ROW &&
      r[0] !== null &&
      r[0] !== undefined &&
      'text' in r[0] &&
      r[0].text === '合计',
  );
  return total < 0 ? 0 : total - UNIT_SUMMARY_HEADER_ROW - 1;
}
