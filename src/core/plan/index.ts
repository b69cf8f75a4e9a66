/** The workbook plan and its resolution: what every shell translates, decided once. */
export * from './types';
export { parseRange, rangeOf, type Box } from './a1';
export { BORDER_LINE } from './border';
export { textConstant } from './text-names';
export {
  refusalError,
  refusalSaid,
  refusalText,
  SheetConflictError,
  TableNameConflictError,
  type SheetRefusal,
} from './conflicts';
export { resolveLinks, type ResolvedLink } from './links';
export {
  resolvePlan,
  type Resolution,
  type ResolvedSheet,
  type ResolvedWorkbookPlan,
} from './resolve';
export {
  DEFAULT_DATE_FORMAT,
  layStyle,
  resolveStyles,
  styleKey,
  type ResolvedRange,
  type ResolvedStyles,
} from './resolve-styles';
export {
  decideSheets,
  EMPTY_WORKBOOK,
  type PlannedSheet,
  type SheetDecision,
  type SheetDecisions,
  type WorkbookState,
} from './sheet-decisions';
