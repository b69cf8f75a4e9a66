import { excelSerialFromIso } from '../../../src/core/dates';
import { type Rect, contains, intersects } from '../excel-double/a1';

/**
 * The workbook state behind the ET double: what WPS表格 holds after each call (the ET object
 * model is synchronous, so every call changes it at once). Tests read it directly.
 */
export type EtValue = string | number | boolean;

export interface EtCell {
  /** The constant, or a formula's cached result (the double computes none: undefined). */
  value: EtValue | undefined;
  /** With the leading `=`. */
  formula?: string;
  /** The cell's own format; absent: its column's (or row's) format, else General. */
  numberFormat?: string;
  /** Text typed with a leading apostrophe. */
  prefixed?: boolean;
}

export interface StyleEntry {
  readonly rect: Rect;
  /** e.g. `Interior.Color`, `Font.Bold`, `Borders.LineStyle`, `ColumnWidth`. */
  readonly path: string;
  readonly value: unknown;
}

export interface EtValidationModel {
  rect: Rect;
  type: number;
  alertStyle: number;
  operator: number | undefined;
  formula1: string;
  formula2: string | undefined;
  ignoreBlank: boolean;
  inCellDropdown: boolean;
  inputTitle: string;
  inputMessage: string;
  errorTitle: string;
  errorMessage: string;
  showInput: boolean;
  showError: boolean;
}

export interface EtConditionModel {
  rect: Rect;
  type: number;
  formula: string;
  fill: unknown;
  fontColor: unknown;
  stopIfTrue: boolean;
}

export interface EtTableModel {
  name: string;
  style: unknown;
  rect: Rect;
}

export interface EtLinkModel {
  readonly row: number;
  readonly column: number;
  address: string;
  subAddress: string;
}

export class EtDoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EtDoubleError';
  }
}

export const fail = {
  outOfRange: (what: string) =>
    new EtDoubleError('SubscriptOutOfRange', `下标越界 (subscript out of range): ${what}`),
  protectedSheet: (sheet: string) =>
    new EtDoubleError(
      'ProtectedSheet',
      `您试图更改的单元格或图表位于受保护的工作表中 (the cell is on the protected sheet ${sheet})`,
    ),
  badName: (name: string, why: string) =>
    new EtDoubleError('InvalidSheetName', `工作表名称无效 (invalid sheet name "${name}"): ${why}`),
  invalid: (detail: string) =>
    new EtDoubleError('InvalidArgument', `参数无效 (invalid argument): ${detail}`),
  alert: (what: string) =>
    new EtDoubleError(
      'WouldAsk',
      `WPS 会弹出确认对话框 (WPS would ask the user first: ${what}; set DisplayAlerts = false)`,
    ),
};

export class EtSheetModel {
  name: string;
  protected = false;
  /** -1 visible, 0 hidden, 2 very hidden. */
  visible = -1;
  /** The workbook, for the fault injection every write passes through. */
  owner: EtBookModel | null = null;
  tabColor: unknown = undefined;
  /** Sparse rows; row 0 is sheet row 1. */
  readonly cells: (EtCell | undefined)[][] = [];
  styles: StyleEntry[] = [];
  validations: EtValidationModel[] = [];
  /** In priority order. */
  conditions: EtConditionModel[] = [];
  merges: Rect[] = [];
  tables: EtTableModel[] = [];
  links: EtLinkModel[] = [];
  freeze = { rows: 0, columns: 0 };
  readonly page: Record<string, unknown> = {
    Orientation: 1,
    PaperSize: 9,
    Zoom: 100,
    FitToPagesWide: 1,
    FitToPagesTall: 1,
    PrintTitleRows: '',
    LeftHeader: '',
    CenterHeader: '',
    RightHeader: '',
    LeftFooter: '',
    CenterFooter: '',
    RightFooter: '',
    // A new sheet's margins in points: Excel's and WPS's "Normal" (0.7, 0.75 and 0.3 inch).
    LeftMargin: 50.4,
    RightMargin: 50.4,
    TopMargin: 54,
    BottomMargin: 54,
    HeaderMargin: 21.6,
    FooterMargin: 21.6,
  };
  /** Ranges whose number-stored-as-text check is ignored (Range.Errors(xlNumberAsText).Ignore). */
  numberAsTextIgnored: Rect[] = [];
  deleted = false;

  constructor(name: string) {
    this.name = name;
  }

  /** A copy (Worksheet.Copy): everything but the name, table names made unique by the caller. */
  clone(name: string): EtSheetModel {
    const copy = new EtSheetModel(name);
    this.cells.forEach((row, r) => {
      if (row) copy.cells[r] = row.map((c) => (c ? { ...c } : undefined));
    });
    copy.styles = [...this.styles];
    copy.validations = this.validations.map((v) => ({ ...v }));
    copy.conditions = this.conditions.map((c) => ({ ...c }));
    copy.merges = [...this.merges];
    copy.tables = this.tables.map((t) => ({ ...t }));
    copy.links = this.links.map((l) => ({ ...l }));
    copy.freeze = { ...this.freeze };
    copy.numberAsTextIgnored = [...this.numberAsTextIgnored];
    Object.assign(copy.page, this.page);
    copy.tabColor = this.tabColor;
    copy.owner = this.owner;
    return copy;
  }

  cell(r: number, c: number): EtCell | undefined {
    return this.cells[r]?.[c];
  }

  ensureCell(r: number, c: number): EtCell {
    const row = (this.cells[r] ??= []);
    return (row[c] ??= { value: undefined });
  }

  /** The format a cell shows: its own, else the last whole-column or row format covering it. */
  formatAt(r: number, c: number): string {
    return (
      this.cell(r, c)?.numberFormat ??
      (this.styleAt(r, c, 'NumberFormat') as string | undefined) ??
      'General'
    );
  }

  /** The bounding box from A1... of cells with content or a format (as VBA's UsedRange). */
  usedRect(): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (
          !cell ||
          (cell.value === undefined &&
            cell.formula === undefined &&
            cell.numberFormat === 'General')
        )
          return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** The last style written to `path` that covers the cell. */
  styleAt(r: number, c: number, path: string): unknown {
    for (let i = this.styles.length - 1; i >= 0; i--) {
      const s = this.styles[i]!;
      if (s.path === path && contains(s.rect, r, c)) return s.value;
    }
    return undefined;
  }

  clearRect(rect: Rect): void {
    for (let r = rect.top; r <= Math.min(rect.bottom, this.cells.length - 1); r++) {
      const row = this.cells[r];
      if (!row) continue;
      for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) row[c] = undefined;
    }
    const inside = (x: Rect) =>
      x.top >= rect.top && x.bottom <= rect.bottom && x.left >= rect.left && x.right <= rect.right;
    this.styles = this.styles.filter((s) => !inside(s.rect));
    this.merges = this.merges.filter((m) => !intersects(m, rect));
    this.validations = this.validations.filter((v) => !inside(v.rect));
    this.conditions = this.conditions.filter((f) => !inside(f.rect));
    this.links = this.links.filter((l) => !contains(rect, l.row, l.column));
    this.numberAsTextIgnored = this.numberAsTextIgnored.filter((x) => !inside(x));
  }
}

export interface EtNameModel {
  name: string;
  refersTo: string;
}

export class EtBookModel {
  readonly sheets: EtSheetModel[] = [];
  names: EtNameModel[] = [];
  active: EtSheetModel | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Split and freeze of the one window, applied to the active sheet. */
  window = { splitRow: 0, splitColumn: 0, scrollRow: 1, scrollColumn: 1 };
  alertsShown = 0;
  /** Application.DisplayAlerts: while on, deleting a sheet would ask the user. */
  alertsOn = true;

  /** Writes allowed before the next one fails (fault injection); Infinity: none fails. */
  writesLeft = Infinity;

  constructor(names: readonly string[]) {
    for (const n of names) {
      const sheet = new EtSheetModel(n);
      sheet.owner = this;
      this.sheets.push(sheet);
    }
    this.active = this.sheets[0] ?? null;
  }

  /** Every write passes here: the injected fault fires once, when the count runs out. */
  countWrite(): void {
    if (this.writesLeft <= 0) {
      this.writesLeft = Infinity;
      throw new EtDoubleError(
        'Injected',
        'WPS 出现内部错误 (an injected failure of the ET double)',
      );
    }
    this.writesLeft--;
  }

  /** Everything a person could see in the workbook, as plain data, to compare before and after. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visible: s.visible,
        cells: s.cells,
        styles: s.styles,
        validations: s.validations,
        conditions: s.conditions,
        merges: s.merges,
        tables: s.tables,
        links: s.links,
        freeze: s.freeze,
        page: s.page,
        numberAsTextIgnored: s.numberAsTextIgnored,
      })),
      names: this.names,
    };
  }

  find(name: string): EtSheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The rules WPS and Excel both enforce on sheet names. */
  checkName(name: string, self?: EtSheetModel): void {
    if (typeof name !== 'string' || name.trim() === '') throw fail.badName(String(name), 'empty');
    if (name.length > 31) throw fail.badName(name, 'longer than 31 characters');
    if (/[:\\/?*[\]]/.test(name)) throw fail.badName(name, 'contains one of : \\ / ? * [ ]');
    if (name.startsWith("'") || name.endsWith("'"))
      throw fail.badName(name, 'begins or ends with an apostrophe');
    if (name.toLowerCase() === 'history') throw fail.badName(name, 'reserved');
    const other = this.find(name);
    if (other && other !== self) throw fail.badName(name, 'already used (ignoring case)');
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The values of a block as rows (undefined for empty), for tests. */
  valuesOf(sheet: string, rect: Rect): (EtValue | undefined)[][] {
    const model = this.find(sheet);
    if (!model) throw fail.outOfRange(sheet);
    const rows: (EtValue | undefined)[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: (EtValue | undefined)[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = model.cell(r, c);
        row.push(cell?.formula ?? cell?.value);
      }
      rows.push(row);
    }
    return rows;
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const DATE = /^(\d{4})(?:-|\/|\.|年)(\d{1,2})(?:-|\/|\.|月)(\d{1,2})日?$/;

/**
 * What a value written through Value2 becomes, parsed as if typed (as WPS and Excel both do):
 * `=…` a formula, `+…`/`-…`/`@…` a formula too, digits a number, dates a date serial, TRUE a
 * boolean; a leading apostrophe keeps the rest as text.
 */
export function typedEntry(value: unknown): {
  value: EtValue | undefined;
  formula?: string;
  prefixed?: boolean;
  dateFormat?: boolean;
} {
  if (value === undefined || value === null || value === '') return { value: undefined };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw fail.invalid(`not a finite number: ${value}`);
    return { value };
  }
  if (typeof value === 'boolean') return { value };
  if (typeof value !== 'string') throw fail.invalid(`a cell cannot hold ${typeof value}`);
  if (value.startsWith("'")) return { value: value.slice(1), prefixed: true };
  const text = value.trim();
  if (NUMBER.test(text)) return { value: Number(text) };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const date = DATE.exec(text);
  if (date) {
    const iso = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    const serial = excelSerialFromIso(iso as never);
    if (Number.isFinite(serial)) return { value: serial, dateFormat: true };
  }
  if (/^[=+\-@]/.test(value))
    return { value: undefined, formula: value.startsWith('=') ? value : `=${value}` };
  return { value };
}
