/// <reference types="wps-jsapi" />
/**
 * The part of the ET object model (WPS表格, the spreadsheet object model known from VBA, called
 * synchronously from JavaScript) the WPS shell uses. Everything the shell touches is declared
 * here and nowhere else; the strict double in tests/support/et-double implements exactly this.
 *
 * Checked at compile time against wps-jsapi 1.0.5 (Kingsoft's TypeScript description, pinned),
 * see the proofs at the bottom. wps-jsapi is generated from the COM type library, and the
 * generator leaves two marks the proofs have to allow for:
 * - every method, and every property read that takes arguments (`Range(...)`, `Item(...)`,
 *   `Address(...)`), is typed as returning `void`, the value it returns appearing as a trailing
 *   `RHS` parameter. The proofs therefore check names, parameters and property types, and take the
 *   return types from here (the ones VBA documents: `Worksheets.Item` gives a Worksheet).
 * - a few property types are wrong (`Range.Value2: number`, `Name.RefersTo: number`,
 *   `Worksheet.UsedRange: number`). Where the shell reads one, its type here is `unknown` or a
 *   union with the published type, and the shell narrows it at run time (`Value2` is a scalar for
 *   one cell and rows of values for a block; `UsedRange` must be a range).
 */

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow;
  /** Published as number; VBA's Boolean. */
  ScreenUpdating: boolean | number;
  /** Off while the shell deletes an owned sheet, which would otherwise ask (published number). */
  DisplayAlerts: boolean | number;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  ScrollColumn: number;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  readonly Names: EtNames;
  /** The active sheet (published as any). */
  readonly ActiveSheet: EtWorksheet | null;
}

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based position or the sheet's name; a missing sheet throws. */
  Item(index: number | string): EtWorksheet;
  /** A new sheet before `before` or after `after` (VBA: before the active sheet when neither). */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  /** 1-based position among the sheets. */
  readonly Index: number;
  /** -1 visible, 0 hidden (XL.sheetVisible, XL.sheetHidden). */
  Visible: number;
  /** Published as number; VBA's Boolean. */
  readonly ProtectContents: boolean | number;
  /** A Range (published as number: the shell checks it is a range). */
  readonly UsedRange: EtRange | number;
  readonly Cells: EtRange;
  readonly ListObjects: EtListObjects;
  readonly Hyperlinks: EtHyperlinks;
  readonly PageSetup: EtPageSetup;
  readonly Tab: EtTab;
  Range(cell1: string): EtRange;
  Activate(): void;
  Delete(): void;
  /** A copy of the sheet before `before` (or after `after`); the copy becomes the active sheet. */
  Copy(before?: EtWorksheet, after?: EtWorksheet): void;
}

export interface EtTab {
  /** BGR colour number (VBA's RGB()). */
  Color: unknown;
}

export interface EtRange {
  /** One cell: its value; several: rows of values (published as number). Dates are serials. */
  Value2: unknown;
  /** One cell: `=…` where the cell holds a formula, else its constant (published as number). */
  Formula: unknown;
  /** One cell: its format; a block: rows of formats, or null where they differ (published any). */
  NumberFormat: unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Count: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Worksheet: EtWorksheet;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  readonly Hyperlinks: EtHyperlinks;
  /** The cells' error checks (VBA `Range.Errors(xlNumberAsText).Ignore`). */
  readonly Errors: EtErrors;
  WrapText: unknown;
  HorizontalAlignment: unknown;
  VerticalAlignment: unknown;
  /** In characters of the default font (published any). */
  ColumnWidth: unknown;
  /** In points (published any). */
  RowHeight: unknown;
  MergeCells: unknown;
  /** `$A$1:$M$90` (a property read with arguments: a method here). */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  /** 1-based, relative to the range. */
  Item(row: number, column?: number): EtRange;
  Merge(across?: boolean): void;
  UnMerge(): void;
  Clear(): void;
  Select(): void;
}

export interface EtErrors {
  /** One error check by its XlErrorChecks number (a property read with an argument: a method). */
  Item(index: number): EtError;
}

export interface EtError {
  Ignore: boolean;
}

export interface EtInterior {
  Color: unknown;
}

export interface EtFont {
  Bold: unknown;
  Italic: unknown;
  Size: unknown;
  Color: unknown;
  Name: unknown;
}

export interface EtBorders {
  /** Set on the collection: every edge and inside line of the range. */
  LineStyle: unknown;
  Weight: unknown;
  /** BGR, as every ET colour. */
  Color: unknown;
}

export interface EtValidation {
  Add(
    type: number,
    alertStyle?: number,
    operator?: number,
    formula1?: string,
    formula2?: string,
  ): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  ShowInput: boolean;
  ShowError: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
}

export interface EtFormatConditions {
  readonly Count: number;
  /** Type 2 (xlExpression) with a formula: a rule that applies where the formula is true. */
  Add(type: number, operator?: number, formula1?: string): EtFormatCondition;
  /** 1-based. */
  Item(index: number): EtFormatCondition;
  Delete(): void;
}

export interface EtFormatCondition {
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Formula1: string;
  StopIfTrue: boolean;
  Priority: number;
  SetLastPriority(): void;
}

export interface EtListObjects {
  readonly Count: number;
  /** 1-based position or the table's name. */
  Item(index: number | string): EtListObject;
  /** Source type 1 (xlSrcRange), the range, no link, 1 (xlYes: has headers). */
  Add(sourceType: number, source: EtRange, linkSource?: unknown, hasHeaders?: number): EtListObject;
}

export interface EtListObject {
  Name: string;
  TableStyle: unknown;
  readonly Range: EtRange;
  Delete(): void;
}

export interface EtHyperlinks {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtHyperlink;
  /** A link on `anchor`: an external `address`, or `subAddress` inside the workbook. */
  Add(
    anchor: EtRange,
    address: string,
    subAddress?: string,
    screenTip?: string,
    textToDisplay?: string,
  ): unknown;
  Delete(): void;
}

export interface EtHyperlink {
  readonly Address: string;
  readonly SubAddress: string;
  readonly Range: EtRange;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: unknown;
  FitToPagesWide: unknown;
  FitToPagesTall: unknown;
  PrintTitleRows: string;
  LeftHeader: string;
  CenterHeader: string;
  RightHeader: string;
  LeftFooter: string;
  CenterFooter: string;
  RightFooter: string;
  /** In points. */
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
}

export interface EtNames {
  readonly Count: number;
  /** 1-based position or the name; a missing name throws. */
  Item(index: number | string): EtName;
  Add(name: string, refersTo: string): EtName;
}

export interface EtName {
  /** Published as number; a string. */
  readonly Name: string | number;
  /** `='台账'!$A$1` (published as number). */
  readonly RefersTo: string | number;
  Delete(): void;
}

/** The ET constants the shell passes, with their values from wps-jsapi's enums (proved below). */
export const XL = {
  expression: 2,
  validateList: 3,
  validateDate: 4,
  validAlertStop: 1,
  between: 1,
  srcRange: 1,
  yes: 1,
  continuous: 1,
  thin: 2,
  landscape: 2,
  portrait: 1,
  paperA4: 9,
  numberAsText: 3,
  sheetVisible: -1,
  sheetHidden: 0,
  left: -4131,
  center: -4108,
  right: -4152,
  top: -4160,
  bottom: -4107,
} as const;

// ---- Compile-time proofs against wps-jsapi ----

type Assignable<T extends true> = T;

/** Our declaration as a check on the published one: method returns left open (see above). */
type Loose<T> = { [K in keyof T]: LooseValue<T[K]> };
type LooseValue<V> = V extends (...args: infer A) => unknown
  ? (...args: A) => unknown
  : V extends object
    ? Loose<V>
    : V;

/** Every member we declare exists in the published interface, with a type that fits ours. */
type Fits<Published, Ours> = [Exclude<keyof Ours, keyof Published>] extends [never]
  ? Published extends Loose<Ours>
    ? true
    : false
  : false;

export type ApplicationFits = Assignable<Fits<Et.EtApplication, EtApplication>>;
export type WorkbookFits = Assignable<Fits<Et.EtWorkbook, EtWorkbook>>;
export type WorksheetsFit = Assignable<Fits<Et.EtSheets, EtWorksheets>>;
export type WorksheetFits = Assignable<Fits<Et.EtWorksheet, EtWorksheet>>;
export type RangeFits = Assignable<Fits<Et.EtRange, EtRange>>;
export type WindowFits = Assignable<Fits<Et.EtWindow, EtWindow>>;
export type ValidationFits = Assignable<Fits<Et.EtValidation, EtValidation>>;
export type FormatConditionsFit = Assignable<Fits<Et.EtFormatConditions, EtFormatConditions>>;
export type FormatConditionFits = Assignable<Fits<Et.EtFormatCondition, EtFormatCondition>>;
export type ListObjectsFit = Assignable<Fits<Et.EtListObjects, EtListObjects>>;
export type ListObjectFits = Assignable<Fits<Et.EtListObject, EtListObject>>;
export type HyperlinksFit = Assignable<Fits<Et.EtHyperlinks, EtHyperlinks>>;
export type HyperlinkFits = Assignable<Fits<Et.EtHyperlink, EtHyperlink>>;
export type PageSetupFits = Assignable<Fits<Et.EtPageSetup, EtPageSetup>>;
export type NamesFit = Assignable<Fits<Et.EtNames, EtNames>>;
export type NameFits = Assignable<Fits<Et.EtName, EtName>>;
export type TabFits = Assignable<Fits<Et.EtTab, EtTab>>;
export type FontFits = Assignable<Fits<Et.EtFont, EtFont>>;
export type InteriorFits = Assignable<Fits<Et.EtInterior, EtInterior>>;
export type BordersFit = Assignable<Fits<Et.EtBorders, EtBorders>>;
export type ErrorsFit = Assignable<Fits<Et.EtErrors, EtErrors>>;
export type ErrorFits = Assignable<Fits<Et.EtError, EtError>>;

// The constants are the enum values wps-jsapi publishes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type ConstantsFit = Assignable<
  Same<typeof XL.expression, Et.EtXlFormatConditionType.xlExpression> &
    Same<typeof XL.validateList, Et.EtXlDVType.xlValidateList> &
    Same<typeof XL.validateDate, Et.EtXlDVType.xlValidateDate> &
    Same<typeof XL.validAlertStop, Et.EtXlDVAlertStyle.xlValidAlertStop> &
    Same<typeof XL.srcRange, Et.EtXlListObjectSourceType.xlSrcRange> &
    Same<typeof XL.yes, Et.EtXlYesNoGuess.xlYes> &
    Same<typeof XL.landscape, Et.EtXlPageOrientation.xlLandscape> &
    Same<typeof XL.portrait, Et.EtXlPageOrientation.xlPortrait> &
    Same<typeof XL.paperA4, Et.EtXlPaperSize.xlPaperA4> &
    Same<typeof XL.numberAsText, Et.EtXlErrorChecks.xlNumberAsText> &
    Same<typeof XL.between, Et.EtXlFormatConditionOperator.xlBetween> &
    Same<typeof XL.sheetVisible, Et.EtXlSheetVisibility.xlSheetVisible> &
    Same<typeof XL.sheetHidden, Et.EtXlSheetVisibility.xlSheetHidden> &
    Same<typeof XL.continuous, Et.EtXlLineStyle.xlContinuous> &
    Same<typeof XL.thin, Kso.KsoXlBorderWeight.xlThin> &
    Same<typeof XL.left, Kso.KsoXlHAlign.xlHAlignLeft> &
    Same<typeof XL.center, Kso.KsoXlHAlign.xlHAlignCenter> &
    Same<typeof XL.right, Kso.KsoXlHAlign.xlHAlignRight> &
    Same<typeof XL.top, Kso.KsoXlVAlign.xlVAlignTop> &
    Same<typeof XL.center, Kso.KsoXlVAlign.xlVAlignCenter> &
    Same<typeof XL.bottom, Kso.KsoXlVAlign.xlVAlignBottom>
>;
