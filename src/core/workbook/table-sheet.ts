import { columnLetter } from '../grid';
import type {
  CellStyle,
  ColumnPlan,
  PlanCell,
  PlanDiagnostic,
  PrintPlan,
  RangeStyle,
  SheetPlan,
  ValidationPlan,
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
  /** Rows above the header (台账: title and 填报 line); ranges in it are 1-based sheet rows. */
  readonly preamble?: Preamble;
}

/** Rows a table sheet has above its header, with their own looks. */
export interface Preamble {
  readonly rows: readonly (readonly PlanCell[])[];
  readonly styles: readonly RangeStyle[];
  readonly merges: readonly string[];
  readonly validations: readonly ValidationPlan[];
  /** Points per preamble row, null for the host's default. */
  readonly heights: readonly (number | null)[];
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
function tablePrint(spec: TableSheetSpec, header: number): PrintPlan {
  // Table sheets are live (colours follow TODAY()): no as-of date in their footer.
  const page = { title: spec.page.title, sheet: spec.name, asOf: null };
  return printPlan('landscape', page, `${header}:${header}`);
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

/**
 * A sheet holding one Excel table: the preamble rows if any, then the table's header row and body;
 * widths, formats, the header frozen and repeated on every printed page.
 */
export function tableSheet(spec: TableSheetSpec, diagnostics: PlanDiagnostic[]): SheetPlan {
  const width = spec.columns.length;
  const last = columnLetter(width - 1);
  const preamble = spec.preamble?.rows ?? [];
  // 1-based sheet rows of the header, first and last body row.
  const header = preamble.length + 1;
  const first = header + 1;
  // A table needs at least one body row; an empty list gets one blank row.
  const end = header + Math.max(spec.body.length, 1);
  const rows = fitBlock(
    spec.name,
    [...preamble, headerRow(spec.columns.map((c) => c.header)), ...spec.body],
    diagnostics,
  );
  const columns: ColumnPlan[] = spec.columns.map((c) => ({
    width: c.width,
    style: columnStyle(c.kind),
  }));
  const preambleHeights = spec.preamble?.heights ?? [];
  return {
    name: spec.name,
    rows,
    columns,
    // Thin borders on the body: ledgers are printed, and a printed table needs its grid.
    styles: [
      ...(spec.preamble?.styles ?? []),
      { range: `A${header}:${last}${header}`, style: { ...HEADER_STYLE, fontName: FONT_NAME } },
      { range: `A${first}:${last}${end}`, style: { border: true, fontName: FONT_NAME } },
    ],
    merges: [...(spec.preamble?.merges ?? [])],
    table: { name: spec.tableName, range: `A${header}:${last}${end}`, style: TABLE_STYLE },
    validations: [...(spec.preamble?.validations ?? []), ...spec.marks.validations],
    conditionalFormats: spec.marks.conditionalFormats,
    freeze: { rows: header, columns: 0 },
    rowHeights: rows.map((row, r) =>
      r < preamble.length ? (preambleHeights[r] ?? null) : rowHeightFor(row, columns),
    ),
    print: tablePrint(spec, header),
    tabColor: spec.tabColor,
    ...textNumbers(spec, first, end),
  };
}

function textNumbers(
  spec: TableSheetSpec,
  first: number,
  end: number,
): Pick<SheetPlan, 'textNumbers'> {
  const ranges = spec.columns.flatMap((c, i) =>
    c.textNumber === true ? [`${columnLetter(i)}${first}:${columnLetter(i)}${end}`] : [],
  );
  return ranges.length === 0 ? {} : { textNumbers: ranges };
}
