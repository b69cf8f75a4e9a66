import type { IsoDate } from '../dates';
import type { CellStyle, PlanCell, SheetPlan } from '../plan/types';
import { HEADER_STYLE as LEDGER_HEADER_STYLE } from '../workbook/palette';
import { FONT_NAME } from '../workbook/print';
import { SUMMARY_COLOURS } from './colours';

/** Small helpers shared by the overview and the leader sheets. */
export { DATE_FORMAT } from '../workbook/palette';

export const text = (value: string): PlanCell => ({ text: value });
export const num = (value: number): PlanCell => ({ number: value });
export const date = (value: IsoDate): PlanCell => ({ date: value });

/** The ledger's header look, so the summaries read as part of the same workbook. */
export const HEADER_STYLE: CellStyle = LEDGER_HEADER_STYLE;

export const LABEL_STYLE: CellStyle = { bold: true };

/** A style in the workbook's one named face (src/core/workbook/print.ts). */
export function fonted(style: CellStyle): CellStyle {
  return { ...style, fontName: FONT_NAME };
}

/** The one line that says whether the ledger the summary was built from has errors. */
export function ledgerCheckLine(errors: number): {
  readonly cell: PlanCell;
  readonly style: CellStyle;
} {
  if (errors === 0) return { cell: text('台账校验无错误'), style: {} };
  return {
    // Short enough to fit the merged cell on one line when printed.
    cell: text(`台账有 ${errors} 个错误：本汇总按台账现状统计，报送前请先校验并改正`),
    style: { bold: true, fontColor: SUMMARY_COLOURS.warning.fontColor },
  };
}

/** A sheet plan with the parts summaries never use left empty. */
export function sheet(
  parts: Pick<SheetPlan, 'name' | 'rows' | 'columns' | 'styles'> & Partial<SheetPlan>,
): SheetPlan {
  return { merges: [], validations: [], conditionalFormats: [], ...parts };
}

/** Link target for a sheet's A1, quoted as Excel wants (`'汇总-张三'!A1`). */
export function sheetLink(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!A1`;
}
