import type { Grid, GridCell, WorkbookSnapshot } from '../../core/grid';

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet';
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A sheet as the workbook part lists it, in workbook order. */
export interface SheetInfo {
  readonly name: string;
  readonly kind: SheetKind;
  readonly state: SheetState;
  readonly sheetId: number | null;
  /** The relationship id in workbook.xml (`r:id`). */
  readonly relationshipId: string;
  /** The sheet's part in the package (`xl/worksheets/sheet1.xml`), null if its target is missing. */
  readonly part: string | null;
}

export interface DefinedNameInfo {
  readonly name: string;
  /** The formula text as stored (no leading `=`). */
  readonly reference: string;
  /** Index into `sheets` for a sheet-scoped name, null for a workbook-level one. */
  readonly localSheet: number | null;
  readonly hidden: boolean;
}

export interface Producer {
  /** docProps/app.xml's Application, or `WPS Office` when only WPS's custom property tells. */
  readonly application: string;
  /** AppVersion, or WPS's `KSOProductBuildVer` when present; null when neither is there. */
  readonly version: string | null;
}

export interface HyperlinkInfo {
  /** An external target (URL, file) from the sheet's relationships; null for an in-book link. */
  readonly target: string | null;
  /** An in-book location (`'Sheet 2'!A1`), null when absent. */
  readonly location: string | null;
  readonly tooltip: string | null;
  readonly display: string | null;
}

/**
 * How a cell's text is stored, for a writer that carries it exactly: a shared-string index
 * (`t="s"`), or an inline string's rich runs (the XML inside an unprefixed `<is>` that has `<r>`).
 */
export type StoredText = { readonly shared: number } | { readonly inline: string };

/** One cell with everything a writer needs to carry it over (see `readRichSheet`). */
export interface RichCell {
  /** Zero-based, as in `Grid`. */
  readonly row: number;
  readonly column: number;
  /** The cell's own value as the grid gives it (a merged area's other cells included here). */
  readonly value: GridCell;
  /** The formula text without `=`, shared formulas expanded to this cell; null when none. */
  readonly formula: string | null;
  /** For an array formula (`t="array"`), its range; null otherwise. */
  readonly arrayRange: string | null;
  readonly hyperlink: HyperlinkInfo | null;
  /** The style index `s` as in the file (0 when absent): an index into styles.xml's cellXfs. */
  readonly style: number;
  /** The number format code of that style (`General` for none). */
  readonly numberFormat: string;
  /** Its text as stored, when that is a shared string or rich inline runs; null otherwise. */
  readonly stored: StoredText | null;
}

export interface NoteInfo {
  /** The cell, A1 (`H12`). */
  readonly ref: string;
  readonly author: string;
  /** Plain text of the note (rich runs joined). */
  readonly text: string;
}

export interface RichSheet {
  readonly name: string;
  /** Cells present in the file, row by row, left to right (empty cells with a style included). */
  readonly cells: readonly RichCell[];
  /** Merged ranges as stored (`A1:C3`). */
  readonly merges: readonly string[];
  /** Legacy notes (批注) from the sheet's comments part; [] when none. */
  readonly notes: readonly NoteInfo[];
}

/** A workbook read from bytes. Sheets are read when first asked for, then kept. */
export interface WorkbookReading extends WorkbookSnapshot {
  readonly format: 'xlsx' | 'xlsm';
  readonly date1904: boolean;
  /** Every sheet, workbook order, any kind. (`sheetNames` lists the worksheets only.) */
  readonly sheets: readonly SheetInfo[];
  readonly definedNames: readonly DefinedNameInfo[];
  /** The workbook part's name in the package (`xl/workbook.xml` in most files). */
  readonly workbookPart: string;
  /** docProps/app.xml (+ WPS's custom property); null when the package has neither. */
  producer(): Producer | null;
  /** The worksheet of that name (exact, else ignoring case), without reading it; null if none. */
  worksheet(sheet: string): SheetInfo | null;
  /** A worksheet's values as the core reads them; null when there is no worksheet of that name. */
  grid(sheet: string): Grid | null;
  /** A worksheet cell by cell with formulas, links, styles and notes; null as for `grid`. */
  richSheet(sheet: string): RichSheet | null;
}
