import { columnLetter } from '../grid';
import type {
  CellStyle,
  ColumnPlan,
  PlanCell,
  PlanDiagnostic,
  PrintPlan,
  SheetPlan,
} from '../plan/types';
import { fitBlock, headerRow } from './cells';
import type { SheetMarks } from './marks';
import { rowHeightFor } from './row-height';
import { DATE_FORMAT, HEADER_STYLE, TABLE_STYLE } from './palette';
import { FONT_NAME, LIVE_FOOTER, printPlan } from './print';

/** How one column of a table sheet looks. */
export interface ColumnSpec {
  readonly header: string;
  readonly width: number;
  readonly kind: 'text' | 'longText' | 'date' | 'number' | 'code';
  /** Text that may look like a number on purpose (措施序号 `1`): recorded as Excel's ignored error. */
  readonly textNumber?: boolean;
}

/** What the running header of a printed page says: the list's title. */
export interface PageFacts {
  readonly title: string;
}

export interface TableSheetSpec {
  readonly name: string;
  readonly tableName: string;
  readonly columns: readonly ColumnSpec[];
  readonly body: readonly (readonly PlanCell[])[];
  readonly marks: SheetMarks;
  readonly tabColor: string;
  readonly page: PageFacts;
  /** Submitted as it is (台账): the 填报单位 / 填报日期 line printed on every page. */
  readonly submitted?: boolean;
}

/**
 * A4 landscape, the header row on every page, one page wide, page numbers: for table sheets made
 * elsewhere (the cycle's unit sheets) that have no list title at hand. Prefer `printPlan` with
 * the title, as `tableSheet` does.
 */
export const TABLE_PRINT: PrintPlan = {
  orientation: 'landscape',
  paper: 'A4',
  fitToWidth: true,
  repeatRows: '1:1',
  footer: LIVE_FOOTER,
};

/** Ledgers are printed and submitted: A4 landscape, header on every page, one page wide. */
function tablePrint(spec: TableSheetSpec): PrintPlan {
  // Table sheets are live (colours follow TODAY()): no as-of date in their footer.
  const page = { title: spec.page.title, sheet: spec.name, asOf: null, submitted: spec.submitted };
  return printPlan('landscape', page, '1:1');
}

function columnStyle(kind: ColumnSpec['kind']): CellStyle {
  return { ...kindStyle(kind), fontName: FONT_NAME };
}

function kindStyle(kind: ColumnSpec['kind']): CellStyle {
  switch (kind) {
    case 'date':
      return { numberFormat: DATE_FORMAT, horizontal: 'center', vertical: 'top' };
    case 'number':
    case 'code':
      return { horizontal: 'center', vertical: 'top' };
    case 'longText':
      return { wrap: true, vertical: 'top' };
    case 'text':
      return { wrap: true, vertical: 'top' };
  }
}

/** A sheet holding one Excel table from A1: header row, body, widths, formats, frozen header. */
export function tableSheet(spec: TableSheetSpec, diagnostics: PlanDiagnostic[]): SheetPlan {
  const width = spec.columns.length;
  const last = columnLetter(width - 1);
  const bodyRows = Math.max(spec.body.length, 1);
  const rows = fitBlock(
    spec.name,
    [headerRow(spec.columns.map((c) => c.header)), ...spec.body],
    diagnostics,
  );
  const columns: ColumnPlan[] = spec.columns.map((c) => ({
    width: c.width,
    style: columnStyle(c.kind),
  }));
  return {
    name: spec.name,
    rows,
    columns,
    // Thin borders on the body: ledgers are printed, and a printed table needs its grid.
    styles: [
      { range: `A1:${last}1`, style: { ...HEADER_STYLE, fontName: FONT_NAME } },
      { range: `A2:${last}${bodyRows + 1}`, style: { border: true, fontName: FONT_NAME } },
    ],
    merges: [],
    // A table needs at least one body row; an empty list gets one blank row.
    table: { name: spec.tableName, range: `A1:${last}${bodyRows + 1}`, style: TABLE_STYLE },
    validations: spec.marks.validations,
    conditionalFormats: spec.marks.conditionalFormats,
    freeze: { rows: 1, columns: 0 },
    rowHeights: rows.map((row) => rowHeightFor(row, columns)),
    print: tablePrint(spec),
    tabColor: spec.tabColor,
    ...textNumbers(spec, bodyRows),
  };
}

function textNumbers(spec: TableSheetSpec, bodyRows: number): Pick<SheetPlan, 'textNumbers'> {
  const ranges = spec.columns.flatMap((c, i) =>
    c.textNumber === true ? [`${columnLetter(i)}2:${columnLetter(i)}${bodyRows + 1}`] : [],
  );
  return ranges.length === 0 ? {} : { textNumbers: ranges };
}
