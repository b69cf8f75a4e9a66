import type ExcelJS from 'exceljs';
import type {
  ConditionalFormatPlan,
  PrintPlan,
  SheetPlan,
  ValidationPlan,
} from '../core/plan/types';
import { argb, mergeStyle } from './style';
import { cellValue, dateValue } from './cell-value';

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B2:D9` → 1-based bounds (a single cell is a 1×1 box). */
export function decodeRange(range: string): Box {
  const parts = range.replace(/\$/g, '').split(':');
  const corner = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1.toUpperCase());
    if (!m) throw new Error(`not an A1 reference: ${range}`);
    let col = 0;
    for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]), col };
  };
  const a = corner(parts[0] as string);
  const b = corner(parts[1] ?? (parts[0] as string));
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Lays out one plan sheet on an empty worksheet. Order matters: columns, values, table, styles. */
export function writeSheet(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.style) column.style = mergeStyle({}, c.style);
  });
  plan.rows.forEach((row, r) => {
    const sheetRow = ws.getRow(r + 1);
    row.forEach((cell, c) => {
      if (cell !== null) sheetRow.getCell(c + 1).value = cellValue(cell);
    });
  });
  if (plan.table) addTable(ws, plan);
  styleCells(ws, plan);
  plan.rowHeights?.forEach((height, r) => {
    if (height !== null) ws.getRow(r + 1).height = height;
  });
  for (const merge of plan.merges) ws.mergeCells(merge);
  writeMarks(ws, plan);
  if (plan.freeze) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: plan.freeze.columns,
        ySplit: plan.freeze.rows,
        activeCell: 'A2',
      },
    ];
  }
  if (plan.print) setPrint(ws, plan.print);
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
}

/**
 * Gives every cell of the laid-out area its final style: the column's, then each range style
 * over it in plan order. Cells that look alike share one style object (see mergeStyle).
 */
function styleCells(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const ranges = plan.styles.map((s) => ({ box: decodeRange(s.range), style: s.style }));
  const bottom = Math.max(plan.rows.length, ...ranges.map((r) => r.box.bottom));
  const right = Math.max(
    plan.columns.length,
    ...plan.rows.map((r) => r.length),
    ...ranges.map((r) => r.box.right),
  );
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (let r = 1; r <= bottom; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= right; c++) {
      const columnStyle = plan.columns[c - 1]?.style;
      const covering: number[] = [];
      ranges.forEach((range, i) => {
        const b = range.box;
        if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) covering.push(i);
      });
      if (columnStyle === undefined && covering.length === 0) continue;
      const key = `${c}|${covering.join(',')}`;
      let style = shared.get(key);
      if (style === undefined) {
        style = columnStyle ? mergeStyle({}, columnStyle) : {};
        for (const i of covering)
          style = mergeStyle(style, (ranges[i] as (typeof ranges)[0]).style);
        shared.set(key, style);
      }
      row.getCell(c).style = style;
    }
  }
}

/**
 * Adds validations and conditional formats to a worksheet (used by the sheet writer, and by
 * whoever re-applies `ledgerMarks` to a ledger whose marks a user removed).
 */
export function writeMarks(
  ws: ExcelJS.Worksheet,
  marks: Pick<SheetPlan, 'validations' | 'conditionalFormats'>,
): void {
  for (const v of marks.validations) addValidation(ws, v);
  for (const cf of marks.conditionalFormats) addConditionalFormat(ws, cf);
}

function addTable(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const table = plan.table;
  if (!table) return;
  const box = decodeRange(table.range);
  const width = box.right - box.left + 1;
  const rowValues = (r: number) =>
    Array.from({ length: width }, (_, c) => {
      const cell = plan.rows[r - 1]?.[box.left - 1 + c] ?? null;
      return cellValue(cell);
    });
  const header = rowValues(box.top);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = box.top + 1; r <= box.bottom; r++) rows.push(rowValues(r));
  ws.addTable({
    name: table.name,
    ref: `${ws.getCell(box.top, box.left).address}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: header.map((h) => ({ name: String(h ?? ''), filterButton: true })),
    rows,
  });
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationPlan): void {
  const messages = {
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.error.title,
    error: v.error.message,
  } as const;
  const rule: ExcelJS.DataValidation =
    v.rule.kind === 'list'
      ? { type: 'list', formulae: [v.rule.source], ...messages }
      : {
          type: 'date',
          operator: 'between',
          formulae: [dateValue(v.rule.min), dateValue(v.rule.max)],
          ...messages,
        };
  // ExcelJS has `dataValidations` at run time (keyed by address or range); its typings omit it.
  const sheet = ws as ExcelJS.Worksheet & {
    dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
  };
  sheet.dataValidations.add(v.range, rule);
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan): void {
  // ExcelJS cannot write stopIfTrue; the ledger's rules exclude one another, so nothing depends on it.
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [
      {
        type: 'expression',
        priority: cf.priority,
        formulae: [cf.formula],
        style: {
          ...(cf.style.fill !== undefined && {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } },
          }),
          ...(cf.style.fontColor !== undefined && {
            font: { color: { argb: argb(cf.style.fontColor) } },
          }),
        },
      },
    ],
  });
}

const PAPER_SIZE = { A4: 9 } as const;

function setPrint(ws: ExcelJS.Worksheet, print: PrintPlan): void {
  ws.pageSetup.paperSize = PAPER_SIZE[print.paper];
  ws.pageSetup.orientation = print.orientation;
  if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    // 0 = as many pages tall as needed.
    ws.pageSetup.fitToHeight = 0;
  }
  if (print.repeatRows) ws.pageSetup.printTitlesRow = print.repeatRows;
  if (print.header !== undefined) ws.headerFooter.oddHeader = print.header;
  if (print.footer !== undefined) ws.headerFooter.oddFooter = print.footer;
}
