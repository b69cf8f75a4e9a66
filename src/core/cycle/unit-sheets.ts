import { columnLetter } from '../grid';
import type { GridCell } from '../grid';
import { normalizeHeader } from '../ledger/cell-text';
import { DOCUMENT_COLUMNS } from '../ledger/model';
import type { CellStyle, ColumnPlan, PlanCell, RangeStyle, SheetPlan } from '../plan/types';
import { dateValidation, rowHighlights, statusListSource } from '../workbook/marks';
import { DATE_FORMAT, HEADER_STYLE } from '../workbook/palette';
import { TABLE_PRINT } from '../workbook/table-sheet';
import { planCellOf } from './cells';

/** Widths of the ledger's own columns (as `rectify workbook` lays them out); others get 14. */
const WIDTHS: Readonly<Record<string, number>> = {
  问题序号: 9,
  措施序号: 9,
  整改措施: 60,
  责任单位: 22,
  督办县领导: 14,
  整改时限: 18,
  截止日期: 12,
  状态: 10,
  完成日期: 12,
  整改进展: 36,
  佐证材料: 20,
  更新日期: 12,
  备注: 18,
  序号: 6,
  问题: 60,
  整改目标: 40,
  牵头单位: 20,
  配合单位: 30,
  措施数: 8,
  单位: 36,
};
const DATE_HEADERS = new Set(['截止日期', '完成日期', '更新日期', '节点日期']);
const WRAP_HEADERS = new Set(['整改措施', '整改进展', '问题', '整改目标', '责任单位', '配合单位']);

/** Key and document columns: the unit reads them, the master decides them. */
export const LOCKED_HEADERS: readonly string[] = ['问题序号', '措施序号', ...DOCUMENT_COLUMNS];

export function isLockedHeader(header: string): boolean {
  const h = normalizeHeader(header);
  return LOCKED_HEADERS.includes(h);
}

/** Empty rows below a unit's rows that stay open, for measures the unit adds. */
export const ROWS_FOR_ADDING = 50;

function columnPlan(header: string): ColumnPlan {
  const h = normalizeHeader(header);
  const style: CellStyle = DATE_HEADERS.has(h)
    ? { numberFormat: DATE_FORMAT, horizontal: 'center', vertical: 'top' }
    : { wrap: WRAP_HEADERS.has(h), vertical: 'top' };
  return { width: WIDTHS[h] ?? 14, style };
}

/** Header texts up to the last non-empty one. */
export function trimHeaders(headers: readonly string[]): string[] {
  let end = headers.length;
  while (end > 0 && (headers[end - 1] ?? '') === '') end--;
  return headers.slice(0, end);
}

export interface CopiedTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly body: readonly (readonly GridCell[])[];
  readonly tabColor?: string;
}

/** A table copied cell for cell from the master: header, body, widths, borders, printing. */
export function copiedTableSheet(table: CopiedTable): SheetPlan {
  const width = Math.max(table.headers.length, 1);
  const last = columnLetter(width - 1);
  const rows: PlanCell[][] = [
    table.headers.map((h) => (h === '' ? null : { text: h })),
    ...table.body.map((cells) => Array.from({ length: width }, (_, c) => planCellOf(cells[c]))),
  ];
  const styles: RangeStyle[] = [{ range: `A1:${last}1`, style: HEADER_STYLE }];
  if (table.body.length > 0) {
    styles.push({ range: `A2:${last}${table.body.length + 1}`, style: { border: true } });
  }
  return {
    name: table.name,
    rows,
    columns: table.headers.map(columnPlan),
    styles,
    merges: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    print: TABLE_PRINT,
    ...(table.tabColor === undefined ? {} : { tabColor: table.tabColor }),
  };
}

/**
 * A unit's 台账: the master's columns and this unit's rows, with the master's drop-downs and
 * highlights; key and document columns locked, the user's columns and the rows below open.
 */
export function unitLedgerSheet(table: CopiedTable): SheetPlan {
  const base = copiedTableSheet(table);
  const n = table.body.length;
  const lastRow = n + 1 + ROWS_FOR_ADDING;
  const width = table.headers.length;
  const last = columnLetter(width - 1);
  const letter = (header: string): string | null => {
    const at = table.headers.findIndex((h) => normalizeHeader(h) === header);
    return at < 0 ? null : columnLetter(at);
  };
  const unlocked: string[] = [];
  table.headers.forEach((h, i) => {
    if (!isLockedHeader(h) && n > 0)
      unlocked.push(`${columnLetter(i)}2:${columnLetter(i)}${n + 1}`);
  });
  unlocked.push(`A${n + 2}:${last}${lastRow}`);
  const status = letter('状态');
  const deadline = letter('截止日期');
  const marked = lastRow - 1;
  const validations = [
    ...(status === null
      ? []
      : [
          {
            range: `${status}2:${status}${lastRow}`,
            rule: { kind: 'list' as const, source: statusListSource() },
            allowBlank: true,
            prompt: { title: '状态', message: '请从下拉列表选择状态（名录表列出可选状态）。' },
            error: { title: '状态无效', message: '请从下拉列表中选择状态。' },
          },
        ]),
    ...['截止日期', '完成日期', '更新日期'].flatMap((h) => {
      const l = letter(h);
      return l === null ? [] : [dateValidation(l, marked, h)];
    }),
  ];
  const conditionalFormats =
    status === null || deadline === null ? [] : rowHighlights(last, deadline, status, marked);
  return {
    ...base,
    validations,
    conditionalFormats,
    protection: { unlocked },
  };
}
