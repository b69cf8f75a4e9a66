/**
 * The part of the Excel JavaScript API (ExcelApi 1.8 and older) the shell uses, spelled with the
 * property types of @types/office-js. The real `Excel.RequestContext` must stay assignable to
 * `XlContext` (checked at the bottom), so the shell compiles against real Office.js, and the
 * in-memory double in tests/support/excel-double implements exactly this shape.
 *
 * Members newer than ExcelApi 1.8 (e.g. `Worksheet.pageLayout`, 1.9) are deliberately absent.
 */
export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync<T>(passThroughValue?: T): Promise<T>;
}

export interface XlApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  /** ExcelApi 1.1 (workbook-scoped add/delete: 1.4). */
  readonly names: XlNamedItemCollection;
  readonly tables: XlTableCollection;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames?: string | string[]): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet {
  readonly name: Excel.Worksheet['name'];
  readonly position: Excel.Worksheet['position'];
  readonly isNullObject: boolean;
  /** ExcelApi 1.7. */
  tabColor: Excel.Worksheet['tabColor'];
  readonly tables: XlTableCollection;
  /** ExcelApi 1.7. */
  readonly freezePanes: XlFreezePanes;
  load(propertyNames?: string | string[]): XlWorksheet;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlFreezePanes {
  freezeAt(frozenRange: XlRange | string): void;
  freezeColumns(count?: number): void;
  freezeRows(count?: number): void;
  unfreeze(): void;
}

export interface XlRange {
  values: Excel.Range['values'];
  numberFormat: Excel.Range['numberFormat'];
  readonly valueTypes: Excel.Range['valueTypes'];
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  readonly format: XlRangeFormat;
  /** ExcelApi 1.8. */
  readonly dataValidation: XlDataValidation;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames?: string | string[]): XlRange;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  /** ExcelApi 1.2. */
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
}

export interface XlRangeFormat {
  columnWidth: Excel.RangeFormat['columnWidth'];
  wrapText: Excel.RangeFormat['wrapText'];
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  readonly font: XlRangeFont;
  readonly fill: XlRangeFill;
  readonly borders: XlRangeBorderCollection;
}

export interface XlRangeFont {
  bold: Excel.RangeFont['bold'];
  italic: Excel.RangeFont['italic'];
  size: Excel.RangeFont['size'];
  color: Excel.RangeFont['color'];
}

export interface XlRangeFill {
  color: Excel.RangeFill['color'];
}

export type XlBorderIndex =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface XlRangeBorderCollection {
  getItem(index: XlBorderIndex): XlRangeBorder;
}

export interface XlRangeBorder {
  style: Excel.RangeBorder['style'];
  color: Excel.RangeBorder['color'];
}

export interface XlDataValidation {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
  clear(): void;
}

export interface XlConditionalFormatCollection {
  add(type: 'Custom'): XlConditionalFormat;
  clearAll(): void;
}

export interface XlConditionalFormat {
  priority: Excel.ConditionalFormat['priority'];
  stopIfTrue: Excel.ConditionalFormat['stopIfTrue'];
  readonly custom: XlCustomConditionalFormat;
}

export interface XlCustomConditionalFormat {
  readonly rule: { formula: Excel.ConditionalFormatRule['formula'] };
  readonly format: {
    readonly fill: { color: Excel.ConditionalRangeFill['color'] };
    readonly font: { color: Excel.ConditionalRangeFont['color'] };
  };
}

export interface XlTableCollection {
  readonly items: XlTable[];
  load(propertyNames?: string | string[]): XlTableCollection;
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): XlTable;
}

export interface XlTable {
  name: Excel.Table['name'];
  style: Excel.Table['style'];
  readonly isNullObject: boolean;
  /** ExcelApi 1.2. */
  readonly worksheet: XlWorksheet;
  load(propertyNames?: string | string[]): XlTable;
  delete(): void;
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(propertyNames?: string | string[]): XlNamedItemCollection;
  /** ExcelApi 1.4. */
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlNamedItem {
  readonly name: string;
  /** ExcelApi 1.7. */
  readonly formula: Excel.NamedItem['formula'];
  readonly isNullObject: boolean;
  load(propertyNames?: string | string[]): XlNamedItem;
  /** ExcelApi 1.4. */
  delete(): void;
}

/** Runs a batch against Excel: `Excel.run` in the add-in, the double's `run` in tests. */
export type XlRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

// Compile-time proof that real Office.js satisfies this subset: if @types/office-js changes a
// member the shell uses, these lines stop compiling.
type Assignable<T extends true> = T;
export type RealContextFits = Assignable<Excel.RequestContext extends XlContext ? true : false>;
export type RealRangeFits = Assignable<Excel.Range extends XlRange ? true : false>;
export type RealWorksheetFits = Assignable<Excel.Worksheet extends XlWorksheet ? true : false>;
