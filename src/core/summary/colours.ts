import { MARK_COLOURS } from '../workbook/palette';

/**
 * Row colours of the summary sheets: the ledger's own (src/core/workbook/palette.ts), so a red row
 * means the same on 台账 and on 汇总-<姓名>.
 */
export const SUMMARY_COLOURS = {
  overdue: MARK_COLOURS.overdue,
  dueSoon: MARK_COLOURS.dueSoon,
  warning: { fontColor: '#C00000' },
} as const;
