import { LEDGER_COLUMNS, SHEETS, TABLES } from '../../ledger/model';
import type { PlanDiagnostic, SheetPlan } from '../../plan/types';
import { columnLetter } from '../../grid';
import { FILL_LINE, LEDGER_HEADER_ROW, ledgerPreamble } from '../ledger-layout';
import { FONT_NAME } from '../print';
import { dateOrBlank, num, text, textOrBlank } from '../cells';
import type { SheetMarks } from '../marks';
import { DATE_FORMAT, TAB_COLOURS } from '../palette';
import type { InitialLedgerRow } from '../rows';
import { tableSheet, type ColumnSpec, type PageFacts, type Preamble } from '../table-sheet';

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

/**
 * The title row and the 填报 line: labels the product writes, and blank boxed cells (填报单位 in C2,
 * 填报日期 in J2) that the person submitting the ledger fills in.
 */
function preamble(title: string): Preamble {
  const last = columnLetter(LEDGER_COLUMNS.length - 1);
  const row = LEDGER_HEADER_ROW; // 1-based row of the 填报 line
  const at = (column: number) => `${columnLetter(column)}${row}`;
  const fonted = <T extends object>(style: T) => ({ ...style, fontName: FONT_NAME });
  const label = fonted({ bold: true, horizontal: 'right' as const, vertical: 'bottom' as const });
  const blank = fonted({ border: true });
  return {
    rows: ledgerPreamble(title),
    styles: [
      {
        range: `A1:${last}1`,
        style: fonted({ bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' }),
      },
      { range: `${at(FILL_LINE.byLabel)}:${at(FILL_LINE.byLabel + 1)}`, style: label },
      { range: `${at(FILL_LINE.onLabel)}:${at(FILL_LINE.onLabel + 1)}`, style: label },
      { range: at(FILL_LINE.by), style: { ...blank, horizontal: 'left', vertical: 'bottom' } },
      {
        range: at(FILL_LINE.on),
        style: { ...blank, numberFormat: DATE_FORMAT, horizontal: 'left', vertical: 'bottom' },
      },
    ],
    merges: [
      `A1:${last}1`,
      `${at(FILL_LINE.byLabel)}:${at(FILL_LINE.byLabel + 1)}`,
      `${at(FILL_LINE.onLabel)}:${at(FILL_LINE.onLabel + 1)}`,
    ],
    // The 填报日期 cell's date check is one of the ledger's marks (refreshed with them).
    validations: [],
    heights: [30, 24],
  };
}

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
      preamble: preamble(page.title),
    },
    diagnostics,
  );
}
