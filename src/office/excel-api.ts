/**
 * The part of the Excel JavaScript API the shell uses, spelled with the property types of
 * @types/office-js. The real `Excel.RequestContext` must stay assignable to `XlContext` (checked at
 * the bottom), so the shell compiles against real Office.js, and the in-memory double in
 * tests/support/excel-double implements exactly this shape.
 *
 * Which API set each member needs is not written here: tests/office/api-set-audit.test.ts reads it
 * from the `[Api set: …]` annotations of @types/office-js and fails for anything newer than the
 * manifest's ExcelApi 1.8 that is not behind an `isSetSupported` check.
 */
export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync<T>(passThroughValue?: T): Promise<T>;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly names: XlNamedItemCollection;
  readonly tables: XlTableCollection;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames?: string | string[]): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet {
  name: Excel.Worksheet['name'];
  position: Excel.Worksheet['position'];
  visibility: Excel.Worksheet['visibility'];
  readonly isNullObject: boolean;
  tabColor: Excel.Worksheet['tabColor'];
  readonly tables: XlTableCollection;
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.9: only behind `isSetSupported` (see write-print.ts). */
  readonly pageLayout: XlPageLayout;
  load(propertyNames?: string | string[]): XlWorksheet;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  copy(
    positionType?: Excel.WorksheetPositionType | 'None' | 'Before' | 'After' | 'Beginning' | 'End',
    relativeTo?: XlWorksheet,
  ): XlWorksheet;
  activate(): void;
  delete(): void;
}

export interface XlPageLayout {
  orientation: Excel.PageLayout['orientation'];
  paperSize: Excel.PageLayout['paperSize'];
  zoom: Excel.PageLayout['zoom'];
  readonly headersFooters: XlHeaderFooterGroup;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XlHeaderFooterGroup {
  readonly defaultForAllPages: XlHeaderFooter;
}

export interface XlHeaderFooter {
  leftHeader: Excel.HeaderFooter['leftHeader'];
  centerHeader: Excel.HeaderFooter['centerHeader'];
  rightHeader: Excel.HeaderFooter['rightHeader'];
  leftFooter: Excel.HeaderFooter['leftFooter'];
  centerFooter: Excel.HeaderFooter['centerFooter'];
  rightFooter: Excel.HeaderFooter['rightFooter'];
}

export interface XlFreezePanes {
  freezeAt(frozenRange: XlRange | string): void;
  freezeColumns(count?: number): void;
  freezeRows(count?: number): void;
  unfreeze(): void;
}

export interface XlRange {
  values: Excel.Range['values'];
  /** A formula (with `=`) where the cell has one, else the constant. */
  formulas: Excel.Range['formulas'];
  numberFormat: Excel.Range['numberFormat'];
  hyperlink: Excel.Range['hyperlink'];
  readonly valueTypes: Excel.Range['valueTypes'];
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames?: string | string[]): XlRange;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  getCell(row: number, column: number): XlRange;
  getIntersectionOrNullObject(anotherRange: XlRange | string): XlRange;
}

export interface XlRangeFormat {
  columnWidth: Excel.RangeFormat['columnWidth'];
  rowHeight: Excel.RangeFormat['rowHeight'];
  wrapText: Excel.RangeFormat['wrapText'];
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  readonly font: XlRangeFont;
  readonly fill: XlRangeFill;
  readonly borders: XlRangeBorderCollection;
}

export interface XlRangeFont {
  name: Excel.RangeFont['name'];
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
  getItemAt(index: number): XlTable;
  getItemOrNullObject(key: string): XlTable;
}

export interface XlTable {
  name: Excel.Table['name'];
  style: Excel.Table['style'];
  readonly isNullObject: boolean;
  readonly worksheet: XlWorksheet;
  load(propertyNames?: string | string[]): XlTable;
  delete(): void;
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(propertyNames?: string | string[]): XlNamedItemCollection;
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlNamedItem {
  readonly name: string;
  readonly formula: Excel.NamedItem['formula'];
  readonly isNullObject: boolean;
  load(propertyNames?: string | string[]): XlNamedItem;
  delete(): void;
}

/** The members of `Excel.RunOptions` the shell sets. */
export interface XlRunOptions {
  readonly delayForCellEdit?: Excel.RunOptions['delayForCellEdit'];
  readonly mergeUndoGroup?: Excel.RunOptions['mergeUndoGroup'];
}

/** Runs a batch against Excel: `Excel.run` in the add-in, the double's `run` in tests. */
export interface XlRun {
  <T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T>;
  <T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
}

// Compile-time proof that real Office.js satisfies this subset: if @types/office-js changes a
// member the shell uses, these lines stop compiling.
type Assignable<T extends true> = T;
export type RealContextFits = Assignable<Excel.RequestContext extends XlContext ? true : false>;
export type RealRangeFits = Assignable<Excel.Range extends XlRange ? true : false>;
export type RealWorksheetFits = Assignable<Excel.Worksheet extends XlWorksheet ? true : false>;
export type RealRunOptionsFit = Assignable<Excel.RunOptions extends XlRunOptions ? true : false>;
