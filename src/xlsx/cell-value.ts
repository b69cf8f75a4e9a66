import type ExcelJS from 'exceljs';
import type { PlanCell } from '../core/plan/types';

/** A date as ExcelJS writes it: midnight UTC, which it stores as a whole serial number. */
export function dateValue(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A plan cell as an ExcelJS value. Document text stays a plain string (ExcelJS stores strings as
 * shared strings and never parses them), so `=SUM(A1)` typed in a list remains text.
 */
export function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if ('text' in cell) return cell.text;
  if ('number' in cell) return cell.number;
  if ('date' in cell) return dateValue(cell.date);
  if ('bool' in cell) return cell.bool;
  if ('formula' in cell) return { formula: cell.formula } as ExcelJS.CellFormulaValue;
  return { text: cell.link.text, hyperlink: `#${cell.link.target}` };
}
