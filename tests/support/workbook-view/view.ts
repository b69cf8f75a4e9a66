/**
 * A workbook as a person sees it, as plain data: the common ground on which the file writer's
 * output (read back through our reader and the package XML) and a host double's state are
 * compared cell for cell. Every field is what the host shows, not how it was written: a style
 * nobody set is the host's default, a border is four edges, a width is in points.
 */

export interface CellLook {
  /** The value as the host holds it: text, a number (dates as serials), a boolean, `=formula`. */
  readonly value: string | number | boolean | null;
  readonly numberFormat: string;
  /** `#RRGGBB`, or null for no fill. */
  readonly fill: string | null;
  readonly font: {
    readonly name: string;
    readonly size: number;
    readonly bold: boolean;
    readonly italic: boolean;
    readonly color: string;
  };
  readonly horizontal: 'left' | 'center' | 'right' | null;
  readonly vertical: 'top' | 'middle' | 'bottom';
  readonly wrap: boolean;
  /** Each edge's line colour (`#RRGGBB`), or null for none. */
  readonly border: {
    readonly top: string | null;
    readonly bottom: string | null;
    readonly left: string | null;
    readonly right: string | null;
  };
}

export interface ValidationLook {
  readonly range: string;
  readonly kind: 'list' | 'date';
  /** The list's source formula without `=`, or the date bounds as serials. */
  readonly formulas: readonly (string | number)[];
  readonly allowBlank: boolean;
  readonly prompt: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
}

export interface ConditionalLook {
  readonly range: string;
  /** Without `=`. */
  readonly formula: string;
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly stopIfTrue: boolean;
}

/** The three parts of a running header or footer, in Excel's codes (`&P`, `&&` …). */
export interface HeaderFooterLook {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** How a sheet prints, as Excel's page setup dialog shows it. */
export interface PrintLook {
  readonly orientation: 'portrait' | 'landscape';
  /** Excel's paper-size number (9: A4). */
  readonly paperSize: number;
  /** Fitted to pages wide × tall (tall 0: as many as needed), or null when printed at a scale. */
  readonly fitTo: { readonly wide: number; readonly tall: number } | null;
  /** Rows repeated at the top of every page (`$5:$5`), or null. */
  readonly titleRows: string | null;
  readonly header: HeaderFooterLook;
  readonly footer: HeaderFooterLook;
  /** In points. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
}

export interface SheetLook {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly tabColor: string | null;
  /** A1 → look, over the sheet's area and the row below it (what a person adds a row into). */
  readonly cells: Readonly<Record<string, CellLook>>;
  readonly merges: readonly string[];
  /** A1 → the in-workbook place and the text shown. */
  readonly links: Readonly<Record<string, { readonly location: string; readonly text: string }>>;
  readonly validations: readonly ValidationLook[];
  /** In evaluation order (the first true rule wins). */
  readonly conditionalFormats: readonly ConditionalLook[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** Column letter → width in points, for the columns given one. */
  readonly widths: Readonly<Record<string, number>>;
  /** Sheet row (1-based) → height in points, for the rows given one. */
  readonly heights: Readonly<Record<string, number>>;
  readonly table: { readonly name: string; readonly range: string; readonly style: string } | null;
  /** The page setup, or null where none was given (the host's defaults). */
  readonly print: PrintLook | null;
  /** Ranges whose number-stored-as-text mark (Excel's green triangle) is switched off, sorted. */
  readonly numberAsTextIgnored: readonly string[];
}

export interface WorkbookLook {
  /** In workbook order. */
  readonly sheets: readonly SheetLook[];
  /** Workbook-level defined names (`name → formula without =`), sorted by name. */
  readonly names: readonly { readonly name: string; readonly reference: string }[];
}

/** The area a look covers: rows × columns from A1. */
export interface Area {
  readonly rows: number;
  readonly columns: number;
}

/** `#rrggbb`/`FFRRGGBB` → `#RRGGBB`. */
export function colour(value: string): string {
  const hex = value.replace(/^#/, '').toUpperCase();
  return `#${hex.length === 8 ? hex.slice(2) : hex}`;
}

/** Excel's look of a cell nobody formatted, in a workbook whose default font is Calibri 11. */
export const PLAIN_FONT = {
  name: 'Calibri',
  size: 11,
  bold: false,
  italic: false,
  color: '#000000',
} as const;

/** Column width in characters (as stored in a file) → points, through Excel's pixels. */
export function widthInPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/** `&L左&C中&R右` as its three parts; `&&` (a literal ampersand) stays as written. */
export function headerFooterParts(code: string): HeaderFooterLook {
  const out = { left: '', center: '', right: '' };
  let part: keyof typeof out = 'center';
  for (let i = 0; i < code.length; i++) {
    const two = code.slice(i, i + 2);
    if (two === '&L' || two === '&C' || two === '&R') {
      part = two === '&L' ? 'left' : two === '&C' ? 'center' : 'right';
      i++;
    } else if (two === '&&') {
      out[part] += two;
      i++;
    } else out[part] += code[i];
  }
  return out;
}
