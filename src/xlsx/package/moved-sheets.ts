import { isOwnershipName } from '../../core/ownership';
import { NS, Package, REL, Relationships, relsPartOf, resolveTarget } from './parts';
import { sharedStringItems, transplantSheetXml } from './sheet-xml';
import type { StyleMap } from './styles-merge';
import { WorkbookXml } from './workbook-xml';
import { requireRoot } from './xml-text';

/** One sheet ready for the user's package: its XML and its relationships (links only), or null. */
export interface MovedSheet {
  readonly xml: string;
  readonly rels: string | null;
}

/** A sheet-local defined name a moved sheet brings with it (its print titles). */
export interface MovedName {
  readonly name: string;
  /** The sheet it is local to, by name. */
  readonly sheet: string;
  /** Without the leading `=`, unescaped. */
  readonly formula: string;
}

/**
 * The sheets a patch moves into the user's package, wherever they were written: by ExcelJS into a
 * scratch workbook, or straight from the plan. The patch merges `styles` into the user's
 * styles.xml first, then asks for each sheet with the resulting style map.
 */
export interface MovedSheets {
  /** A styles.xml (in ExcelJS's shape) whose cell formats the sheets refer to. */
  readonly styles: string;
  readonly names: readonly MovedName[];
  sheet(name: string, styles: StyleMap): Promise<MovedSheet>;
}

const WORKBOOK = 'xl/workbook.xml';

/** The sheets of a workbook ExcelJS wrote (the scratch workbook), as the patch moves them. */
export async function scratchSheets(bytes: Uint8Array): Promise<MovedSheets> {
  const scratch = Package.open(bytes);
  const book = new WorkbookXml(await scratch.text(WORKBOOK));
  const rels = new Relationships(await scratch.text(relsPartOf(WORKBOOK)), relsPartOf(WORKBOOK));
  const strings = sharedStringItems(await scratch.textIfAny('xl/sharedStrings.xml'));
  const names: MovedName[] = [];
  for (const entry of book.names) {
    if (isOwnershipName(entry.name)) continue;
    const sheet = entry.localSheetId === null ? undefined : book.sheets[entry.localSheetId];
    if (sheet === undefined) throw new Error(`scratch workbook has a name the patch cannot place`);
    names.push({ name: entry.name, sheet: sheet.name, formula: entry.formula });
  }
  return {
    styles: await scratch.text('xl/styles.xml'),
    names,
    async sheet(name, styles) {
      const source = book.sheets.find((s) => s.name === name);
      const rel = source && rels.byId(source.rId);
      if (source === undefined || rel === undefined) {
        throw new Error(`scratch workbook has no sheet "${name}"`);
      }
      const part = resolveTarget(WORKBOOK, rel.target);
      const xml = await scratch.text(part);
      requireRoot(xml, part, 'worksheet', NS.main);
      const sheetRels = await scratch.textIfAny(relsPartOf(part));
      if (
        sheetRels !== null &&
        new Relationships(sheetRels, part).list.some((r) => r.type !== REL.hyperlink)
      ) {
        throw new Error(`scratch sheet "${name}" refers to parts the patch cannot move`);
      }
      return { xml: transplantSheetXml(xml, strings, styles), rels: sheetRels };
    },
  };
}
