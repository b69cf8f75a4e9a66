import type { IsoDate } from '../dates';
import type { WorkbookSnapshot } from '../grid';
import { cellText } from '../ledger/cell-text';
import { SHEETS } from '../ledger/model';
import { readLedger } from '../ledger/read';
import type { LedgerRow } from '../ledger/row';
import { masterTable } from '../cycle/split';
import { summarizeLedger } from '../summary/counts';
import { rankRows } from '../summary/urgency';
import { summarizeUnits, UNIT_STATUS_COLUMNS } from '../summary/unit-summary';
import { diffLedgers, previousAsOf } from './changes';
import { reportMeasure } from './measures';
import type { ReportModel } from './model';

export const REPORT_TITLE_SUFFIX = '整改进展情况';

export interface ReportInput {
  readonly snapshot: WorkbookSnapshot;
  readonly today: IsoDate;
  readonly dueSoonDays: number;
  /** The previous ledger (`--since`), and the day it described when the caller knows it. */
  readonly previous?: { readonly snapshot: WorkbookSnapshot; readonly asOf?: IsoDate };
}

/** The report's content from a ledger (and the previous one): counts, tables, lists, changes. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { today, dueSoonDays } = input;
  const rows = ledgerRowsOf(input.snapshot);
  const options = { today, dueSoonDays };
  const leaders = summarizeLedger(rows, options);
  const units = summarizeUnits(rows, options);
  const overdue = rankRows(rows, options)
    .filter((r) => r.urgency === 'overdue')
    .map((r) => ({ ...reportMeasure(r.row), daysOverdue: r.daysOverdue }));
  let changes = null;
  const notes = [
    `逾期：截止日期早于 ${today} 且未完成；临期：未完成且截止日期在 ${today} 至其后 ${dueSoonDays} 天之间；其他：状态为空或不在名录中。`,
    '一条措施有多个督办县领导或责任单位时分别计入每一位（每个单位），合计中每条措施只计一次。',
  ];
  if (input.previous !== undefined) {
    const previous = ledgerRowsOf(input.previous.snapshot);
    const since = input.previous.asOf ?? previousAsOf(previous, today);
    changes = diffLedgers(previous, rows, { today, since });
    notes.push(
      `与上期台账比较：按问题序号和措施序号对应；上期按 ${since} 判断是否逾期；“未更新”指未完成且状态、完成日期、整改进展、佐证材料、更新日期、备注均未改动。`,
    );
  }
  return {
    title: reportTitle(listTitle(input.snapshot)),
    asOf: today,
    dueSoonDays,
    counts: {
      items: units.total.items,
      measures: units.total.measures,
      statuses: units.total.statuses,
      overdue: units.total.overdue,
      dueSoon: units.total.dueSoon,
    },
    statusHeaders: UNIT_STATUS_COLUMNS.map((c) => c.header),
    leaders: leaders.leaders.map((l) => l.counts),
    leaderTotal: leaders.total,
    units: units.units,
    unitTotal: units.total,
    overdue,
    changes,
    notes,
  };
}

/** The 台账's rows, or a CycleError saying the workbook is not a ledger. */
function ledgerRowsOf(snapshot: WorkbookSnapshot): LedgerRow[] {
  masterTable(snapshot); // throws when there is no 台账 or it lacks the key columns
  const grid = snapshot.grid(SHEETS.ledger);
  return grid === null ? [] : readLedger(grid).rows;
}

/**
 * The report title: the list's title as the ledger's 说明 carries it (A1) + 整改进展情况; a title
 * ending in 整改清单 drops it (…督察报告整改清单 → …督察报告整改进展情况), not doubling 整改.
 */
export function reportTitle(listTitle: string): string {
  const title = listTitle.trim();
  if (title === '') return `整改清单${REPORT_TITLE_SUFFIX}`;
  return title.endsWith('整改清单')
    ? `${title.slice(0, -'整改清单'.length)}${REPORT_TITLE_SUFFIX}`
    : `${title}${REPORT_TITLE_SUFFIX}`;
}

function listTitle(snapshot: WorkbookSnapshot): string {
  return cellText(snapshot.grid(SHEETS.readme)?.rows[0]?.[0] ?? null);
}
