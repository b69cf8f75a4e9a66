import type * as Et from '../../../src/wps/et-api';
import {
  type Rect,
  contains,
  intersects,
  parseLocalAddress,
  quoteSheet,
  rectAddress,
} from '../excel-double/a1';
import { columnLetter } from '../../../src/core/grid';
import {
  type EtBookModel,
  EtSheetModel,
  type EtTableModel,
  type EtValidationModel,
  fail,
  typedEntry,
} from './model';

/**
 * The ET object model over the workbook model, synchronous like WPS and strict where WPS is:
 * indexes are 1-based, a missing sheet, name or item throws, sheet names follow the rules, Value2
 * is a scalar for one cell and rows for a block (and a block must be written with rows of its
 * exact shape), a protected sheet refuses every write, and deleting a sheet asks the user unless
 * alerts are off.
 */

const cells = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
/** More cells than a test workbook ever means: a write to a whole column of cells, say. */
const CELL_WRITE_LIMIT = 2_000_000;
/** Larger ranges (whole columns, rows) keep one format instead of one per cell. */
const WHOLE_FORMAT_CELLS = 100_000;

function live(sheet: EtSheetModel): EtSheetModel {
  if (sheet.deleted) throw fail.invalid(`the sheet ${sheet.name} was deleted`);
  return sheet;
}

function writable(sheet: EtSheetModel): EtSheetModel {
  live(sheet);
  if (sheet.protected) throw fail.protectedSheet(sheet.name);
  sheet.owner?.countWrite();
  return sheet;
}

function index(i: unknown, count: number, what: string): number {
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 1 || i > count)
    throw fail.outOfRange(`${what}(${String(i)}) of ${count} (1-based)`);
  return i - 1;
}

class StyleTarget {
  constructor(
    protected readonly range: RangeDouble,
    private readonly prefix: string,
  ) {}
  protected get(name: string): unknown {
    return this.range.sheetModel.styleAt(
      this.range.rect.top,
      this.range.rect.left,
      `${this.prefix}.${name}`,
    );
  }
  protected set(name: string, value: unknown): void {
    if (value === undefined) throw fail.invalid(`${this.prefix}.${name} = undefined`);
    writable(this.range.sheetModel).styles.push({
      rect: this.range.rect,
      path: `${this.prefix}.${name}`,
      value,
    });
  }
}

class InteriorDouble extends StyleTarget implements Et.EtInterior {
  get Color() {
    return this.get('Color');
  }
  set Color(v) {
    if (typeof v !== 'number' || v < 0 || v > 0xffffff)
      throw fail.invalid(`Interior.Color ${String(v)} (a BGR number)`);
    this.set('Color', v);
  }
}

class FontDouble extends StyleTarget implements Et.EtFont {
  get Bold() {
    return this.get('Bold');
  }
  set Bold(v) {
    this.set('Bold', v);
  }
  get Italic() {
    return this.get('Italic');
  }
  set Italic(v) {
    this.set('Italic', v);
  }
  get Size() {
    return this.get('Size');
  }
  set Size(v) {
    this.set('Size', v);
  }
  get Color() {
    return this.get('Color');
  }
  set Color(v) {
    if (typeof v !== 'number' || v < 0 || v > 0xffffff)
      throw fail.invalid(`Font.Color ${String(v)} (a BGR number)`);
    this.set('Color', v);
  }
  get Name() {
    return this.get('Name');
  }
  set Name(v) {
    this.set('Name', v);
  }
}

class BordersDouble extends StyleTarget implements Et.EtBorders {
  get LineStyle() {
    return this.get('LineStyle');
  }
  set LineStyle(v) {
    this.set('LineStyle', v);
  }
  get Weight() {
    return this.get('Weight');
  }
  set Weight(v) {
    this.set('Weight', v);
  }
  get Color() {
    return this.get('Color');
  }
  set Color(v) {
    if (typeof v !== 'number' || v < 0 || v > 0xffffff)
      throw fail.invalid(`Borders.Color ${String(v)} (a BGR number)`);
    this.set('Color', v);
  }
}

class ValidationDouble implements Et.EtValidation {
  constructor(private readonly range: RangeDouble) {}
  private entry(): EtValidationModel {
    const found = this.range.sheetModel.validations.find(
      (v) => rectAddress(v.rect) === rectAddress(this.range.rect),
    );
    if (!found) throw fail.invalid(`no validation on ${this.range.address}`);
    return found;
  }
  Add(type: number, alertStyle = 1, operator?: number, formula1?: string, formula2?: string): void {
    const sheet = writable(this.range.sheetModel);
    if (sheet.validations.some((v) => intersects(v.rect, this.range.rect)))
      throw fail.invalid(`${this.range.address} already has a validation (Delete it first)`);
    if (formula1 === undefined || formula1 === '')
      throw fail.invalid('Validation.Add needs Formula1');
    if (type === 4 && (operator === undefined || (operator <= 2 && formula2 === undefined)))
      throw fail.invalid('a date validation needs an operator (and Formula2 for between)');
    if (type === 3 && !formula1.startsWith('='))
      throw fail.invalid(`list source without "=": ${formula1}`);
    sheet.validations.push({
      rect: this.range.rect,
      type,
      alertStyle,
      operator,
      formula1,
      formula2,
      ignoreBlank: true,
      inCellDropdown: true,
      inputTitle: '',
      inputMessage: '',
      errorTitle: '',
      errorMessage: '',
      showInput: true,
      showError: true,
    });
  }
  Delete(): void {
    const sheet = writable(this.range.sheetModel);
    sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, this.range.rect));
  }
  private prop<K extends keyof EtValidationModel>(
    key: K,
    value: EtValidationModel[K],
    limit?: number,
  ) {
    writable(this.range.sheetModel);
    if (limit !== undefined && typeof value === 'string' && value.length > limit)
      throw fail.invalid(`${key} longer than ${limit} characters`);
    this.entry()[key] = value;
  }
  get IgnoreBlank() {
    return this.entry().ignoreBlank;
  }
  set IgnoreBlank(v) {
    this.prop('ignoreBlank', v);
  }
  get InCellDropdown() {
    return this.entry().inCellDropdown;
  }
  set InCellDropdown(v) {
    this.prop('inCellDropdown', v);
  }
  get ShowInput() {
    return this.entry().showInput;
  }
  set ShowInput(v) {
    this.prop('showInput', v);
  }
  get ShowError() {
    return this.entry().showError;
  }
  set ShowError(v) {
    this.prop('showError', v);
  }
  get InputTitle() {
    return this.entry().inputTitle;
  }
  set InputTitle(v) {
    this.prop('inputTitle', v, 32);
  }
  get InputMessage() {
    return this.entry().inputMessage;
  }
  set InputMessage(v) {
    this.prop('inputMessage', v, 255);
  }
  get ErrorTitle() {
    return this.entry().errorTitle;
  }
  set ErrorTitle(v) {
    this.prop('errorTitle', v, 32);
  }
  get ErrorMessage() {
    return this.entry().errorMessage;
  }
  set ErrorMessage(v) {
    this.prop('errorMessage', v, 255);
  }
}

class FormatConditionDouble implements Et.EtFormatCondition {
  constructor(
    private readonly sheet: EtSheetModel,
    private readonly model: EtSheetModel['conditions'][number],
  ) {}
  get Interior(): Et.EtInterior {
    return (() => {
      const m = this.model;
      const sheet = this.sheet;
      return {
        get Color() {
          return m.fill;
        },
        set Color(v: unknown) {
          writable(sheet);
          m.fill = v;
        },
      };
    })();
  }
  get Font(): Et.EtFont {
    return (() => {
      const m = this.model;
      const sheet = this.sheet;
      const refuse = () => {
        throw fail.invalid('only Font.Color is used on a format condition by the double');
      };
      return {
        get Color() {
          return m.fontColor;
        },
        set Color(v: unknown) {
          writable(sheet);
          m.fontColor = v;
        },
        get Bold(): unknown {
          return refuse();
        },
        set Bold(_v: unknown) {
          refuse();
        },
        get Italic(): unknown {
          return refuse();
        },
        set Italic(_v: unknown) {
          refuse();
        },
        get Size(): unknown {
          return refuse();
        },
        set Size(_v: unknown) {
          refuse();
        },
        get Name(): unknown {
          return refuse();
        },
        set Name(_v: unknown) {
          refuse();
        },
      };
    })();
  }
  get Formula1() {
    return this.model.formula;
  }
  get StopIfTrue() {
    return this.model.stopIfTrue;
  }
  set StopIfTrue(v) {
    writable(this.sheet);
    this.model.stopIfTrue = v;
  }
  get Priority() {
    return this.sheet.conditions.indexOf(this.model) + 1;
  }
  set Priority(p: number) {
    writable(this.sheet);
    const list = this.sheet.conditions;
    index(p, list.length, 'Priority');
    list.splice(list.indexOf(this.model), 1);
    list.splice(p - 1, 0, this.model);
  }
  SetLastPriority(): void {
    writable(this.sheet);
    const list = this.sheet.conditions;
    list.splice(list.indexOf(this.model), 1);
    list.push(this.model);
  }
}

class FormatConditionsDouble implements Et.EtFormatConditions {
  constructor(private readonly range: RangeDouble) {}
  private mine() {
    return this.range.sheetModel.conditions.filter((f) => intersects(f.rect, this.range.rect));
  }
  get Count() {
    return this.mine().length;
  }
  Add(type: number, _operator?: number, formula1?: string): Et.EtFormatCondition {
    const sheet = writable(this.range.sheetModel);
    if (type !== 2) throw fail.invalid(`the double knows only xlExpression (2), got ${type}`);
    if (formula1 === undefined || !formula1.startsWith('='))
      throw fail.invalid(`an expression needs Formula1 starting with "=": ${String(formula1)}`);
    // A new rule is added with the top priority, as in Excel and WPS.
    const model = {
      rect: this.range.rect,
      type,
      formula: formula1,
      fill: undefined,
      fontColor: undefined,
      stopIfTrue: false,
    };
    sheet.conditions.unshift(model);
    return new FormatConditionDouble(sheet, model);
  }
  Item(i: number): Et.EtFormatCondition {
    const list = this.mine();
    return new FormatConditionDouble(
      this.range.sheetModel,
      list[index(i, list.length, 'FormatConditions.Item')]!,
    );
  }
  Delete(): void {
    const sheet = writable(this.range.sheetModel);
    sheet.conditions = sheet.conditions.filter((f) => !intersects(f.rect, this.range.rect));
  }
}

class HyperlinkDouble implements Et.EtHyperlink {
  constructor(
    private readonly book: EtBookModel,
    private readonly sheet: EtSheetModel,
    private readonly link: EtSheetModel['links'][number],
  ) {}
  get Address() {
    return this.link.address;
  }
  get SubAddress() {
    return this.link.subAddress;
  }
  get Range(): Et.EtRange {
    return new RangeDouble(this.book, this.sheet, {
      top: this.link.row,
      left: this.link.column,
      bottom: this.link.row,
      right: this.link.column,
    });
  }
}

class HyperlinksDouble implements Et.EtHyperlinks {
  constructor(
    private readonly book: EtBookModel,
    private readonly sheet: EtSheetModel,
    private readonly within: Rect | null,
  ) {}
  private mine() {
    return this.sheet.links.filter((l) => !this.within || contains(this.within, l.row, l.column));
  }
  get Count() {
    return this.mine().length;
  }
  Item(i: number): Et.EtHyperlink {
    const list = this.mine();
    return new HyperlinkDouble(
      this.book,
      this.sheet,
      list[index(i, list.length, 'Hyperlinks.Item')]!,
    );
  }
  Add(anchor: Et.EtRange, address: string, subAddress = '', _tip?: string, text?: string): unknown {
    const sheet = writable(this.sheet);
    if (!(anchor instanceof RangeDouble) || anchor.sheetModel !== sheet)
      throw fail.invalid('the anchor must be a range of this sheet');
    if (address === '' && subAddress === '')
      throw fail.invalid('a hyperlink needs an address or a sub-address');
    if (subAddress !== '' && !/!/.test(subAddress))
      throw fail.invalid(`sub-address without a sheet: ${subAddress}`);
    const { top: row, left: column } = anchor.rect;
    sheet.links = sheet.links.filter((l) => l.row !== row || l.column !== column);
    const link = { row, column, address, subAddress };
    sheet.links.push(link);
    if (text !== undefined) anchor.Value2 = text;
    return new HyperlinkDouble(this.book, sheet, link);
  }
  Delete(): void {
    const sheet = writable(this.sheet);
    sheet.links = sheet.links.filter(
      (l) => this.within !== null && !contains(this.within, l.row, l.column),
    );
  }
}

class ListObjectDouble implements Et.EtListObject {
  constructor(
    private readonly book: EtBookModel,
    private readonly sheet: EtSheetModel,
    private readonly table: EtTableModel,
  ) {}
  get Name() {
    return this.table.name;
  }
  set Name(name: string) {
    writable(this.sheet);
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw fail.invalid(`not a valid table name: ${name}`);
    for (const s of this.book.sheets)
      for (const t of s.tables)
        if (t !== this.table && t.name.toLowerCase() === name.toLowerCase())
          throw fail.invalid(`table name already used: ${name}`);
    this.table.name = name;
  }
  get TableStyle() {
    return this.table.style;
  }
  set TableStyle(v) {
    writable(this.sheet);
    this.table.style = v;
  }
  get Range(): Et.EtRange {
    return new RangeDouble(this.book, this.sheet, this.table.rect);
  }
  Delete(): void {
    writable(this.sheet).clearRect(this.table.rect);
    this.sheet.tables = this.sheet.tables.filter((t) => t !== this.table);
  }
}

class ListObjectsDouble implements Et.EtListObjects {
  constructor(
    private readonly book: EtBookModel,
    private readonly sheet: EtSheetModel,
  ) {}
  get Count() {
    return this.sheet.tables.length;
  }
  Item(i: number | string): Et.EtListObject {
    const list = this.sheet.tables;
    if (typeof i === 'string') {
      const t = list.find((x) => x.name.toLowerCase() === i.toLowerCase());
      if (!t) throw fail.outOfRange(`ListObjects("${i}")`);
      return new ListObjectDouble(this.book, this.sheet, t);
    }
    return new ListObjectDouble(
      this.book,
      this.sheet,
      list[index(i, list.length, 'ListObjects.Item')]!,
    );
  }
  Add(
    sourceType: number,
    source: Et.EtRange,
    _link?: unknown,
    hasHeaders?: number,
  ): Et.EtListObject {
    const sheet = writable(this.sheet);
    if (sourceType !== 1)
      throw fail.invalid(`the double knows only xlSrcRange (1), got ${sourceType}`);
    if (!(source instanceof RangeDouble) || source.sheetModel !== sheet)
      throw fail.invalid('the source must be a range of this sheet');
    if (hasHeaders !== 1) throw fail.invalid('tables here always have headers (xlYes)');
    if (sheet.tables.some((t) => intersects(t.rect, source.rect)))
      throw fail.invalid('a table cannot overlap another table');
    if (sheet.merges.some((m) => intersects(m, source.rect)))
      throw fail.invalid('a table cannot contain merged cells');
    let n = 1;
    const used = new Set(
      this.book.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())),
    );
    while (used.has(`表${n}`)) n++;
    const table = { name: `表${n}`, style: 'TableStyleMedium2', rect: source.rect };
    sheet.tables.push(table);
    return new ListObjectDouble(this.book, sheet, table);
  }
}

/** Range.Errors: only the number-stored-as-text check (xlNumberAsText) is modelled. */
class ErrorsDouble {
  constructor(
    private readonly sheet: EtSheetModel,
    private readonly rect: Rect,
  ) {}

  Item(index: number): { Ignore: boolean } {
    if (index !== 3) throw fail.invalid(`the double knows only xlNumberAsText (3), got ${index}`);
    const { sheet, rect } = this;
    const same = (x: Rect) =>
      x.top === rect.top &&
      x.left === rect.left &&
      x.bottom === rect.bottom &&
      x.right === rect.right;
    return {
      get Ignore() {
        return live(sheet).numberAsTextIgnored.some(same);
      },
      set Ignore(v: boolean) {
        if (typeof v !== 'boolean') throw fail.invalid(`Ignore = ${String(v)}`);
        const model = writable(sheet);
        model.numberAsTextIgnored = model.numberAsTextIgnored.filter((x) => !same(x));
        if (v) model.numberAsTextIgnored.push(rect);
      },
    };
  }
}

class PageSetupDouble {
  constructor(sheet: EtSheetModel) {
    for (const key of Object.keys(sheet.page))
      Object.defineProperty(this, key, {
        get: () => sheet.page[key],
        set: (v: unknown) => {
          writable(sheet);
          if (key === 'PrintTitleRows' && v !== '' && !/^\$?\d+:\$?\d+$/.test(String(v)))
            throw fail.invalid(`PrintTitleRows must be rows like $1:$1, got ${String(v)}`);
          if (key.endsWith('Header') || key.endsWith('Footer'))
            if (typeof v !== 'string' || v.length > 255) throw fail.invalid(`${key} too long`);
          sheet.page[key] = v;
        },
        enumerable: true,
      });
  }
}

export class RangeDouble implements Et.EtRange {
  constructor(
    readonly book: EtBookModel,
    readonly sheetModel: EtSheetModel,
    readonly rect: Rect,
  ) {
    live(sheetModel);
  }

  get address(): string {
    return rectAddress(this.rect);
  }
  private get single(): boolean {
    return this.rect.top === this.rect.bottom && this.rect.left === this.rect.right;
  }

  private readBlock(read: (r: number, c: number) => unknown): unknown {
    if (this.single) return read(this.rect.top, this.rect.left);
    if (cells(this.rect) > CELL_WRITE_LIMIT)
      throw fail.invalid(`reading ${cells(this.rect)} cells at once`);
    const rows: unknown[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(read(r, c));
      rows.push(row);
    }
    return rows;
  }

  private writeBlock(value: unknown, write: (r: number, c: number, v: unknown) => void): void {
    writable(this.sheetModel);
    if (cells(this.rect) > CELL_WRITE_LIMIT)
      throw fail.invalid(`writing ${cells(this.rect)} cells at once`);
    const rows = this.rect.bottom - this.rect.top + 1;
    const columns = this.rect.right - this.rect.left + 1;
    if (!Array.isArray(value)) {
      for (let r = this.rect.top; r <= this.rect.bottom; r++)
        for (let c = this.rect.left; c <= this.rect.right; c++) write(r, c, value);
      return;
    }
    if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== columns))
      throw fail.invalid(`rows of ${rows}×${columns} expected for ${this.address}`);
    value.forEach((row: unknown[], i) =>
      row.forEach((v, j) => write(this.rect.top + i, this.rect.left + j, v)),
    );
  }

  get Value2(): unknown {
    return this.readBlock((r, c) => this.sheetModel.cell(r, c)?.value);
  }
  set Value2(value: unknown) {
    this.writeBlock(value, (r, c, v) => {
      const entry = typedEntry(v);
      const cell = this.sheetModel.ensureCell(r, c);
      cell.value = entry.value;
      delete cell.formula;
      delete cell.prefixed;
      if (entry.formula !== undefined) cell.formula = entry.formula;
      if (entry.prefixed) cell.prefixed = true;
      if (entry.dateFormat && this.sheetModel.formatAt(r, c) === 'General')
        cell.numberFormat = 'yyyy/m/d';
    });
  }
  get Formula(): unknown {
    return this.readBlock((r, c) => {
      const cell = this.sheetModel.cell(r, c);
      if (cell?.formula !== undefined) return cell.formula;
      return cell?.value === undefined ? '' : String(cell.value);
    });
  }
  set Formula(value: unknown) {
    this.Value2 = value;
  }
  get NumberFormat(): unknown {
    const formats = this.readBlock((r, c) => this.sheetModel.formatAt(r, c));
    if (!Array.isArray(formats)) return formats;
    // A block reports its format only when every cell has the same one (VBA: Null otherwise).
    const all = new Set((formats as unknown[][]).flat());
    return all.size === 1 ? [...all][0] : null;
  }
  set NumberFormat(value: unknown) {
    if (Array.isArray(value))
      throw fail.invalid('NumberFormat takes one format for the whole range');
    if (typeof value !== 'string') throw fail.invalid(`NumberFormat ${String(value)}`);
    const sheet = writable(this.sheetModel);
    if (cells(this.rect) <= WHOLE_FORMAT_CELLS) {
      this.writeBlock(value, (r, c) => {
        sheet.ensureCell(r, c).numberFormat = value;
      });
      return;
    }
    // A whole column or row: one format for all its cells, the cells' own ones replaced.
    sheet.styles.push({ rect: this.rect, path: 'NumberFormat', value });
    sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && contains(this.rect, r, c)) delete cell.numberFormat;
      }),
    );
  }
  get Row() {
    return this.rect.top + 1;
  }
  get Column() {
    return this.rect.left + 1;
  }
  get Count() {
    return cells(this.rect);
  }
  get Rows(): Et.EtRange {
    const sub = new RangeDouble(this.book, this.sheetModel, this.rect);
    return Object.defineProperty(sub, 'Count', { get: () => this.rect.bottom - this.rect.top + 1 });
  }
  get Columns(): Et.EtRange {
    const sub = new RangeDouble(this.book, this.sheetModel, this.rect);
    return Object.defineProperty(sub, 'Count', { get: () => this.rect.right - this.rect.left + 1 });
  }
  get Worksheet(): Et.EtWorksheet {
    return new WorksheetDouble(this.book, this.sheetModel);
  }
  get Interior(): Et.EtInterior {
    return new InteriorDouble(this, 'Interior');
  }
  get Font(): Et.EtFont {
    return new FontDouble(this, 'Font');
  }
  get Borders(): Et.EtBorders {
    return new BordersDouble(this, 'Borders');
  }
  get Validation(): Et.EtValidation {
    return new ValidationDouble(this);
  }
  get FormatConditions(): Et.EtFormatConditions {
    return new FormatConditionsDouble(this);
  }
  get Hyperlinks(): Et.EtHyperlinks {
    return new HyperlinksDouble(this.book, this.sheetModel, this.rect);
  }
  get Errors(): Et.EtErrors {
    return new ErrorsDouble(this.sheetModel, this.rect) as unknown as Et.EtErrors;
  }
  private style(path: string): unknown {
    return this.sheetModel.styleAt(this.rect.top, this.rect.left, path);
  }
  private setStyle(path: string, value: unknown, check?: (v: unknown) => boolean): void {
    if (check && !check(value)) throw fail.invalid(`${path} = ${String(value)}`);
    writable(this.sheetModel).styles.push({ rect: this.rect, path, value });
  }
  get WrapText() {
    return this.style('WrapText');
  }
  set WrapText(v) {
    this.setStyle('WrapText', v, (x) => typeof x === 'boolean');
  }
  get HorizontalAlignment() {
    return this.style('HorizontalAlignment');
  }
  set HorizontalAlignment(v) {
    this.setStyle('HorizontalAlignment', v, (x) => [-4131, -4108, -4152, 1].includes(x as number));
  }
  get VerticalAlignment() {
    return this.style('VerticalAlignment');
  }
  set VerticalAlignment(v) {
    this.setStyle('VerticalAlignment', v, (x) => [-4160, -4108, -4107].includes(x as number));
  }
  get ColumnWidth() {
    return this.style('ColumnWidth');
  }
  set ColumnWidth(v) {
    this.setStyle('ColumnWidth', v, (x) => typeof x === 'number' && x >= 0 && x <= 255);
  }
  get RowHeight() {
    return this.style('RowHeight');
  }
  set RowHeight(v) {
    this.setStyle('RowHeight', v, (x) => typeof x === 'number' && x >= 0 && x <= 409);
  }
  get MergeCells(): unknown {
    return this.sheetModel.merges.some((m) => intersects(m, this.rect));
  }
  set MergeCells(v: unknown) {
    if (v === true) this.Merge();
    else this.UnMerge();
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    const part = (r: number, c: number) =>
      `${columnAbsolute ? '$' : ''}${columnLetter(c)}${rowAbsolute ? '$' : ''}${r + 1}`;
    const a = part(this.rect.top, this.rect.left);
    return this.single ? a : `${a}:${part(this.rect.bottom, this.rect.right)}`;
  }
  Item(row: number, column = 1): Et.EtRange {
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1)
      throw fail.outOfRange(`Item(${row}, ${column}) (1-based)`);
    const r = this.rect.top + row - 1;
    const c = this.rect.left + column - 1;
    return new RangeDouble(this.book, this.sheetModel, { top: r, left: c, bottom: r, right: c });
  }
  Merge(): void {
    const sheet = writable(this.sheetModel);
    if (this.single) return;
    if (sheet.tables.some((t) => intersects(t.rect, this.rect)))
      throw fail.invalid('cannot merge inside a table');
    sheet.merges = sheet.merges.filter((m) => !intersects(m, this.rect));
    sheet.merges.push(this.rect);
  }
  UnMerge(): void {
    const sheet = writable(this.sheetModel);
    sheet.merges = sheet.merges.filter((m) => !intersects(m, this.rect));
  }
  Clear(): void {
    const sheet = writable(this.sheetModel);
    if (
      sheet.tables.some(
        (t) =>
          intersects(t.rect, this.rect) &&
          !(
            t.rect.top >= this.rect.top &&
            t.rect.bottom <= this.rect.bottom &&
            t.rect.left >= this.rect.left &&
            t.rect.right <= this.rect.right
          ),
      )
    )
      throw fail.invalid('cannot clear part of a table');
    sheet.clearRect(this.rect);
  }
  Select(): void {
    live(this.sheetModel);
    if (this.book.active !== this.sheetModel)
      throw fail.invalid(
        `Select on ${this.sheetModel.name}, which is not the active sheet (Activate it first)`,
      );
    this.book.selection = { sheet: this.sheetModel.name, address: this.address };
  }
}

export class WorksheetDouble implements Et.EtWorksheet {
  constructor(
    readonly book: EtBookModel,
    readonly model: EtSheetModel,
  ) {
    live(model);
  }
  get Name() {
    return live(this.model).name;
  }
  set Name(name: string) {
    live(this.model);
    this.book.checkName(name, this.model);
    this.book.countWrite();
    this.model.name = name;
  }
  get Index() {
    return this.book.sheets.indexOf(live(this.model)) + 1;
  }
  get ProtectContents() {
    return live(this.model).protected;
  }
  get UsedRange(): Et.EtRange {
    // VBA's UsedRange of an empty sheet is A1.
    return new RangeDouble(
      this.book,
      this.model,
      this.model.usedRect() ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }
  get Cells(): Et.EtRange {
    return new RangeDouble(this.book, this.model, {
      top: 0,
      left: 0,
      bottom: 1_048_575,
      right: 16_383,
    });
  }
  get ListObjects(): Et.EtListObjects {
    return new ListObjectsDouble(this.book, live(this.model));
  }
  get Hyperlinks(): Et.EtHyperlinks {
    return new HyperlinksDouble(this.book, live(this.model), null);
  }
  get PageSetup(): Et.EtPageSetup {
    return new PageSetupDouble(live(this.model)) as unknown as Et.EtPageSetup;
  }
  get Tab(): Et.EtTab {
    const model = live(this.model);
    return {
      get Color() {
        return model.tabColor;
      },
      set Color(v: unknown) {
        writable(model);
        model.tabColor = v;
      },
    };
  }
  Range(cell1: string): Et.EtRange {
    if (typeof cell1 !== 'string' || cell1.includes('!'))
      throw fail.invalid(`Range(${String(cell1)}) takes a local address`);
    const rect = parseLocalAddress(cell1);
    if (!rect) throw fail.invalid(`not a range: ${cell1}`);
    return new RangeDouble(this.book, live(this.model), rect);
  }
  get Visible() {
    return live(this.model).visible;
  }
  set Visible(v: number) {
    live(this.model);
    if (v !== -1 && v !== 0 && v !== 2) throw fail.invalid(`Visible = ${v}`);
    if (
      v !== -1 &&
      this.book.sheets.filter((s) => s.visible === -1 && s !== this.model).length === 0
    )
      throw fail.invalid('a workbook must keep one visible sheet');
    this.model.owner?.countWrite();
    this.model.visible = v;
    if (v !== -1 && this.book.active === this.model)
      this.book.active = this.book.sheets.find((s) => s.visible === -1) ?? null;
  }
  Activate(): void {
    if (live(this.model).visible !== -1)
      throw fail.invalid(`cannot activate the hidden sheet ${this.model.name}`);
    this.book.active = this.model;
  }
  Copy(before?: Et.EtWorksheet, after?: Et.EtWorksheet): void {
    live(this.model);
    this.model.owner?.countWrite();
    let n = 2;
    const base = this.model.name.slice(0, 26);
    while (this.book.find(`${base} (${n})`)) n++;
    const copy = this.model.clone(`${base} (${n})`);
    // Table names are unique in a workbook: a copied table gets a new one.
    const used = new Set(
      this.book.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())),
    );
    for (const t of copy.tables) {
      let k = 2;
      while (used.has(`${t.name}${k}`.toLowerCase())) k++;
      t.name = `${t.name}${k}`;
      used.add(t.name.toLowerCase());
    }
    const at = (ws: Et.EtWorksheet | undefined) =>
      ws instanceof WorksheetDouble ? this.book.sheets.indexOf(live(ws.model)) : -1;
    const b = at(before);
    const a = at(after);
    if (b < 0 && a < 0)
      throw fail.invalid('Copy needs Before or After (a new workbook is not modelled)');
    this.book.sheets.splice(b >= 0 ? b : a + 1, 0, copy);
    this.book.active = copy;
  }
  Delete(): void {
    live(this.model);
    if (this.book.sheets.length === 1) throw fail.invalid('a workbook must keep one sheet');
    this.book.countWrite();
    if (this.book.alertsOn) {
      this.book.alertsShown++;
      throw fail.alert(`delete sheet ${this.model.name}`);
    }
    this.book.sheets.splice(this.book.sheets.indexOf(this.model), 1);
    this.model.deleted = true;
    if (this.book.active === this.model) this.book.active = this.book.sheets[0] ?? null;
    // Names that pointed at the sheet now say #REF!, as in Excel and WPS.
    for (const n of this.book.names)
      if (sheetOf(n.refersTo) === this.model.name) n.refersTo = '=#REF!$A$1';
  }
}

function sheetOf(ref: string): string | null {
  const m = /^='((?:[^']|'')+)'!|^=([^'!]+)!/.exec(ref);
  return m ? (m[1] ?? m[2] ?? '').replace(/''/g, "'") : null;
}

class WorksheetsDouble implements Et.EtWorksheets {
  constructor(private readonly book: EtBookModel) {}
  get Count() {
    return this.book.sheets.length;
  }
  Item(i: number | string): Et.EtWorksheet {
    if (typeof i === 'string') {
      const sheet = this.book.find(i);
      if (!sheet) throw fail.outOfRange(`Worksheets("${i}")`);
      return new WorksheetDouble(this.book, sheet);
    }
    return new WorksheetDouble(
      this.book,
      this.book.sheets[index(i, this.book.sheets.length, 'Worksheets.Item')]!,
    );
  }
  Add(before?: Et.EtWorksheet | null, after?: Et.EtWorksheet | null): Et.EtWorksheet {
    let n = this.book.sheets.length + 1;
    while (this.book.find(`Sheet${n}`)) n++;
    const sheet = new EtSheetModel(`Sheet${n}`);
    sheet.owner = this.book;
    this.book.countWrite();
    const at = (ws: Et.EtWorksheet | null | undefined) =>
      ws instanceof WorksheetDouble ? this.book.sheets.indexOf(live(ws.model)) : -1;
    let position = at(before);
    if (position < 0) {
      const a = at(after);
      position = a >= 0 ? a + 1 : Math.max(0, this.book.sheets.indexOf(this.book.active!));
    }
    this.book.sheets.splice(position, 0, sheet);
    // A new sheet becomes the active one, as in WPS and Excel.
    this.book.active = sheet;
    return new WorksheetDouble(this.book, sheet);
  }
}

class NameDouble implements Et.EtName {
  constructor(
    private readonly book: EtBookModel,
    private readonly model: EtBookModel['names'][number],
  ) {}
  get Name() {
    return this.model.name;
  }
  get RefersTo() {
    return this.model.refersTo;
  }
  Delete(): void {
    this.book.countWrite();
    this.book.names = this.book.names.filter((n) => n !== this.model);
  }
}

class NamesDouble implements Et.EtNames {
  constructor(private readonly book: EtBookModel) {}
  get Count() {
    return this.book.names.length;
  }
  Item(i: number | string): Et.EtName {
    if (typeof i === 'string') {
      const n = this.book.names.find((x) => x.name.toLowerCase() === i.toLowerCase());
      if (!n) throw fail.outOfRange(`Names("${i}")`);
      return new NameDouble(this.book, n);
    }
    return new NameDouble(
      this.book,
      this.book.names[index(i, this.book.names.length, 'Names.Item')]!,
    );
  }
  Add(name: string, refersTo: string): Et.EtName {
    if (
      !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[rc]$/i.test(name)
    )
      throw fail.invalid(`not a valid name: ${name}`);
    if (!refersTo.startsWith('=')) throw fail.invalid(`RefersTo must start with "=": ${refersTo}`);
    const sheet = sheetOf(refersTo);
    if (sheet !== null && !this.book.find(sheet))
      throw fail.invalid(`RefersTo names no sheet of this workbook: ${refersTo}`);
    this.book.countWrite();
    // WPS, like Excel, reports a reference with the sheet quoted only where it must be.
    if (sheet !== null) refersTo = `=${quoteSheet(sheet)}${refersTo.slice(refersTo.indexOf('!'))}`;
    // Adding a name that exists replaces its reference.
    const existing = this.book.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (existing) existing.refersTo = refersTo;
    const model = existing ?? { name, refersTo };
    if (!existing) this.book.names.push(model);
    return new NameDouble(this.book, model);
  }
}

class WorkbookDouble implements Et.EtWorkbook {
  constructor(private readonly book: EtBookModel) {}
  readonly Name = '工作簿1.xlsx';
  get Worksheets(): Et.EtWorksheets {
    return new WorksheetsDouble(this.book);
  }
  get Names(): Et.EtNames {
    return new NamesDouble(this.book);
  }
  get ActiveSheet(): Et.EtWorksheet | null {
    return this.book.active ? new WorksheetDouble(this.book, this.book.active) : null;
  }
}

class WindowDouble implements Et.EtWindow {
  constructor(private readonly book: EtBookModel) {}
  private activeSheet() {
    if (!this.book.active) throw fail.invalid('no active sheet');
    return this.book.active;
  }
  get FreezePanes() {
    const f = this.activeSheet().freeze;
    return f.rows > 0 || f.columns > 0;
  }
  set FreezePanes(on: boolean) {
    const sheet = writable(this.activeSheet());
    const w = this.book.window;
    sheet.freeze = on ? { rows: w.splitRow, columns: w.splitColumn } : { rows: 0, columns: 0 };
    if (!on) {
      w.splitRow = 0;
      w.splitColumn = 0;
    }
  }
  get SplitRow() {
    return this.book.window.splitRow;
  }
  set SplitRow(n: number) {
    if (this.FreezePanes) throw fail.invalid('set FreezePanes = false before moving the split');
    this.book.window.splitRow = n;
  }
  get SplitColumn() {
    return this.book.window.splitColumn;
  }
  set SplitColumn(n: number) {
    if (this.FreezePanes) throw fail.invalid('set FreezePanes = false before moving the split');
    this.book.window.splitColumn = n;
  }
  get ScrollRow() {
    return this.book.window.scrollRow;
  }
  set ScrollRow(n: number) {
    this.book.window.scrollRow = index(n, 1_048_576, 'ScrollRow') + 1;
  }
  get ScrollColumn() {
    return this.book.window.scrollColumn;
  }
  set ScrollColumn(n: number) {
    this.book.window.scrollColumn = index(n, 16_384, 'ScrollColumn') + 1;
  }
}

export class ApplicationDouble implements Et.EtApplication {
  screenUpdatingChanges = 0;
  private screen = true;
  constructor(
    readonly book: EtBookModel,
    private readonly open = true,
  ) {}
  get ActiveWorkbook(): Et.EtWorkbook | null {
    return this.open ? new WorkbookDouble(this.book) : null;
  }
  get ActiveWindow(): Et.EtWindow {
    return new WindowDouble(this.book);
  }
  get ScreenUpdating() {
    return this.screen;
  }
  set ScreenUpdating(v: boolean | number) {
    this.screen = Boolean(v);
    this.screenUpdatingChanges++;
  }
  get DisplayAlerts() {
    return this.book.alertsOn;
  }
  set DisplayAlerts(v: boolean | number) {
    this.book.alertsOn = Boolean(v);
  }
}
