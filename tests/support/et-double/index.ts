export { ApplicationDouble, RangeDouble, WorksheetDouble } from './objects';
export { EtBookModel, EtSheetModel, EtDoubleError, typedEntry, type EtCell } from './model';
export { createEtHost, type EtHost } from './host';
