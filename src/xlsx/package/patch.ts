import { isOwnershipName, ownershipNames } from '../../core/ownership';
import { updateSheetTitles } from './app-xml';
import {
  ContentTypes,
  Package,
  REL,
  Relationships,
  WORKSHEET_CONTENT_TYPE,
  relsPartOf,
  resolveTarget,
  type Relationship,
} from './parts';
import type { MovedName, MovedSheets } from './moved-sheets';
import { checkUserStyles, mergeStyles } from './styles-merge';
import { WorkbookXml, type WorkbookSheet } from './workbook-xml';
import { UnsupportedPackage } from './xml-text';

/** Where one sheet of the scratch workbook goes in the user's package. */
export interface SheetPlacement {
  /** The sheet's name, as the scratch workbook (and the plan) has it. */
  readonly name: string;
  /** The owned sheet it replaces in place (its current name), or null to add it at the end. */
  readonly replaces: string | null;
}

export interface PatchRequest {
  /** In scratch (plan) order; new sheets are appended in this order. */
  readonly sheets: readonly SheetPlacement[];
  /** Every sheet the product owns afterwards, in workbook order (the ownership names). */
  readonly owned: readonly string[];
}

interface Replaced {
  readonly placement: SheetPlacement;
  readonly sheet: WorkbookSheet;
  readonly index: number;
  readonly part: string;
}

const WORKBOOK = 'xl/workbook.xml';

/**
 * A user's .xlsx checked for a zip patch: every part the patch will edit has been read and is of a
 * shape the patch understands. Preparing throws UnsupportedPackage otherwise (the caller then
 * saves the whole workbook instead); applying does not look at the user's package again.
 */
export class PreparedPatch {
  private constructor(
    private readonly pkg: Package,
    private readonly request: PatchRequest,
    private readonly parts: {
      readonly contentTypes: ContentTypes;
      readonly workbook: WorkbookXml;
      readonly workbookRels: Relationships;
      readonly stylesPart: string;
      readonly styles: string;
      readonly appPart: string | null;
      readonly app: string | null;
      readonly calcChain: Relationship | undefined;
    },
    private readonly replaced: readonly Replaced[],
  ) {}

  static async prepare(bytes: Uint8Array, request: PatchRequest): Promise<PreparedPatch> {
    const pkg = Package.open(bytes);
    const rootRels = new Relationships(await pkg.text('_rels/.rels'), '_rels/.rels');
    const office = rootRels.list.filter((r) => r.type === REL.officeDocument);
    if (office.length !== 1 || resolveTarget('', office[0]?.target ?? '') !== WORKBOOK) {
      throw new UnsupportedPackage('the workbook part is not xl/workbook.xml');
    }
    const contentTypes = new ContentTypes(await pkg.text('[Content_Types].xml'));
    const workbook = new WorkbookXml(await pkg.text(WORKBOOK));
    const workbookRels = new Relationships(
      await pkg.text(relsPartOf(WORKBOOK)),
      relsPartOf(WORKBOOK),
    );

    const stylesRel = workbookRels.list.filter((r) => r.type === REL.styles);
    if (stylesRel.length !== 1 || stylesRel[0]?.external) {
      throw new UnsupportedPackage('the workbook has no single styles part');
    }
    const stylesPart = resolveTarget(WORKBOOK, stylesRel[0]?.target ?? '');
    const styles = await pkg.text(stylesPart);
    checkUserStyles(styles);

    const lower = (s: string) => s.toLowerCase();
    const replaced: Replaced[] = [];
    for (const placement of request.sheets) {
      const holders = workbook.sheets.filter((s) => lower(s.name) === lower(placement.name));
      if (placement.replaces === null) {
        if (holders.length > 0) {
          throw new UnsupportedPackage(`"${placement.name}" is in the package but not a worksheet`);
        }
        continue;
      }
      const index = workbook.sheets.findIndex((s) => s.name === placement.replaces);
      const sheet = workbook.sheets[index];
      if (sheet === undefined || holders.length !== 1) {
        throw new UnsupportedPackage(`"${placement.replaces}" is not one sheet of the package`);
      }
      const rel = workbookRels.byId(sheet.rId);
      if (rel === undefined || rel.type !== REL.worksheet || rel.external) {
        throw new UnsupportedPackage(`"${sheet.name}" is not a worksheet part`);
      }
      const part = resolveTarget(WORKBOOK, rel.target);
      if (!pkg.has(part)) throw new UnsupportedPackage(`${part} is missing`);
      const sheetRels = await pkg.textIfAny(relsPartOf(part));
      if (sheetRels !== null) {
        const others = new Relationships(sheetRels, relsPartOf(part)).list.filter(
          (r) => r.type !== REL.hyperlink,
        );
        if (others.length > 0) {
          // A drawing, comment, table or printer settings someone added: the full save keeps
          // what ExcelJS can of it; the patch never leaves a part pointing at nothing.
          throw new UnsupportedPackage(`"${sheet.name}" has parts of its own (${others[0]?.type})`);
        }
      }
      replaced.push({ placement, sheet, index, part });
    }

    const appRel = rootRels.list.find((r) => r.type === REL.extendedProperties && !r.external);
    const appPart = appRel === undefined ? null : resolveTarget('', appRel.target);
    const app = appPart === null ? null : await pkg.textIfAny(appPart);
    const calcChain = workbookRels.list.find((r) => r.type === REL.calcChain);
    return new PreparedPatch(
      pkg,
      request,
      { contentTypes, workbook, workbookRels, stylesPart, styles, appPart, app, calcChain },
      replaced,
    );
  }

  /** Moves the given sheets into the user's package; returns the new .xlsx bytes. */
  async apply(sheets: MovedSheets): Promise<Uint8Array> {
    const { pkg, request, parts } = this;
    const { workbook, workbookRels, contentTypes } = parts;
    const merged = mergeStyles(parts.styles, sheets.styles);
    const written = new Map<string, string>();

    const finalNames = workbook.sheets.map((s) => s.name);
    let nextSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
    const takenRels = new Set<string>();
    for (const placement of request.sheets) {
      const { xml: sheetXml, rels: sheetRels } = await sheets.sheet(placement.name, merged.map);

      const old = this.replaced.find((r) => r.placement === placement);
      let part: string;
      if (old !== undefined) {
        part = old.part;
        workbook.replaceSheet(old.sheet, placement.name);
        finalNames[old.index] = placement.name;
      } else {
        part = this.freshSheetPart(written);
        const rId = workbookRels.freshId(takenRels);
        takenRels.add(rId);
        workbookRels.add(rId, REL.worksheet, part.replace(/^xl\//, ''));
        contentTypes.override(part, WORKSHEET_CONTENT_TYPE);
        workbook.appendSheet(placement.name, nextSheetId++, rId);
        finalNames.push(placement.name);
      }
      written.set(part, sheetXml);
      if (sheetRels !== null) written.set(relsPartOf(part), sheetRels);
      else if (pkg.has(relsPartOf(part))) pkg.remove(relsPartOf(part));
    }

    this.rewriteNames(sheets.names, finalNames);
    if (parts.calcChain !== undefined) {
      // Formulas keep their values; Excel rebuilds the chain. A stale chain makes it "repair".
      const chain = resolveTarget(WORKBOOK, parts.calcChain.target);
      pkg.remove(chain);
      workbookRels.remove(parts.calcChain);
      contentTypes.removeOverride(chain);
    }
    if (parts.appPart !== null && parts.app !== null) {
      const app = updateSheetTitles(
        parts.app,
        workbook.sheets.map((s) => s.name),
        finalNames,
      );
      if (app !== null) written.set(parts.appPart, app);
    }
    written.set(WORKBOOK, workbook.toString());
    written.set(relsPartOf(WORKBOOK), workbookRels.toString());
    written.set('[Content_Types].xml', contentTypes.toString());
    written.set(parts.stylesPart, merged.xml);

    for (const [name, text] of written) pkg.set(name, text);
    return pkg.toBytes(new Date());
  }

  /**
   * Ownership names are rewritten in full (as applyPlan does); each replaced sheet loses its old
   * print settings names and every moved sheet brings its own (print titles), pointed at its
   * position in the user's workbook. Every other name stays byte for byte.
   */
  private rewriteNames(moved: readonly MovedName[], finalNames: readonly string[]): void {
    const { workbook } = this.parts;
    const replacedIndexes = new Set(this.replaced.map((r) => r.index));
    for (const entry of workbook.names) {
      const oldLayout =
        entry.localSheetId !== null &&
        replacedIndexes.has(entry.localSheetId) &&
        entry.name.startsWith('_xlnm.');
      if (isOwnershipName(entry.name) || oldLayout) workbook.removeName(entry);
    }
    for (const { name, reference } of ownershipNames(this.request.owned)) {
      workbook.appendName({ name, formula: reference.replace(/^=/, '') });
    }
    for (const entry of moved) {
      const index = finalNames.indexOf(entry.sheet);
      if (index < 0) throw new Error(`a moved sheet's name the patch cannot place`);
      workbook.appendName({ name: entry.name, localSheetId: index, formula: entry.formula });
    }
  }

  /** `xl/worksheets/sheet<n>.xml` for the smallest n used by no part (nor its .rels). */
  private freshSheetPart(written: ReadonlyMap<string, string>): string {
    const taken = new Set([...this.pkg.parts(), ...written.keys()].map((p) => p.toLowerCase()));
    for (let n = 1; ; n++) {
      const part = `xl/worksheets/sheet${n}.xml`;
      if (!taken.has(part.toLowerCase()) && !taken.has(relsPartOf(part).toLowerCase())) {
        return part;
      }
    }
  }
}
