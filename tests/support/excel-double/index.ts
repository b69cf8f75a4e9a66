export { ExcelDouble, type ExcelDoubleOptions } from './excel';
export { OfficeDouble, type OfficeDoubleOptions, type ShownDialog } from './office';
export { ExcelDoubleError, ErrorCode } from './errors';
export { FaultCode } from './faults';
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, type RequestRecord } from './context';
export { WorkbookModel, SheetModel, type Cell, type WorkbookSnapshotData } from './model';
export { parseLocalAddress, rectAddress, type Rect } from './a1';
export { createDoubleHost, type DoubleHost } from './host';
