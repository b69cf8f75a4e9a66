/** The monthly cycle: split the ledger per unit, collect the returned files, report upward. */
export { buildSplit, masterTable, BASE_SHEET, type UnitFile, type SplitInput } from './split';
export { collectReturns, addedRowMark } from './collect';
export { entryCell, entryWhat, shownValue } from './entry-text';
export type * from './collect-types';
export {
  collectLogSheet,
  COLLECT_LOG_SHEET,
  COLLECT_LOG_COLUMNS,
  KIND_LABELS,
} from './collect-log';
export { ledgerIdentity, type LedgerIdentity } from './identity';
export {
  readMarker,
  markerNames,
  ledgerIdNames,
  LEDGER_ID_NAME,
  MARKER_NAMES,
  type CycleMarker,
} from './marker';
export { CycleError } from './errors';
export { unitFileNames, unitsOfLedger } from './units';
