/** The progress report (整改进展情况): its content decided once, for the .docx and the 进展报告 sheet. */
export { buildReportModel, reportTitle, REPORT_TITLE_SUFFIX, type ReportInput } from './build';
export { diffLedgers, previousAsOf, type ReportChanges } from './changes';
export { measureLabel } from './measures';
export type * from './model';
export {
  reportBlocks,
  chineseDate,
  shortMeasureText,
  type ReportBlock,
  type ReportTable,
  type ReportCell,
} from './blocks';
export { reportSheet, spansOf, REPORT_SHEET } from './sheet';
