/** Re-import without losing a keystroke: the pure merge of a new list into an existing ledger. */
export { moveFormulaRow } from './formula';
export { headerRowOfRich } from './header-row';
export { importLogSheet, IMPORT_LOG_COLUMNS } from './import-log-sheet';
export { mergeLists } from './lists-merge';
export {
  mergeWorkbookPlan,
  type CellOverlay,
  type ExistingSheets,
  type MergeOptions,
  type SheetOverlay,
  type WorkbookMerge,
} from './merge-workbook';
export { hasChanges, reportLines, reportMessages, type MergeReport } from './report';
export * from './rich-cell';
export { ITEM_RULE, LEDGER_RULE, MILESTONE_RULE, REMOVED_MARKER } from './rules';
export { mergeSheet, type MergedRow, type MergedSheet, type SheetMergeRule } from './sheet-merge';
