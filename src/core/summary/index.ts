/** The summaries' public surface, for the faces and shells. */
export { buildSummaries, buildSummaryPlan, type Summaries, type SummaryOptions } from './plan';
export { overdueOverview } from './overview';
export { summarizeLedger, TOTAL_LABEL } from './counts';
export { leaderSheetNames, isValidSheetName, sheetNameKey } from './sheet-names';
export { SummaryError } from './errors';
export { staleSummarySheets } from './stale';
export type * from './types';
