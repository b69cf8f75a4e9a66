import type { DefinedName } from '../../core/ownership';
import type { WorkbookState } from '../../core/plan';
import type { Package } from './parts';
import { ContentTypes, NS, REL, Relationships, relsPartOf, resolveTarget } from './parts';
import { checkUserStyles } from './styles-merge';
import { WorkbookXml, type WorkbookSheet } from './workbook-xml';
import { UnsupportedPackage, attributesOf, tagsOf, withDefaultNamespace } from './xml-text';

const STRICT_TYPES = 'http://purl.oclc.org/ooxml/';

/** A sheet of the package with the part that holds it (null for one that is not a part here). */
export interface PackageSheet {
  readonly sheet: WorkbookSheet;
  readonly index: number;
  readonly part: string | null;
  readonly tables: readonly string[];
}

/**
 * The parts of a package the writer edits, read once: content types, the workbook and its
 * relationships, styles, the document properties that list sheets. Reading refuses (with
 * UnsupportedPackage naming the part) what the writer could not edit exactly.
 */
export class WorkbookParts {
  private constructor(
    readonly pkg: Package,
    /** The workbook part, found through the package relationships (`xl/workbook.xml` mostly). */
    readonly workbookPart: string,
    readonly contentTypes: ContentTypes,
    readonly workbook: WorkbookXml,
    readonly workbookRels: Relationships,
    readonly stylesPart: string,
    readonly styles: string,
    readonly appPart: string | null,
    readonly app: string | null,
    readonly sheets: readonly PackageSheet[],
  ) {}

  static async read(pkg: Package): Promise<WorkbookParts> {
    const rootRels = new Relationships(await pkg.text('_rels/.rels'), '_rels/.rels');
    if (rootRels.list.some((r) => r.type.startsWith(STRICT_TYPES))) {
      // Its parts would have to be written in the Strict namespaces throughout.
      throw new UnsupportedPackage(
        'the workbook is in Strict Open XML format (ISO/IEC 29500 Strict), which the tool reads but does not write',
      );
    }
    const office = rootRels.list.filter((r) => r.type === REL.officeDocument && !r.external);
    if (office.length !== 1) {
      throw new UnsupportedPackage('_rels/.rels does not name one workbook part');
    }
    const workbookPart = resolveTarget('', office[0]?.target ?? '');
    const contentTypes = new ContentTypes(await pkg.text('[Content_Types].xml'));
    const workbook = new WorkbookXml(
      withDefaultNamespace(await pkg.text(workbookPart), workbookPart, 'workbook', NS.main),
      workbookPart,
    );
    const workbookRels = new Relationships(
      await pkg.text(relsPartOf(workbookPart)),
      relsPartOf(workbookPart),
    );
    const stylesRel = workbookRels.list.filter((r) => r.type === REL.styles);
    if (stylesRel.length !== 1 || stylesRel[0]?.external) {
      throw new UnsupportedPackage('the workbook has no single styles part');
    }
    const stylesPart = resolveTarget(workbookPart, stylesRel[0]?.target ?? '');
    const styles = withDefaultNamespace(
      await pkg.text(stylesPart),
      stylesPart,
      'styleSheet',
      NS.main,
    );
    checkUserStyles(styles);
    const appRel = rootRels.list.find((r) => r.type === REL.extendedProperties && !r.external);
    const appPart = appRel === undefined ? null : resolveTarget('', appRel.target);
    const app = appPart === null ? null : await pkg.textIfAny(appPart);

    const sheets: PackageSheet[] = [];
    for (const [index, sheet] of workbook.sheets.entries()) {
      const rel = workbookRels.byId(sheet.rId);
      const part =
        rel === undefined || rel.external || !pkg.has(resolveTarget(workbookPart, rel.target))
          ? null
          : resolveTarget(workbookPart, rel.target);
      sheets.push({ sheet, index, part, tables: part === null ? [] : await tableNames(pkg, part) });
    }
    return new WorkbookParts(
      pkg,
      workbookPart,
      contentTypes,
      workbook,
      workbookRels,
      stylesPart,
      styles,
      appPart,
      app,
      sheets,
    );
  }

  /** What the core needs to decide what a plan does to this workbook. */
  state(): WorkbookState {
    const names: DefinedName[] = this.workbook.names
      .filter((n) => n.localSheetId === null)
      .map((n) => ({ name: n.name, reference: n.formula }));
    return {
      sheets: this.sheets.map((s) => ({ name: s.sheet.name, tables: s.tables })),
      names,
    };
  }
}

/** The names of the tables on a sheet part (their `name`, which is what must be unique). */
async function tableNames(pkg: Package, part: string): Promise<string[]> {
  const rels = await pkg.textIfAny(relsPartOf(part));
  if (rels === null) return [];
  const names: string[] = [];
  for (const rel of new Relationships(rels, relsPartOf(part)).list) {
    if (rel.type !== REL.table || rel.external) continue;
    const table = await pkg.textIfAny(resolveTarget(part, rel.target));
    if (table === null) continue;
    const root = tagsOf(table, '(?:[\\w.-]+:)?table')[0];
    const a = root === undefined ? undefined : attributesOf(root.text);
    const name = a?.get('name') ?? a?.get('displayName');
    if (name !== undefined) names.push(name);
    const displayName = a?.get('displayName');
    if (displayName !== undefined && displayName !== name) names.push(displayName);
  }
  return names;
}

/** Table ids in use in the package (a new table takes a larger one). */
export async function tableIds(pkg: Package, skip: ReadonlySet<string>): Promise<number[]> {
  const ids: number[] = [];
  for (const part of pkg.parts()) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(part) || skip.has(part)) continue;
    const root = tagsOf(await pkg.text(part), '(?:[\\w.-]+:)?table')[0];
    const id = Number(root === undefined ? NaN : attributesOf(root.text).get('id'));
    if (Number.isInteger(id)) ids.push(id);
  }
  return ids;
}
