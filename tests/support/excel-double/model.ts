import {
  type Rect,
  contains,
  intersects,
  parseLocalAddress,
  quoteSheet,
  rectAddress,
  splitSheetAddress,
} from './a1';
import { ErrorCode, ExcelDoubleError, invalidArgument, itemNotFound } from './errors';

/**
 * The workbook state behind the double: what Excel would hold after each sync. Tests read it
 * directly (through the inspection helpers) to see what the shell did.
 */
export type CellValue = string | number | boolean;

export interface Cell {
  /** What `range.values` reports ('' for empty). */
  value: CellValue;
  /** Set for formulas (with the leading `=`). */
  formula?: string;
  /** Set for error values such as `#NAME?`. */
  error?: string;
  numberFormat: string;
  /** A text cell entered with a leading apostrophe. */
  quotePrefix?: boolean;
}

export interface FormatEntry {
  readonly rect: Rect;
  readonly path: string;
  readonly value: unknown;
}

export interface ValidationEntry {
  rect: Rect;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatEntry {
  readonly rect: Rect;
  readonly type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface TableModel {
  name: string;
  style: string;
  sheet: SheetModel;
  rect: Rect;
}

/** What Excel's page setup holds for a sheet; margins in points. */
export interface PageModel {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  printTitleRows: string | null;
  header: { left: string; center: string; right: string };
  footer: { left: string; center: string; right: string };
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
}

/** A new sheet's page setup: Letter at 100 %, Excel's "Normal" margins (0.7, 0.75, 0.3 inch). */
export function newPage(): PageModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printTitleRows: null,
    header: { left: '', center: '', right: '' },
    footer: { left: '', center: '', right: '' },
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
  };
}

export interface NameModel {
  name: string;
  /** The referenced sheet (follows renames), or null for a reference that is not a sheet cell. */
  sheet: SheetModel | null;
  local: string;
  raw: string;
  comment: string;
}

let nextId = 1;

export class SheetModel {
  readonly id = nextId++;
  name: string;
  tabColor = '';
  /** Sparse rows of cells; row 0 is sheet row 1. */
  readonly cells: (Cell | undefined)[][] = [];
  readonly formats: FormatEntry[] = [];
  validations: ValidationEntry[] = [];
  /** In priority order: index 0 is evaluated first. */
  conditionalFormats: ConditionalFormatEntry[] = [];
  merges: Rect[] = [];
  freeze = { rows: 0, columns: 0 };
  /** The sheet's page layout (ExcelApi 1.9), as a new sheet has it until written. */
  page: PageModel = newPage();
  readonly hyperlinks = new Map<string, Excel.RangeHyperlink>();
  visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  deleted = false;

  constructor(name: string) {
    this.name = name;
  }

  cell(r: number, c: number): Cell | undefined {
    return this.cells[r]?.[c];
  }

  ensureCell(r: number, c: number): Cell {
    const row = (this.cells[r] ??= []);
    return (row[c] ??= { value: '', numberFormat: this.areaFormat(r, c) });
  }

  /** Number formats set over areas (whole columns below a table), latest last. */
  numberAreas: { rect: Rect; format: string }[] = [];

  /** A number format for every cell of an area, those not created yet included. */
  formatArea(rect: Rect, format: string): void {
    this.numberAreas.push({ rect, format });
    this.cells.forEach((row, r) => {
      if (!row || r < rect.top || r > rect.bottom) return;
      row.forEach((cell, c) => {
        if (cell && c >= rect.left && c <= rect.right) cell.numberFormat = format;
      });
    });
  }

  /** Clearing formats over `rect` drops the area formats it covers whole (a sheet's clear does). */
  clearAreaFormats(rect: Rect): void {
    this.numberAreas = this.numberAreas.filter(
      (a) =>
        !(
          a.rect.top >= rect.top &&
          a.rect.bottom <= rect.bottom &&
          a.rect.left >= rect.left &&
          a.rect.right <= rect.right
        ),
    );
  }

  /** The number format a cell not created yet would have: its area's, or General. */
  areaFormat(r: number, c: number): string {
    for (let i = this.numberAreas.length - 1; i >= 0; i--) {
      const { rect, format } = this.numberAreas[i]!;
      if (contains(rect, r, c)) return format;
    }
    return 'General';
  }

  /** Bounding box of cells with a value (or, unless valuesOnly, also a non-default format). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.cells.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell) return;
        const used = cell.value !== '' || (!valuesOnly && cell.numberFormat !== 'General');
        if (!used) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /**
   * The format a cell shows for a property path (`fill.color`, `font.name` …): the last write
   * covering it, Excel's default after a clear or when nothing was written.
   */
  effectiveFormat(r: number, c: number, path: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i] as FormatEntry;
      if (!contains(f.rect, r, c)) continue;
      if (f.path === path) return f.value;
      if (f.path === '*clear*') break;
    }
    return FORMAT_DEFAULTS[path] ?? null;
  }

  /** The last value written to a format property (e.g. `font.bold`) that covers a cell. */
  formatAt(address: string, path: string): unknown {
    const target = localRect(address);
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (f && f.path === path && contains(f.rect, target.top, target.left)) return f.value;
    }
    return undefined;
  }
}

/** What Excel reports for a cell nobody formatted (Calibri 11, no fill, black). */
export const FORMAT_DEFAULTS: Readonly<Record<string, unknown>> = {
  'fill.color': '#FFFFFF',
  'font.color': '#000000',
  'font.name': 'Calibri',
  'font.size': 11,
  'font.bold': false,
  'font.italic': false,
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
};

function cloneSheetInto(from: SheetModel, to: SheetModel): void {
  from.cells.forEach((row, r) => {
    if (!row) return;
    to.cells[r] = row.map((cell) => (cell ? { ...cell } : cell));
  });
  to.formats.push(...from.formats);
  to.validations = from.validations.map((v) => ({ ...v }));
  to.conditionalFormats = from.conditionalFormats.map((f) => ({ ...f }));
  to.merges = from.merges.map((m) => ({ ...m }));
  to.freeze = { ...from.freeze };
  to.page = structuredClone(from.page);
  for (const [k, v] of from.hyperlinks) to.hyperlinks.set(k, { ...v });
  to.numberAreas = from.numberAreas.map((a) => ({ ...a }));
  to.tabColor = from.tabColor;
  to.visibility = from.visibility;
}

export function localRect(address: string): Rect {
  const rect = parseLocalAddress(address);
  if (!rect) throw invalidArgument(`bad address ${address}`);
  return rect;
}

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

/** Excel's worksheet-name rules. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.trim().length === 0) throw invalidArgument('empty sheet name');
  if (name.length > 31) throw invalidArgument(`sheet name longer than 31 characters: ${name}`);
  if (SHEET_NAME_FORBIDDEN.test(name)) throw invalidArgument(`forbidden character in ${name}`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument(`sheet name begins or ends with an apostrophe: ${name}`);
  if (name.toLowerCase() === 'history') throw invalidArgument('History is reserved');
}

/** Excel's defined-name and table-name rules. */
export function checkIdentifier(name: string): void {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255)
    throw invalidArgument(`not a valid name: ${name}`);
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^R\d+C\d+$/i.test(name))
    throw invalidArgument(`a name cannot look like a cell reference: ${name}`);
}

const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

/** How Excel stores a value typed (or written through `range.values`) into a cell. */
export function enterValue(cell: Cell, input: unknown): void {
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  if (input === null || input === undefined) return;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') throw invalidArgument(`unsupported cell value ${String(input)}`);
  if (input === '') {
    cell.value = '';
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    const link = /^=HYPERLINK\("((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(input);
    // The double does not calculate; it evaluates HYPERLINK (used for links) and leaves others blank.
    cell.value = link ? (link[2] ?? '').replace(/""/g, '"') : '';
    return;
  }
  if (/^[+\-@]/.test(input) && !isNumeric(input)) {
    // Excel reads a leading +, - or @ as the start of a formula; plain text would be lost.
    cell.formula = `=${input.slice(input.startsWith('=') ? 1 : 0)}`;
    cell.error = '#NAME?';
    cell.value = '#NAME?';
    return;
  }
  if (ERROR_VALUES.includes(input.toUpperCase())) {
    cell.error = input.toUpperCase();
    cell.value = cell.error;
    return;
  }
  if (isNumeric(input)) {
    const trimmed = input.trim();
    cell.value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
    return;
  }
  if (/^(true|false)$/i.test(input.trim())) {
    cell.value = input.trim().toLowerCase() === 'true';
    return;
  }
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(input.trim());
  if (date) {
    const serial = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000;
    cell.value = serial + 25569;
    if (cell.numberFormat === 'General') cell.numberFormat = 'yyyy/m/d';
    return;
  }
  cell.value = input;
}

function isNumeric(text: string): boolean {
  return /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?\s*$/.test(text);
}

export function valueType(cell: Cell | undefined): Excel.RangeValueType {
  if (!cell || cell.value === '') return 'Empty' as Excel.RangeValueType;
  if (cell.error !== undefined) return 'Error' as Excel.RangeValueType;
  if (typeof cell.value === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof cell.value === 'boolean') return 'Boolean' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: string; address: string } | null = null;

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheet = this.sheets[0] ?? null;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw itemNotFound(`worksheet ${name}`);
    return s;
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    checkSheetName(chosen);
    if (this.findSheet(chosen))
      throw new ExcelDoubleError(
        ErrorCode.itemAlreadyExists,
        `The resource with the same name or identifier already exists. (${chosen})`,
      );
    const sheet = new SheetModel(chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  private visibleOtherThan(sheet: SheetModel): boolean {
    return this.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1 || !this.visibleOtherThan(sheet))
      throw new ExcelDoubleError(
        ErrorCode.invalidOperation,
        'A workbook must keep at least one visible sheet.',
      );
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    checkSheetName(name);
    const clash = this.findSheet(name);
    if (clash && clash !== sheet)
      throw new ExcelDoubleError(
        ErrorCode.itemAlreadyExists,
        `The resource with the same name or identifier already exists. (${name})`,
      );
    sheet.name = name;
  }

  /** Moves a sheet to a zero-based position (clamped, as Excel does). */
  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0)
      throw invalidArgument(`not a sheet position: ${position}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.min(position, this.sheets.length), 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: SheetModel['visibility']): void {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility))
      throw invalidArgument(`not a visibility: ${visibility}`);
    if (visibility !== 'Visible' && !this.visibleOtherThan(sheet))
      throw new ExcelDoubleError(
        ErrorCode.invalidOperation,
        'A workbook must keep at least one visible sheet.',
      );
    sheet.visibility = visibility;
  }

  /**
   * Worksheet.copy: a new sheet named `name (2)` with everything of the original (cells, formats,
   * marks, links, tables under new names), placed at the end or after/before a sheet.
   */
  copySheet(
    sheet: SheetModel,
    position: 'None' | 'Before' | 'After' | 'Beginning' | 'End' = 'None',
    relativeTo?: SheetModel,
  ): SheetModel {
    let n = 2;
    const base = sheet.name.slice(0, 25);
    while (this.findSheet(`${base} (${n})`)) n++;
    const copy = new SheetModel(`${base} (${n})`);
    cloneSheetInto(sheet, copy);
    let at: number;
    if (position === 'Beginning') at = 0;
    else if (position === 'End' || position === 'None') at = this.sheets.length;
    else if (relativeTo) at = this.sheets.indexOf(relativeTo) + (position === 'After' ? 1 : 0);
    else throw invalidArgument(`copy ${position} needs a relative sheet`);
    this.sheets.splice(at, 0, copy);
    for (const t of this.tables.filter((t) => t.sheet === sheet)) {
      let k = 1;
      while (this.findTable(`${t.name}${k}`) || this.findName(`${t.name}${k}`)) k++;
      this.tables.push({ name: `${t.name}${k}`, style: t.style, sheet: copy, rect: { ...t.rect } });
    }
    return copy;
  }

  findTable(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  findName(name: string): NameModel | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** The formula Excel reports for a defined name, e.g. `=台账!$A$1` or `=#REF!$A$1`. */
  nameFormula(n: NameModel): string {
    if (n.sheet === null) return n.raw;
    if (n.sheet.deleted) return `=#REF!${n.local}`;
    return `=${quoteSheet(n.sheet.name)}!${n.local}`;
  }

  addName(name: string, reference: string, comment: string): NameModel {
    checkIdentifier(name);
    if (this.findName(name) || this.findTable(name))
      throw new ExcelDoubleError(
        ErrorCode.itemAlreadyExists,
        `The resource with the same name or identifier already exists. (${name})`,
      );
    const raw = reference.startsWith('=') ? reference : `=${reference}`;
    const { sheet, local } = splitSheetAddress(raw);
    let target: SheetModel | null = null;
    if (sheet !== null) {
      target = this.findSheet(sheet) ?? null;
      if (!target || !parseLocalAddress(local))
        throw invalidArgument(`name ${name} refers to ${reference}, which does not exist`);
    }
    const model: NameModel = { name, sheet: target, local, raw, comment };
    this.names.push(model);
    return model;
  }

  addTable(sheet: SheetModel, rect: Rect): TableModel {
    for (const t of this.tables)
      if (t.sheet === sheet && intersects(t.rect, rect))
        throw new ExcelDoubleError(
          ErrorCode.invalidOperation,
          `A table can't overlap another table (${t.name} at ${rectAddress(t.rect)}).`,
        );
    for (const m of sheet.merges)
      if (intersects(m, rect))
        throw new ExcelDoubleError(
          ErrorCode.invalidOperation,
          `A table can't overlap merged cells (${rectAddress(m)}).`,
        );
    // Excel turns the header row into unique text headers.
    const seen = new Set<string>();
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = sheet.ensureCell(rect.top, c);
      let header = String(cell.value === '' ? `Column${c - rect.left + 1}` : cell.value);
      const base = header;
      for (let k = 2; seen.has(header.toLowerCase()); k++) header = `${base}${k}`;
      seen.add(header.toLowerCase());
      cell.value = header;
    }
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`) || this.findName(`Table${n}`)) n++;
    const table: TableModel = { name: `Table${n}`, style: 'TableStyleMedium2', sheet, rect };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    checkIdentifier(name);
    const clash = this.findTable(name);
    if ((clash && clash !== table) || this.findName(name))
      throw new ExcelDoubleError(
        ErrorCode.itemAlreadyExists,
        `The resource with the same name or identifier already exists. (${name})`,
      );
    table.name = name;
  }

  // ----- inspection helpers for tests -----

  /** Values of a sheet's rectangle as `range.values` would report them. */
  valuesOf(sheetName: string, address: string): CellValue[][] {
    const sheet = this.sheet(sheetName);
    const rect = localRect(address);
    const out: CellValue[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(sheet.cell(r, c)?.value ?? '');
      out.push(row);
    }
    return out;
  }

  cellAt(sheetName: string, address: string): Cell | undefined {
    const rect = localRect(address);
    return this.sheet(sheetName).cell(rect.top, rect.left);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /**
   * Everything a user could see or lose, as plain data in workbook order: two snapshots are equal
   * exactly when the workbooks are the same (sheet identities and the active sheet aside).
   */
  snapshot(): WorkbookSnapshotData {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        tabColor: s.tabColor,
        cells: s.cells.flatMap((row, r) =>
          (row ?? []).flatMap((cell, c) =>
            cell && (cell.value !== '' || cell.numberFormat !== 'General' || cell.formula)
              ? [{ at: rectAddress({ top: r, left: c, bottom: r, right: c }), ...cell }]
              : [],
          ),
        ),
        formats: s.formats.map((f) => ({ at: rectAddress(f.rect), path: f.path, value: f.value })),
        numberAreas: s.numberAreas.map((a) => ({ at: rectAddress(a.rect), format: a.format })),
        validations: s.validations.map((v) => ({ ...v, rect: rectAddress(v.rect) })),
        conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, rect: rectAddress(f.rect) })),
        merges: s.merges.map(rectAddress),
        freeze: { ...s.freeze },
        hyperlinks: [...s.hyperlinks].sort(([a], [b]) => a.localeCompare(b)),
      })),
      names: this.names
        .map((n) => ({ name: n.name, formula: this.nameFormula(n), comment: n.comment }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      tables: this.tables
        .map((t) => ({
          name: t.name,
          style: t.style,
          sheet: t.sheet.name,
          at: rectAddress(t.rect),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
}

export interface WorkbookSnapshotData {
  readonly sheets: readonly unknown[];
  readonly names: readonly unknown[];
  readonly tables: readonly unknown[];
}
