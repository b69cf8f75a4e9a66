import type {
  XlBorderIndex,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlCustomConditionalFormat,
  XlDataValidation,
  XlRange,
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
} from '../../../src/office/excel-api';
import {
  type Rect,
  intersects,
  parseLocalAddress,
  quoteSheet,
  rectAddress,
  rectColumns,
  rectRows,
} from './a1';
import { ClientObjectDouble, READ_CELL_LIMIT, type RequestQueue } from './context';
import { ErrorCode, ExcelDoubleError, invalidArgument, notLoaded } from './errors';
import {
  type ConditionalFormatEntry,
  type SheetModel,
  type ValidationEntry,
  type WorkbookModel,
  enterValue,
  valueType,
} from './model';

export interface RangeModel {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const CELL_PROPERTIES = ['values', 'numberFormat', 'valueTypes', 'formulas'];

export class RangeDouble extends ClientObjectDouble<RangeModel> implements XlRange {
  protected readonly scalarProperties = [
    'address',
    'rowCount',
    'columnCount',
    'values',
    'numberFormat',
    'valueTypes',
    'formulas',
    'hyperlink',
  ];
  readonly format: RangeFormatDouble;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;

  constructor(
    queue: RequestQueue,
    resolver: () => RangeModel | null,
    private readonly workbook: WorkbookModel,
  ) {
    super(queue, resolver, 'Range');
    this.format = new RangeFormatDouble(queue, () => this.target());
    this.dataValidation = new DataValidationDouble(queue, () => this.target());
    this.conditionalFormats = new ConditionalFormatsDouble(queue, () => this.target());
  }

  protected override navigation(property: string): ClientObjectDouble<unknown> | undefined {
    return property === 'format' ? (this.format as ClientObjectDouble<unknown>) : undefined;
  }

  /** The overlap with another range of the same sheet, or a null object (also for a null range). */
  getIntersectionOrNullObject(anotherRange: XlRange | string): RangeDouble {
    return new RangeDouble(
      this.queue,
      () => {
        const model = this.resolve();
        if (model === null) return null;
        const other =
          typeof anotherRange === 'string'
            ? parseLocalAddress(anotherRange)
            : (anotherRange as RangeDouble).modelNow().rect;
        if (!other) throw invalidArgument(`not a valid address: ${String(anotherRange)}`);
        const { rect } = model;
        const top = Math.max(rect.top, other.top);
        const left = Math.max(rect.left, other.left);
        const bottom = Math.min(rect.bottom, other.bottom);
        const right = Math.min(rect.right, other.right);
        return top > bottom || left > right
          ? null
          : { sheet: model.sheet, rect: { top, left, bottom, right } };
      },
      this.workbook,
    );
  }

  /** One cell of the range, relative to its top-left corner (Range.getCell). */
  getCell(row: number, column: number): RangeDouble {
    return new RangeDouble(
      this.queue,
      () => {
        const { sheet, rect } = this.target();
        const r = rect.top + row;
        const c = rect.left + column;
        return { sheet, rect: { top: r, left: c, bottom: r, right: c } };
      },
      this.workbook,
    );
  }

  /** The model now, for the shell-facing helpers of other proxies (e.g. tables.add(range)). */
  modelNow(): RangeModel {
    return this.target();
  }

  protected readProperty(model: RangeModel, property: string): unknown {
    const { sheet, rect } = model;
    if (CELL_PROPERTIES.includes(property)) {
      const cells = rectRows(rect) * rectColumns(rect);
      if (cells > READ_CELL_LIMIT)
        throw new ExcelDoubleError(
          ErrorCode.rangeExceedsLimit,
          `The range has ${cells} cells; reading more than ${READ_CELL_LIMIT} at once is refused.`,
        );
    }
    const grid = <T>(pick: (r: number, c: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: T[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(pick(r, c));
        out.push(row);
      }
      return out;
    };
    switch (property) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case 'rowCount':
        return rectRows(rect);
      case 'columnCount':
        return rectColumns(rect);
      case 'values':
        return grid((r, c) => sheet.cell(r, c)?.value ?? '');
      case 'numberFormat':
        return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? sheet.areaFormat(r, c));
      case 'valueTypes':
        return grid((r, c) => valueType(sheet.cell(r, c)));
      case 'hyperlink':
        return (
          sheet.hyperlinks.get(rectAddress({ ...rect, bottom: rect.top, right: rect.left })) ?? null
        );
      case 'formulas':
        return grid((r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.formula ?? cell?.value ?? '';
        });
      default:
        throw invalidArgument(`unknown property ${property}`);
    }
  }

  load(propertyNames?: string | string[]): RangeDouble {
    this.queueLoad(propertyNames);
    return this;
  }

  get address(): string {
    return this.read('address') as string;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read('valueTypes') as Excel.RangeValueType[][];
  }
  // Office.js types these as any[][].
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] {
    return this.read('values') as unknown[][];
  }
  set values(values: unknown[][]) {
    this.queueWrite({ set: 'values', values }, (m) => {
      checkShape(m.rect, values, 'values');
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return; // null leaves the cell unchanged, as in Office.js
          enterValue(m.sheet.ensureCell(m.rect.top + i, m.rect.left + j), v);
        }),
      );
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] {
    return this.read('numberFormat') as unknown[][];
  }
  set numberFormat(formats: unknown[][]) {
    this.queueWrite({ set: 'numberFormat', formats }, (m) => {
      // One format for a larger range applies to all of its cells, an unbounded one included
      // (Office.js: "a single value … will be applied to all cells"); kept as an area format.
      const only = formats.length === 1 && formats[0]?.length === 1 ? formats[0][0] : undefined;
      if (only !== undefined && (rectRows(m.rect) > 1 || rectColumns(m.rect) > 1)) {
        if (typeof only !== 'string') throw invalidArgument('a number format must be text');
        m.sheet.formatArea(m.rect, only);
        return;
      }
      checkShape(m.rect, formats, 'numberFormat');
      formats.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null) return;
          if (typeof f !== 'string') throw invalidArgument('a number format must be text');
          m.sheet.ensureCell(m.rect.top + i, m.rect.left + j).numberFormat = f;
        }),
      );
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] {
    return this.read('formulas') as unknown[][];
  }
  set formulas(formulas: unknown[][]) {
    this.queueWrite({ set: 'formulas', formulas }, (m) => {
      checkShape(m.rect, formulas, 'formulas');
      formulas.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return; // null leaves the cell unchanged, as for values
          enterValue(m.sheet.ensureCell(m.rect.top + i, m.rect.left + j), v);
        }),
      );
    });
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.read('hyperlink') as Excel.RangeHyperlink;
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.queueWrite({ set: 'hyperlink', link }, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          sheet.hyperlinks.set(rectAddress({ top: r, left: c, bottom: r, right: c }), { ...link });
          if (link.textToDisplay !== undefined)
            enterValue(sheet.ensureCell(r, c), `'${link.textToDisplay}`);
        }
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.queueWrite({ call: 'clear', applyTo }, ({ sheet, rect }) => {
      if (applyTo === 'All')
        for (const address of [...sheet.hyperlinks.keys()]) {
          const at = parseLocalAddress(address);
          if (at && intersects(at, rect)) sheet.hyperlinks.delete(address);
        }
      sheet.cells.forEach((row, r) => {
        if (!row || r < rect.top || r > rect.bottom) return;
        row.forEach((cell, c) => {
          if (!cell || c < rect.left || c > rect.right) return;
          if (applyTo !== 'Formats') enterValue(cell, '');
          if (applyTo !== 'Contents') cell.numberFormat = 'General';
        });
      });
      if (applyTo !== 'Contents') {
        sheet.formats.push({ rect, path: '*clear*', value: null });
        sheet.clearAreaFormats(rect);
      }
    });
  }

  merge(across = false): void {
    this.queueWrite({ call: 'merge', across }, ({ sheet, rect }) => {
      if (across) throw invalidArgument('the double merges whole areas only');
      for (const t of this.workbook.tables)
        if (t.sheet === sheet && intersects(t.rect, rect))
          throw new ExcelDoubleError(
            ErrorCode.invalidOperation,
            `Merged cells can't be inside a table (${t.name}).`,
          );
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      sheet.merges.push(rect);
      // Excel keeps only the top-left value of a merged area.
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.cell(r, c);
          if (cell && (r !== rect.top || c !== rect.left)) enterValue(cell, '');
        }
    });
  }

  unmerge(): void {
    this.queueWrite({ call: 'unmerge' }, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  select(): void {
    this.queueWrite({ call: 'select' }, ({ sheet, rect }) => {
      this.workbook.activeSheet = sheet;
      this.workbook.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }
}

function checkShape(rect: Rect, values: unknown, what: string): void {
  const rows = rectRows(rect);
  const columns = rectColumns(rect);
  const ok =
    Array.isArray(values) &&
    values.length === rows &&
    values.every((row) => Array.isArray(row) && row.length === columns);
  if (!ok)
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what} for ${rectAddress(rect)} needs ${rows}×${columns}).`,
    );
}

/** Queues a format write of `path` over the range, applied at sync to the sheet's format log. */
function formatWriter(
  queue: RequestQueue,
  range: () => RangeModel,
  prefix: string,
): (name: string, value: unknown) => void {
  return (name, value) => {
    const path = prefix + name;
    queue.push({ set: path, value }, () => {
      const { sheet, rect } = range();
      sheet.formats.push({ rect, path, value });
    });
  };
}

/**
 * A loadable part of a range's format (`format`, `format.font`, `format.fill`): what Excel reports
 * is the cells' common value, or null when they differ (Excel's rule for multi-cell ranges).
 */
abstract class FormatPartDouble extends ClientObjectDouble<RangeModel> {
  protected readonly write: (name: string, value: unknown) => void;

  constructor(
    queue: RequestQueue,
    range: () => RangeModel,
    private readonly prefix: string,
    typeName: string,
  ) {
    super(queue, range, typeName);
    this.write = formatWriter(queue, range, prefix);
  }

  protected readProperty(model: RangeModel, property: string): unknown {
    const { sheet, rect } = model;
    let first: unknown;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const v = sheet.effectiveFormat(r, c, this.prefix + property);
        if (r === rect.top && c === rect.left) first = v;
        else if (v !== first) return null;
      }
    return first;
  }

  load(propertyNames?: string | string[]): this {
    this.queueLoad(propertyNames);
    return this;
  }
}

class RangeFormatDouble extends FormatPartDouble implements XlRangeFormat {
  protected readonly scalarProperties = [
    'columnWidth',
    'rowHeight',
    'wrapText',
    'horizontalAlignment',
    'verticalAlignment',
  ];
  readonly font: FontDouble;
  readonly fill: FillDouble;
  readonly borders: XlRangeBorderCollection;

  constructor(queue: RequestQueue, range: () => RangeModel) {
    super(queue, range, '', 'RangeFormat');
    this.font = new FontDouble(queue, range);
    this.fill = new FillDouble(queue, range);
    this.borders = {
      getItem: (index: XlBorderIndex) =>
        new BorderDouble(formatWriter(queue, range, `borders.${index}.`)),
    };
  }

  protected override navigation(property: string): ClientObjectDouble<unknown> | undefined {
    if (property === 'font') return this.font as ClientObjectDouble<unknown>;
    if (property === 'fill') return this.fill as ClientObjectDouble<unknown>;
    return undefined;
  }

  get columnWidth(): number {
    return this.read('columnWidth') as number;
  }
  set columnWidth(points: number) {
    if (!(points >= 0 && points <= 255 * 7.5)) throw invalidArgument(`column width ${points}`);
    this.write('columnWidth', points);
  }
  get rowHeight(): number {
    return this.read('rowHeight') as number;
  }
  set rowHeight(points: number) {
    if (!(points >= 0 && points <= 409)) throw invalidArgument(`row height ${points}`);
    this.write('rowHeight', points);
  }
  get wrapText(): boolean {
    return this.read('wrapText') as boolean;
  }
  set wrapText(v: boolean) {
    this.write('wrapText', v);
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this.read('horizontalAlignment') as Excel.RangeFormat['horizontalAlignment'];
  }
  set horizontalAlignment(v: Excel.RangeFormat['horizontalAlignment']) {
    this.write('horizontalAlignment', v);
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this.read('verticalAlignment') as Excel.RangeFormat['verticalAlignment'];
  }
  set verticalAlignment(v: Excel.RangeFormat['verticalAlignment']) {
    this.write('verticalAlignment', v);
  }
}

function checkColor(color: string): void {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color) && !/^[A-Za-z]+$/.test(color))
    throw invalidArgument(`not a colour: ${color}`);
}

class FontDouble extends FormatPartDouble implements XlRangeFont {
  protected readonly scalarProperties = ['bold', 'italic', 'size', 'color', 'name'];
  constructor(queue: RequestQueue, range: () => RangeModel) {
    super(queue, range, 'font.', 'RangeFont');
  }
  get bold(): boolean {
    return this.read('bold') as boolean;
  }
  set bold(v: boolean) {
    this.write('bold', v);
  }
  get italic(): boolean {
    return this.read('italic') as boolean;
  }
  set italic(v: boolean) {
    this.write('italic', v);
  }
  get size(): number {
    return this.read('size') as number;
  }
  set size(v: number) {
    if (!(v >= 1 && v <= 409)) throw invalidArgument(`font size ${v}`);
    this.write('size', v);
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    checkColor(v);
    this.write('color', v);
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    if (typeof v !== 'string' || v.trim() === '') throw invalidArgument('a font needs a name');
    this.write('name', v);
  }
}

class FillDouble extends FormatPartDouble implements XlRangeFill {
  protected readonly scalarProperties = ['color'];
  constructor(queue: RequestQueue, range: () => RangeModel) {
    super(queue, range, 'fill.', 'RangeFill');
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(v: string) {
    checkColor(v);
    this.write('color', v);
  }
}

class BorderDouble implements XlRangeBorder {
  constructor(private readonly write: (name: string, value: unknown) => void) {}
  get style(): Excel.RangeBorder['style'] {
    throw notLoaded('RangeBorder.style');
  }
  set style(v: Excel.RangeBorder['style']) {
    this.write('style', v);
  }
  get color(): string {
    throw notLoaded('RangeBorder.color');
  }
  set color(v: string) {
    checkColor(v);
    this.write('color', v);
  }
}

const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ALERT_MESSAGE_MAX = 225;

class DataValidationDouble implements XlDataValidation {
  constructor(
    private readonly queue: RequestQueue,
    private readonly range: () => RangeModel,
  ) {}

  private entry(): ValidationEntry {
    const { sheet, rect } = this.range();
    const same = sheet.validations.find((v) => rectAddress(v.rect) === rectAddress(rect));
    if (same) return same;
    // Excel keeps one rule per cell: a new area replaces what it covers.
    sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    const created: ValidationEntry = { rect };
    sheet.validations.push(created);
    return created;
  }

  get rule(): Excel.DataValidationRule {
    throw notLoaded('DataValidation.rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.queue.push({ set: 'dataValidation.rule', rule }, () => {
      checkRule(rule);
      this.entry().rule = rule;
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    throw notLoaded('DataValidation.prompt');
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.queue.push({ set: 'dataValidation.prompt', prompt }, () => {
      if ((prompt.title ?? '').length > PROMPT_TITLE_MAX)
        throw invalidArgument(`prompt title over ${PROMPT_TITLE_MAX} characters`);
      if ((prompt.message ?? '').length > PROMPT_MESSAGE_MAX)
        throw invalidArgument(`prompt message over ${PROMPT_MESSAGE_MAX} characters`);
      this.entry().prompt = prompt;
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    throw notLoaded('DataValidation.errorAlert');
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.queue.push({ set: 'dataValidation.errorAlert', alert }, () => {
      if ((alert.title ?? '').length > PROMPT_TITLE_MAX)
        throw invalidArgument(`error title over ${PROMPT_TITLE_MAX} characters`);
      if ((alert.message ?? '').length > ALERT_MESSAGE_MAX)
        throw invalidArgument(`error message over ${ALERT_MESSAGE_MAX} characters`);
      this.entry().errorAlert = alert;
    });
  }
  get ignoreBlanks(): boolean {
    throw notLoaded('DataValidation.ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.queue.push({ set: 'dataValidation.ignoreBlanks', v }, () => {
      this.entry().ignoreBlanks = v;
    });
  }
  clear(): void {
    this.queue.push({ call: 'dataValidation.clear' }, () => {
      const { sheet, rect } = this.range();
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}

function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.entries(rule).filter(([, v]) => v !== undefined);
  if (kinds.length !== 1) throw invalidArgument('a data validation rule needs exactly one kind');
  if (rule.list) {
    const source = rule.list.source;
    if (typeof source !== 'string' || source.length === 0)
      throw invalidArgument('a list rule needs a source');
  }
  if (rule.date) {
    const { operator, formula1, formula2 } = rule.date;
    if (!operator || formula1 === undefined)
      throw invalidArgument('a date rule needs operator and formula1');
    const binary = operator === 'Between' || operator === 'NotBetween';
    if (binary && formula2 === undefined) throw invalidArgument(`${operator} needs formula2`);
    for (const f of binary ? [formula1, formula2] : [formula1])
      if (typeof f === 'string' && !/^(=.+|\d{4}-\d{2}-\d{2}(T[\d:.]+)?)$/.test(f))
        throw invalidArgument(`not a date or formula: ${f}`);
  }
}

class ConditionalFormatsDouble implements XlConditionalFormatCollection {
  constructor(
    private readonly queue: RequestQueue,
    private readonly range: () => RangeModel,
  ) {}

  add(type: 'Custom'): XlConditionalFormat {
    const holder: { entry?: ConditionalFormatEntry; sheet?: SheetModel } = {};
    this.queue.push({ call: 'conditionalFormats.add', type }, () => {
      if (type !== 'Custom') throw invalidArgument(`the double supports Custom only, not ${type}`);
      const { sheet, rect } = this.range();
      const entry: ConditionalFormatEntry = {
        rect,
        type,
        formula: '',
        fill: null,
        fontColor: null,
        stopIfTrue: false,
      };
      // A new rule goes to the top of the list, as in Excel.
      sheet.conditionalFormats.unshift(entry);
      holder.entry = entry;
      holder.sheet = sheet;
    });
    return new ConditionalFormatDouble(this.queue, () => {
      if (!holder.entry || !holder.sheet)
        throw new ExcelDoubleError(ErrorCode.invalidOperation, 'conditional format not created');
      return { entry: holder.entry, sheet: holder.sheet };
    });
  }

  clearAll(): void {
    this.queue.push({ call: 'conditionalFormats.clearAll' }, () => {
      const { sheet, rect } = this.range();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, rect));
    });
  }
}

type CfTarget = () => { entry: ConditionalFormatEntry; sheet: SheetModel };

class ConditionalFormatDouble implements XlConditionalFormat {
  readonly custom: XlCustomConditionalFormat;

  constructor(
    private readonly queue: RequestQueue,
    private readonly target: CfTarget,
  ) {
    const set = (path: string, apply: (e: ConditionalFormatEntry, v: string) => void) => ({
      get color(): string {
        throw notLoaded(`ConditionalFormat.${path}`);
      },
      set color(v: string) {
        queue.push({ set: path, v }, () => {
          checkColor(v);
          apply(target().entry, v);
        });
      },
    });
    this.custom = {
      rule: {
        get formula(): string {
          throw notLoaded('ConditionalFormatRule.formula');
        },
        set formula(f: string) {
          queue.push({ set: 'custom.rule.formula', f }, () => {
            if (!f.startsWith('=') || f.length < 2)
              throw invalidArgument(`a custom rule formula starts with '=': ${f}`);
            target().entry.formula = f;
          });
        },
      },
      format: {
        fill: set('custom.format.fill.color', (e, v) => (e.fill = v)),
        font: set('custom.format.font.color', (e, v) => (e.fontColor = v)),
      },
    };
  }

  get priority(): number {
    throw notLoaded('ConditionalFormat.priority');
  }
  set priority(p: number) {
    this.queue.push({ set: 'priority', p }, () => {
      const { entry, sheet } = this.target();
      const list = sheet.conditionalFormats;
      list.splice(list.indexOf(entry), 1);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, entry);
    });
  }
  get stopIfTrue(): boolean {
    throw notLoaded('ConditionalFormat.stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this.queue.push({ set: 'stopIfTrue', v }, () => {
      this.target().entry.stopIfTrue = v;
    });
  }
}
