import type {
  XlApplication,
  XlContext,
  XlFreezePanes,
  XlHeaderFooter,
  XlHeaderFooterGroup,
  XlNamedItem,
  XlPageLayout,
  XlNamedItemCollection,
  XlRange,
  XlTable,
  XlTableCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../../src/office/excel-api';
import { MAX_COLUMNS, MAX_ROWS, parseLocalAddress, splitSheetAddress } from './a1';
import { ClientObjectDouble, RequestQueue, type RequestRecord } from './context';
import { ErrorCode, ExcelDoubleError, invalidArgument, itemNotFound } from './errors';
import type { RunOptionsSeen, SyncFaults } from './faults';
import type { NameModel, SheetModel, TableModel, WorkbookModel } from './model';
import { RangeDouble, type RangeModel } from './range';

function rangeModel(sheet: SheetModel, address: string): RangeModel {
  if (address.includes('!'))
    throw invalidArgument(`a worksheet range has no sheet part: ${address}`);
  const rect = parseLocalAddress(address);
  if (!rect) throw invalidArgument(`not a valid address: ${address}`);
  return { sheet, rect };
}

/** A created object: the proxy resolves to what the queued `add` made. */
function created<M>(holder: { model?: M }, what: string): () => M {
  return () => {
    if (holder.model === undefined)
      throw new ExcelDoubleError(ErrorCode.invalidOperation, `${what} was not created`);
    return holder.model;
  };
}

class FreezePanesDouble implements XlFreezePanes {
  constructor(
    private readonly queue: RequestQueue,
    private readonly sheet: () => SheetModel,
  ) {}
  freezeAt(frozenRange: XlRange | string): void {
    this.queue.push({ call: 'freezeAt' }, () => {
      const sheet = this.sheet();
      const { rect } =
        typeof frozenRange === 'string'
          ? rangeModel(sheet, frozenRange)
          : (frozenRange as RangeDouble).modelNow();
      sheet.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
  freezeColumns(count = 1): void {
    this.queue.push({ call: 'freezeColumns', count }, () => {
      const sheet = this.sheet();
      sheet.freeze = { rows: 0, columns: count };
    });
  }
  freezeRows(count = 1): void {
    this.queue.push({ call: 'freezeRows', count }, () => {
      const sheet = this.sheet();
      sheet.freeze = { rows: count, columns: 0 };
    });
  }
  unfreeze(): void {
    this.queue.push({ call: 'unfreeze' }, () => {
      this.sheet().freeze = { rows: 0, columns: 0 };
    });
  }
}

/** Header and footer parts of every page (`headersFooters.defaultForAllPages`). */
class HeaderFooterDouble implements XlHeaderFooter {
  constructor(
    private readonly queue: RequestQueue,
    private readonly sheet: () => SheetModel,
  ) {}
  private part(kind: 'header' | 'footer', side: 'left' | 'center' | 'right', text: string): void {
    this.queue.push({ set: `${side}${kind}`, text }, () => {
      // Excel refuses a header or footer section longer than 255 characters.
      if (typeof text !== 'string' || text.length > 255)
        throw invalidArgument(`${side} ${kind}: at most 255 characters`);
      this.sheet().page[kind][side] = text;
    });
  }
  private read(): never {
    throw new ExcelDoubleError(ErrorCode.invalidOperation, 'header parts are not loaded here');
  }
  get leftHeader(): string {
    return this.read();
  }
  set leftHeader(text: string) {
    this.part('header', 'left', text);
  }
  get centerHeader(): string {
    return this.read();
  }
  set centerHeader(text: string) {
    this.part('header', 'center', text);
  }
  get rightHeader(): string {
    return this.read();
  }
  set rightHeader(text: string) {
    this.part('header', 'right', text);
  }
  get leftFooter(): string {
    return this.read();
  }
  set leftFooter(text: string) {
    this.part('footer', 'left', text);
  }
  get centerFooter(): string {
    return this.read();
  }
  set centerFooter(text: string) {
    this.part('footer', 'center', text);
  }
  get rightFooter(): string {
    return this.read();
  }
  set rightFooter(text: string) {
    this.part('footer', 'right', text);
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): the setters the shell uses, checked as Excel checks them. */
class PageLayoutDouble implements XlPageLayout {
  readonly headersFooters: XlHeaderFooterGroup;
  constructor(
    private readonly queue: RequestQueue,
    private readonly sheet: () => SheetModel,
  ) {
    this.headersFooters = { defaultForAllPages: new HeaderFooterDouble(queue, sheet) };
  }
  private read(): never {
    throw new ExcelDoubleError(ErrorCode.invalidOperation, 'page layout is not loaded here');
  }
  get orientation(): Excel.PageLayout['orientation'] {
    return this.read();
  }
  set orientation(value: Excel.PageLayout['orientation']) {
    this.queue.push({ set: 'orientation', value }, () => {
      if (value !== 'Portrait' && value !== 'Landscape')
        throw invalidArgument(`orientation ${String(value)}`);
      this.sheet().page.orientation = value;
    });
  }
  get paperSize(): Excel.PageLayout['paperSize'] {
    return this.read();
  }
  set paperSize(value: Excel.PageLayout['paperSize']) {
    this.queue.push({ set: 'paperSize', value }, () => {
      if (value !== 'A4' && value !== 'Letter')
        throw invalidArgument(`the double knows A4 and Letter paper, got ${String(value)}`);
      this.sheet().page.paperSize = value;
    });
  }
  get zoom(): Excel.PageLayout['zoom'] {
    return this.read();
  }
  set zoom(value: Excel.PageLayout['zoom']) {
    this.queue.push({ set: 'zoom', value }, () => {
      const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = value;
      const count = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
      const fit = wide !== undefined || tall !== undefined;
      if (scale !== undefined && (fit || scale < 10 || scale > 400))
        throw invalidArgument('zoom: a scale of 10–400, or pages to fit to, not both');
      if (!fit && scale === undefined) throw invalidArgument('zoom: nothing given');
      if (!count(wide) || !count(tall)) throw invalidArgument('zoom: pages are whole numbers');
      this.sheet().page.zoom = { ...value };
    });
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.queue.push({ call: 'setPrintTitleRows', printTitleRows }, () => {
      if (!/^\$\d+:\$\d+$/.test(printTitleRows))
        throw invalidArgument(`print title rows like $1:$1, got ${printTitleRows}`);
      this.sheet().page.printTitleRows = printTitleRows;
    });
  }
}

export class WorksheetDouble extends ClientObjectDouble<SheetModel> implements XlWorksheet {
  protected readonly scalarProperties = ['name', 'position', 'tabColor', 'visibility', 'id'];
  readonly tables: TableCollectionDouble;
  readonly freezePanes: XlFreezePanes;
  readonly pageLayout: XlPageLayout;

  constructor(
    queue: RequestQueue,
    resolver: () => SheetModel | null,
    private readonly workbook: WorkbookModel,
  ) {
    super(queue, resolver, 'Worksheet');
    this.tables = new TableCollectionDouble(queue, workbook, () => this.target());
    this.freezePanes = new FreezePanesDouble(queue, () => this.target());
    this.pageLayout = new PageLayoutDouble(queue, () => this.target());
  }

  protected override navigation(property: string): ClientObjectDouble<unknown> | undefined {
    return property === 'tables' ? (this.tables as ClientObjectDouble<unknown>) : undefined;
  }

  protected readProperty(model: SheetModel, property: string): unknown {
    switch (property) {
      case 'name':
        return model.name;
      case 'position':
        return this.workbook.sheets.indexOf(model);
      case 'tabColor':
        return model.tabColor;
      case 'visibility':
        return model.visibility;
      default:
        return `{${model.id}}`;
    }
  }

  load(propertyNames?: string | string[]): WorksheetDouble {
    this.queueLoad(propertyNames);
    return this;
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(name: string) {
    this.queueWrite({ set: 'name', name }, (sheet) => this.workbook.renameSheet(sheet, name));
  }
  get position(): number {
    return this.read('position') as number;
  }
  set position(position: number) {
    this.queueWrite({ set: 'position', position }, (sheet) =>
      this.workbook.moveSheet(sheet, position),
    );
  }
  get visibility(): Excel.Worksheet['visibility'] {
    return this.read('visibility') as Excel.Worksheet['visibility'];
  }
  set visibility(visibility: Excel.Worksheet['visibility']) {
    this.queueWrite({ set: 'visibility', visibility }, (sheet) =>
      this.workbook.setVisibility(sheet, visibility as SheetModel['visibility']),
    );
  }
  get tabColor(): string {
    return this.read('tabColor') as string;
  }
  set tabColor(color: string) {
    this.queueWrite({ set: 'tabColor', color }, (sheet) => {
      if (color !== '' && !/^#[0-9A-Fa-f]{6}$/.test(color))
        throw invalidArgument(`not a colour: ${color}`);
      sheet.tabColor = color;
    });
  }

  getRange(address?: string): RangeDouble {
    return new RangeDouble(
      this.queue,
      () => {
        const sheet = this.target();
        if (address === undefined)
          return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
        return rangeModel(sheet, address);
      },
      this.workbook,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    return new RangeDouble(
      this.queue,
      () => {
        const sheet = this.resolve();
        if (sheet === null) return null;
        const rect = sheet.usedRect(valuesOnly);
        return rect === null ? null : { sheet, rect };
      },
      this.workbook,
    );
  }

  copy(
    positionType?: Excel.WorksheetPositionType | 'None' | 'Before' | 'After' | 'Beginning' | 'End',
    relativeTo?: XlWorksheet,
  ): WorksheetDouble {
    const holder: { model?: SheetModel } = {};
    this.queueWrite({ call: 'copy', positionType }, (sheet) => {
      const other = relativeTo === undefined ? undefined : (relativeTo as WorksheetDouble).target();
      holder.model = this.workbook.copySheet(
        sheet,
        (positionType ?? 'None') as 'None' | 'Before' | 'After' | 'Beginning' | 'End',
        other,
      );
    });
    return new WorksheetDouble(this.queue, created(holder, 'worksheet copy'), this.workbook);
  }

  activate(): void {
    this.queueWrite({ call: 'activate' }, (sheet) => {
      this.workbook.activeSheet = sheet;
    });
  }

  delete(): void {
    this.queueWrite({ call: 'delete' }, (sheet) => this.workbook.deleteSheet(sheet));
  }
}

abstract class CollectionDouble<M, P extends ClientObjectDouble<M>> extends ClientObjectDouble<
  readonly M[]
> {
  protected readonly scalarProperties = ['count'];
  private loadedItems: P[] | undefined;

  protected abstract proxyFor(model: M): P;

  protected readProperty(models: readonly M[], _property: string): unknown {
    return models.length;
  }

  override applyLoad(paths: readonly (readonly string[])[], response: { bytes: number }): void {
    const itemPaths = paths.filter((p) => p[0] === 'items').map((p) => p.slice(1));
    const own = paths.filter((p) => p[0] !== 'items');
    super.applyLoad(own.length > 0 || paths.length > 0 ? own : [['count']], response);
    if (paths.length === 0 || itemPaths.length > 0) {
      const models = this.target();
      this.loadedItems = models.map((m) => this.proxyFor(m));
      const sub = itemPaths.filter((p) => p.length > 0);
      for (const item of this.loadedItems) item.applyLoad(sub, response);
    }
  }

  get items(): P[] {
    if (!this.loadedItems)
      throw new ExcelDoubleError(
        ErrorCode.propertyNotLoaded,
        `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loadedItems;
  }
}

export class WorksheetCollectionDouble
  extends CollectionDouble<SheetModel, WorksheetDouble>
  implements XlWorksheetCollection
{
  constructor(
    queue: RequestQueue,
    private readonly workbook: WorkbookModel,
  ) {
    super(queue, () => workbook.sheets, 'WorksheetCollection');
  }
  protected proxyFor(model: SheetModel): WorksheetDouble {
    return new WorksheetDouble(this.queue, () => (model.deleted ? null : model), this.workbook);
  }
  load(propertyNames?: string | string[]): WorksheetCollectionDouble {
    this.queueLoad(propertyNames);
    return this;
  }
  getItem(key: string): WorksheetDouble {
    return new WorksheetDouble(
      this.queue,
      () => {
        const sheet = this.workbook.findSheet(key);
        if (!sheet) throw itemNotFound(`worksheet ${key}`, `WorksheetCollection.getItem`);
        return sheet;
      },
      this.workbook,
    );
  }
  getItemOrNullObject(key: string): WorksheetDouble {
    return new WorksheetDouble(
      this.queue,
      () => this.workbook.findSheet(key) ?? null,
      this.workbook,
    );
  }
  add(name?: string): WorksheetDouble {
    const holder: { model?: SheetModel } = {};
    this.queue.push({ call: 'worksheets.add', name }, () => {
      holder.model = this.workbook.addSheet(name);
    });
    return new WorksheetDouble(this.queue, created(holder, `worksheet ${name}`), this.workbook);
  }
}

export class TableDouble extends ClientObjectDouble<TableModel> implements XlTable {
  protected readonly scalarProperties = ['name', 'style'];
  readonly worksheet: WorksheetDouble;

  constructor(
    queue: RequestQueue,
    resolver: () => TableModel | null,
    private readonly workbook: WorkbookModel,
  ) {
    super(queue, resolver, 'Table');
    this.worksheet = new WorksheetDouble(queue, () => this.target().sheet, workbook);
  }
  protected override navigation(property: string): ClientObjectDouble<unknown> | undefined {
    return property === 'worksheet' ? (this.worksheet as ClientObjectDouble<unknown>) : undefined;
  }
  protected readProperty(model: TableModel, property: string): unknown {
    return property === 'name' ? model.name : model.style;
  }
  load(propertyNames?: string | string[]): TableDouble {
    this.queueLoad(propertyNames);
    return this;
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(name: string) {
    this.queueWrite({ set: 'name', name }, (t) => this.workbook.renameTable(t, name));
  }
  get style(): string {
    return this.read('style') as string;
  }
  set style(style: string) {
    this.queueWrite({ set: 'style', style }, (t) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style) && style !== '')
        throw invalidArgument(`unknown table style ${style}`);
      t.style = style;
    });
  }
  delete(): void {
    this.queueWrite({ call: 'delete' }, (t) => {
      this.workbook.tables.splice(this.workbook.tables.indexOf(t), 1);
      // Deleting a table removes its cells' contents with it.
      for (let r = t.rect.top; r <= t.rect.bottom; r++)
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const cell = t.sheet.cell(r, c);
          if (cell) {
            cell.value = '';
            delete cell.formula;
            delete cell.error;
          }
        }
    });
  }
}

export class TableCollectionDouble
  extends CollectionDouble<TableModel, TableDouble>
  implements XlTableCollection
{
  constructor(
    queue: RequestQueue,
    private readonly workbook: WorkbookModel,
    /** The worksheet of a worksheet's collection; undefined for workbook.tables. */
    private readonly sheet?: () => SheetModel,
  ) {
    super(
      queue,
      () => (sheet ? workbook.tables.filter((t) => t.sheet === sheet()) : workbook.tables),
      'TableCollection',
    );
  }
  protected proxyFor(model: TableModel): TableDouble {
    return new TableDouble(
      this.queue,
      () => (this.workbook.tables.includes(model) ? model : null),
      this.workbook,
    );
  }
  load(propertyNames?: string | string[]): TableCollectionDouble {
    this.queueLoad(propertyNames);
    return this;
  }
  add(address: XlRange | string, hasHeaders: boolean): TableDouble {
    const holder: { model?: TableModel } = {};
    this.queue.push({ call: 'tables.add', address: String(address), hasHeaders }, () => {
      if (!hasHeaders) throw invalidArgument('the double creates tables with headers only');
      let target: RangeModel;
      if (typeof address === 'string') {
        const { sheet: named, local } = splitSheetAddress(address);
        const sheet =
          named !== null
            ? this.workbook.findSheet(named)
            : (this.sheet?.() ?? this.workbook.activeSheet);
        if (!sheet) throw itemNotFound(`worksheet of ${address}`);
        target = rangeModel(sheet, local);
      } else {
        target = (address as RangeDouble).modelNow();
      }
      if (this.sheet && target.sheet !== this.sheet())
        throw invalidArgument('the range is on another worksheet');
      holder.model = this.workbook.addTable(target.sheet, target.rect);
    });
    return new TableDouble(this.queue, created(holder, 'table'), this.workbook);
  }
  getItemAt(index: number): TableDouble {
    return new TableDouble(
      this.queue,
      () => {
        const all = this.sheet
          ? this.workbook.tables.filter((t) => t.sheet === this.sheet?.())
          : this.workbook.tables;
        const t = all[index];
        if (!t) throw itemNotFound(`table at ${index}`, 'TableCollection.getItemAt');
        return t;
      },
      this.workbook,
    );
  }
  getItemOrNullObject(key: string): TableDouble {
    return new TableDouble(
      this.queue,
      () => {
        const t = this.workbook.findTable(key);
        return t && (!this.sheet || t.sheet === this.sheet()) ? t : null;
      },
      this.workbook,
    );
  }
}

export class NamedItemDouble extends ClientObjectDouble<NameModel> implements XlNamedItem {
  protected readonly scalarProperties = ['name', 'formula', 'comment', 'type', 'value'];
  constructor(
    queue: RequestQueue,
    resolver: () => NameModel | null,
    private readonly workbook: WorkbookModel,
  ) {
    super(queue, resolver, 'NamedItem');
  }
  protected readProperty(model: NameModel, property: string): unknown {
    switch (property) {
      case 'name':
        return model.name;
      case 'formula':
      case 'value':
        return this.workbook.nameFormula(model);
      case 'comment':
        return model.comment;
      default:
        return model.sheet ? 'Range' : 'String';
    }
  }
  load(propertyNames?: string | string[]): NamedItemDouble {
    this.queueLoad(propertyNames);
    return this;
  }
  get name(): string {
    return this.read('name') as string;
  }
  get formula(): string {
    return this.read('formula') as string;
  }
  delete(): void {
    this.queueWrite({ call: 'delete' }, (n) => {
      this.workbook.names.splice(this.workbook.names.indexOf(n), 1);
    });
  }
}

export class NamedItemCollectionDouble
  extends CollectionDouble<NameModel, NamedItemDouble>
  implements XlNamedItemCollection
{
  constructor(
    queue: RequestQueue,
    private readonly workbook: WorkbookModel,
  ) {
    super(queue, () => workbook.names, 'NamedItemCollection');
  }
  protected proxyFor(model: NameModel): NamedItemDouble {
    return new NamedItemDouble(
      this.queue,
      () => (this.workbook.names.includes(model) ? model : null),
      this.workbook,
    );
  }
  load(propertyNames?: string | string[]): NamedItemCollectionDouble {
    this.queueLoad(propertyNames);
    return this;
  }
  add(name: string, reference: XlRange | string, comment = ''): NamedItemDouble {
    const holder: { model?: NameModel } = {};
    this.queue.push({ call: 'names.add', name, reference: String(reference), comment }, () => {
      if (typeof reference !== 'string') throw invalidArgument('the double takes a text reference');
      holder.model = this.workbook.addName(name, reference, comment);
    });
    return new NamedItemDouble(this.queue, created(holder, `name ${name}`), this.workbook);
  }
  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(
      this.queue,
      () => this.workbook.findName(name) ?? null,
      this.workbook,
    );
  }
}

class WorkbookDouble implements XlWorkbook {
  readonly worksheets: WorksheetCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly tables: TableCollectionDouble;
  constructor(queue: RequestQueue, model: WorkbookModel) {
    this.worksheets = new WorksheetCollectionDouble(queue, model);
    this.names = new NamedItemCollectionDouble(queue, model);
    this.tables = new TableCollectionDouble(queue, model);
  }
}

/** A request context over a workbook model; records every sync in `log`. */
export class RequestContextDouble implements XlContext {
  readonly workbook: WorkbookDouble;
  readonly application: XlApplication;
  private readonly queue: RequestQueue;

  constructor(
    model: WorkbookModel,
    log: RequestRecord[],
    faults?: SyncFaults,
    options: RunOptionsSeen = {},
  ) {
    this.queue = new RequestQueue(log, faults, options);
    this.workbook = new WorkbookDouble(this.queue, model);
    const queue = this.queue;
    this.application = {
      suspendApiCalculationUntilNextSync: () => queue.pushSuspendCalculation(),
    };
  }

  get pendingActions(): number {
    return this.queue.pending;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.queue.sync();
    return passThroughValue as T;
  }
}
