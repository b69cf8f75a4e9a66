import type { IsoDate } from '../dates';

/**
 * A workbook plan: everything a shell needs to lay out sheets, as plain data.
 * Shells (ExcelJS in src/xlsx, Office.js in src/office) carry it out and decide nothing.
 * Ranges are A1 references local to the sheet (`A1:M90`); row/column indexes are zero-based.
 */
export type PlanCell =
  | null
  /** Always stored as text, never as a formula, even when it starts with `=`. */
  | { readonly text: string }
  | { readonly number: number }
  | { readonly date: IsoDate }
  | { readonly bool: boolean }
  /**
   * A formula the product wrote itself (never document text), without the leading `=`; `cached`
   * is its text result as of writing, stored beside it so readers that do not calculate (ours,
   * openpyxl) see what Excel and LibreOffice show.
   */
  | { readonly formula: string; readonly cached?: string }
  /** A link inside the workbook, e.g. to `'台账'!H12`. */
  | { readonly link: { readonly text: string; readonly target: string } };

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** `#RRGGBB`. */
  readonly fontColor?: string;
  /** `#RRGGBB`. */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly numberFormat?: string;
  readonly border?: boolean;
  /** Font face, e.g. a CJK font that Excel, WPS and LibreOffice all map (shells write it as given). */
  readonly fontName?: string;
}

export interface ColumnPlan {
  /** Width in Excel character units. */
  readonly width: number;
  readonly style?: CellStyle;
}

export interface RangeStyle {
  readonly range: string;
  readonly style: CellStyle;
}

export interface TablePlan {
  readonly name: string;
  /** Header row plus body, e.g. `A1:M90`. */
  readonly range: string;
  readonly style: string;
}

export type ValidationRule =
  | { readonly kind: 'list'; readonly source: string /* a formula without `=`, e.g. a range */ }
  | { readonly kind: 'date'; readonly min: IsoDate; readonly max: IsoDate };

export interface ValidationPlan {
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowBlank: boolean;
  readonly prompt: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
}

export interface ConditionalFormatPlan {
  readonly range: string;
  /** A formula without `=`, relative to the range's top-left cell; may use TODAY(). */
  readonly formula: string;
  readonly style: { readonly fill?: string; readonly fontColor?: string };
  /** Lower comes first; the first true rule wins. */
  readonly priority: number;
  readonly stopIfTrue: boolean;
}

export interface PrintPlan {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. `1:1`. */
  readonly repeatRows?: string;
  /** Running header in Excel's header/footer codes (`&L…&C…&R…`, `&P` page, `&N` pages, `&A` sheet). */
  readonly header?: string;
  /** Running footer, same codes, e.g. `&C第 &P 页 共 &N 页`. */
  readonly footer?: string;
}

export interface SheetPlan {
  readonly name: string;
  /** Cell values from A1, row by row: written as one 2D block. */
  readonly rows: readonly (readonly PlanCell[])[];
  readonly columns: readonly ColumnPlan[];
  readonly styles: readonly RangeStyle[];
  readonly merges: readonly string[];
  readonly table?: TablePlan;
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /**
   * Row heights in points, index 0 = row 1; null or missing keeps the host's default. Set where
   * wrapped text needs several lines, because not every host grows rows by itself (LibreOffice
   * keeps the file's heights when printing).
   */
  readonly rowHeights?: readonly (number | null)[];
  readonly print?: PrintPlan;
  /** `#RRGGBB`. */
  readonly tabColor?: string;
  /**
   * Ranges holding text that looks like a number on purpose (措施序号 `1`): shells that can record
   * Excel's ignored error (numberStoredAsText) do, so no green triangle marks every row.
   */
  readonly textNumbers?: readonly string[];
  /**
   * Sheet protection without a password (a guide for users, not security): every cell is locked
   * except the `unlocked` ranges; sorting, filtering and formatting stay allowed.
   */
  readonly protection?: { readonly unlocked: readonly string[] };
  /** A sheet the user need not see (kept in the file, listed by Excel under 取消隐藏). */
  readonly hidden?: boolean;
}

/** A workbook-level defined name whose value is a text constant (`="…"`), e.g. a file's marker. */
export interface PlanTextName {
  readonly name: string;
  readonly text: string;
}

/** Something the plan had to change to fit Excel (e.g. text cut at the cell limit): never silent. */
export interface PlanDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly sheet: string;
  /** A1 address such as `C12`, or empty. */
  readonly cell: string;
  /** Chinese message. */
  readonly message: string;
  readonly messageEn: string;
}

export interface WorkbookPlan {
  /** Sheets in workbook order. Every one is owned by the product (see ownership). */
  readonly sheets: readonly SheetPlan[];
  /** What the plan had to change to fit Excel; shells carry the plan out regardless. */
  readonly diagnostics?: readonly PlanDiagnostic[];
  /** Workbook-level text names to set (replacing any of the same name); others are untouched. */
  readonly textNames?: readonly PlanTextName[];
}
