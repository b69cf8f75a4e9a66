import { NS } from './parts';
import {
  UnsupportedPackage,
  applySplices,
  attributesOf,
  escapeXml,
  findElement,
  requireRoot,
  tagsOf,
  unescapeXml,
  withAttribute,
  type Element,
  type Splice,
} from './xml-text';

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly start: number;
  readonly end: number;
  /** The whole `<sheet …/>` tag as the file has it. */
  readonly tag: string;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** The sheet index the name is local to, or null for a workbook-level name. */
  readonly localSheetId: number | null;
  /** The formula text, unescaped. */
  readonly formula: string;
  readonly start: number;
  readonly end: number;
  /** End of the opening tag. */
  readonly openEnd: number;
}

/** A new defined name, in the shape Excel and ExcelJS write. */
export interface NewDefinedName {
  readonly name: string;
  readonly localSheetId?: number;
  readonly formula: string;
}

/** xl/workbook.xml: its sheets and defined names, editable by text. */
export class WorkbookXml {
  readonly sheets: readonly WorkbookSheet[];
  readonly names: readonly DefinedNameEntry[];
  private readonly sheetsElement: Element;
  private readonly namesElement: Element | null;
  private readonly splices: Splice[] = [];
  private readonly appendedSheets: string[] = [];
  private readonly appendedNames: string[] = [];
  private pendingCalcPr = false;
  /** Whether the root binds `r:` to the relationships namespace (else a new <sheet> declares it). */
  private readonly rootBindsR: boolean;

  constructor(
    readonly xml: string,
    /** The part's name, for messages. */
    private readonly part = 'xl/workbook.xml',
  ) {
    const root = requireRoot(xml, part, 'workbook', NS.main);
    const rootAttributes = attributesOf(root.text);
    this.rootBindsR = rootAttributes.get('xmlns:r') === NS.docRels;
    const sheetsElement = findElement(xml, 'sheets');
    if (sheetsElement === null || sheetsElement.empty) {
      throw new UnsupportedPackage(`${part} has no sheets`);
    }
    this.sheetsElement = sheetsElement;
    this.sheets = tagsOf(xml, 'sheet', sheetsElement.openEnd, sheetsElement.closeStart).map(
      (tag) => {
        const a = attributesOf(tag.text);
        const name = a.get('name');
        const sheetId = Number(a.get('sheetId'));
        // The relationship id is matched by namespace: `r:` is only a habit (openpyxl declares
        // the prefix on each <sheet>, other writers use another prefix).
        const rId = relationshipId(a, rootAttributes);
        if (name === undefined || !Number.isInteger(sheetId) || rId === undefined) {
          throw new UnsupportedPackage(`${part}: a <sheet> without name, sheetId or r:id`);
        }
        return { name, sheetId, rId, start: tag.start, end: tag.end, tag: tag.text };
      },
    );
    this.namesElement = findElement(xml, 'definedNames', sheetsElement.end);
    this.names = this.readNames();
  }

  private readNames(): DefinedNameEntry[] {
    const el = this.namesElement;
    if (el === null || el.empty) return [];
    return tagsOf(this.xml, 'definedName', el.openEnd, el.closeStart).map((tag) => {
      const a = attributesOf(tag.text);
      let end = tag.end;
      let formula = '';
      if (!tag.text.endsWith('/>')) {
        const close = this.xml.indexOf('</definedName>', tag.end);
        if (close < 0) throw new UnsupportedPackage(`${this.part}: <definedName> not closed`);
        formula = unescapeXml(this.xml.slice(tag.end, close));
        end = close + '</definedName>'.length;
      }
      const local = a.get('localSheetId');
      return {
        name: a.get('name') ?? '',
        localSheetId: local === undefined ? null : Number(local),
        formula,
        start: tag.start,
        end,
        openEnd: tag.end,
      };
    });
  }

  /**
   * Renames a sheet's entry in place; its id, part and other attributes stay, and so does its
   * state unless the plan hides it.
   */
  replaceSheet(sheet: WorkbookSheet, name: string, hidden = false): void {
    const renamed = withAttribute(sheet.tag, 'name', name);
    this.splices.push({
      start: sheet.start,
      end: sheet.end,
      text: hidden ? withAttribute(renamed, 'state', 'hidden') : renamed,
    });
  }

  removeSheet(sheet: WorkbookSheet): void {
    this.splices.push({ start: sheet.start, end: sheet.end, text: '' });
  }

  /** Points a sheet-local name at the sheet's new position (after sheets before it were removed). */
  moveName(entry: DefinedNameEntry, localSheetId: number): void {
    const open = this.xml.slice(entry.start, entry.openEnd);
    this.splices.push({
      start: entry.start,
      end: entry.openEnd,
      text: withAttribute(open, 'localSheetId', String(localSheetId)),
    });
  }

  /** True for a workbook in the 1904 date system. */
  get date1904(): boolean {
    const pr = findElement(this.xml, 'workbookPr');
    const v = pr === null ? undefined : attributesOf(pr.openTag).get('date1904');
    return v === '1' || v === 'true';
  }

  /** Has every program recompute the formulas when the file is opened (written without results). */
  calculateOnLoad(): void {
    const calc = findElement(this.xml, 'calcPr');
    if (calc !== null) {
      this.splices.push({
        start: calc.start,
        end: calc.openEnd,
        text: withAttribute(calc.openTag, 'fullCalcOnLoad', '1'),
      });
      return;
    }
    this.pendingCalcPr = true;
  }

  /**
   * Keeps the workbook view's active and first tab on a sheet that still exists: `keptIndex`
   * gives a sheet's new position, or -1 for a removed one.
   */
  moveTabs(keptIndex: (old: number) => number, count: number): void {
    const view = findElement(this.xml, 'workbookView');
    if (view === null) return;
    const a = attributesOf(view.openTag);
    let tag = view.openTag;
    for (const attr of ['activeTab', 'firstSheet']) {
      const value = a.get(attr);
      if (value === undefined) continue;
      const moved = keptIndex(Number(value));
      tag = withAttribute(tag, attr, String(moved >= 0 && moved < count ? moved : 0));
    }
    if (tag !== view.openTag)
      this.splices.push({ start: view.start, end: view.openEnd, text: tag });
  }

  appendSheet(name: string, sheetId: number, rId: string, hidden = false): void {
    this.appendedSheets.push(sheetTag(name, sheetId, rId, hidden, !this.rootBindsR));
  }

  removeName(entry: DefinedNameEntry): void {
    this.splices.push({ start: entry.start, end: entry.end, text: '' });
  }

  appendName(name: NewDefinedName): void {
    const local = name.localSheetId === undefined ? '' : ` localSheetId="${name.localSheetId}"`;
    this.appendedNames.push(
      `<definedName name="${escapeXml(name.name)}"${local}>${escapeXml(name.formula)}</definedName>`,
    );
  }

  toString(): string {
    const splices = [...this.splices];
    const at = this.sheetsElement.closeStart;
    splices.push({ start: at, end: at, text: this.appendedSheets.join('') });
    let namesText = '';
    let namesAt = this.definedNamesPosition();
    if (this.appendedNames.length > 0) {
      const names = this.appendedNames.join('');
      const el = this.namesElement;
      if (el === null) {
        namesText = `<definedNames>${names}</definedNames>`;
      } else if (el.empty) {
        splices.push({
          start: el.start,
          end: el.end,
          text: `<definedNames>${names}</definedNames>`,
        });
      } else {
        splices.push({ start: el.closeStart, end: el.closeStart, text: names });
      }
    }
    if (this.namesElement !== null) namesAt = this.namesElement.end;
    // calcPr follows definedNames in CT_Workbook: one insertion keeps them in that order.
    const calc = this.pendingCalcPr ? '<calcPr fullCalcOnLoad="1"/>' : '';
    if (namesText !== '' || calc !== '') {
      splices.push({ start: namesAt, end: namesAt, text: namesText + calc });
    }
    return applySplices(this.xml, splices);
  }

  /** Where `<definedNames>` goes in CT_Workbook: after sheets, functionGroups, externalReferences. */
  private definedNamesPosition(): number {
    let at = this.sheetsElement.end;
    for (const name of ['functionGroups', 'externalReferences']) {
      const el = findElement(this.xml, name, at);
      if (el !== null) at = el.end;
    }
    return at;
  }
}

/**
 * The `id` attribute in the relationships namespace, under whatever prefix the tag itself or the
 * root binds to it (a binding on the tag wins, as in XML).
 */
function relationshipId(
  tag: ReadonlyMap<string, string>,
  root: ReadonlyMap<string, string>,
): string | undefined {
  const prefixes = (attributes: ReadonlyMap<string, string>) =>
    new Map(
      [...attributes]
        .filter(([key]) => key.startsWith('xmlns:'))
        .map(([key, value]) => [key.slice('xmlns:'.length), value] as const),
    );
  const bound = new Map([...prefixes(root), ...prefixes(tag)]);
  for (const [prefix, ns] of bound) {
    if (ns !== NS.docRels) continue;
    const id = tag.get(`${prefix}:id`);
    if (id !== undefined) return id;
  }
  return undefined;
}

function sheetTag(
  name: string,
  sheetId: number,
  rId: string,
  hidden: boolean,
  declareR: boolean,
): string {
  const state = hidden ? ' state="hidden"' : '';
  const ns = declareR ? ` xmlns:r="${NS.docRels}"` : '';
  return `<sheet${ns} name="${escapeXml(name)}" sheetId="${sheetId}"${state} r:id="${escapeXml(rId)}"/>`;
}
