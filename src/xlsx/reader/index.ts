/** Our .xlsx/.xlsm reader: bytes in, grids and rich sheets out, no Node API (see read-workbook.ts). */
export { readWorkbook, type ReadOptions } from './read-workbook';
export {
  readFailureMessage,
  WorkbookReadError,
  type ReadFailureKey,
  type ReadLocale,
} from './messages';
export type * from './types';
