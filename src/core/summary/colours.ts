/**
 * Row colours of the summary sheets. They match the ledger's highlighting (Excel's standard
 * "light red fill with dark red text" and "yellow fill with dark yellow text"), so a red row means
 * the same thing on 台账 and on 汇总-<姓名>.
 * TODO(merge): use the workbook plan's colour constants once they are on main.
 */
export const SUMMARY_COLOURS = {
  overdue: { fill: '#FFC7CE', fontColor: '#9C0006' },
  dueSoon: { fill: '#FFEB9C', fontColor: '#9C5700' },
  header: { fill: '#D9E1F2' },
  warning: { fontColor: '#C00000' },
} as const;
