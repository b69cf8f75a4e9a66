import type { IsoDate } from '../dates';
import { cellAddress } from '../grid';
import type { PlanCell, PlanDiagnostic } from '../plan/types';
import { fitCellText } from './text';

export const text = (value: string): PlanCell => ({ text: value });
export const num = (value: number): PlanCell => ({ number: value });
export const dateOrBlank = (value: IsoDate | null): PlanCell =>
  value === null ? null : { date: value };
export const textOrBlank = (value: string): PlanCell => (value === '' ? null : { text: value });

/**
 * Fits every text cell of a block to Excel's cell limit, collecting a diagnostic per cut cell.
 * Runs over the finished block so the diagnostic names the cell where the text really lands.
 */
export function fitBlock(
  sheet: string,
  rows: readonly (readonly PlanCell[])[],
  diagnostics: PlanDiagnostic[],
): PlanCell[][] {
  return rows.map((row, r) =>
    row.map((cell, c) => {
      if (cell === null || !('text' in cell)) return cell;
      const fitted = fitCellText(cell.text, sheet, cellAddress(r, c));
      if (fitted.diagnostic === undefined) return cell;
      diagnostics.push(fitted.diagnostic);
      return { text: fitted.text };
    }),
  );
}

/** The header row: always text. */
export function headerRow(headers: readonly string[]): PlanCell[] {
  return headers.map(text);
}
