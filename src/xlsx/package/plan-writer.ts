import { isOwnershipName, ownershipNames } from '../../core/ownership';
import { textConstant, type ResolvedWorkbookPlan } from '../../core/plan';
import { updateSheetTitles } from './app-xml';
import { CarriedCells } from './carried-cells';
import { CellFormats } from './cell-formats';
import { commentsXml, notesVml, type SheetNote } from './notes-part';
import {
  COMMENTS_CONTENT_TYPE,
  NS,
  REL,
  Relationships,
  TABLE_CONTENT_TYPE,
  VML_CONTENT_TYPE,
  WORKSHEET_CONTENT_TYPE,
  relativeTarget,
  relsPartOf,
  resolveTarget,
  type Package,
} from './parts';
import {
  CARRY_WIDTH,
  printTitles,
  sheetFormats,
  sheetPartPieces,
  type CarriedCell,
  type SheetWriteContext,
} from './sheet-part';
import { sheetProtectionTagIn } from './protection-tag';
import { escapeXml } from './xml-text';
import { mergeStyles } from './styles-merge';
import { tablePartXml } from './table-part';
import type { WorkbookParts } from './workbook-parts';
import { tableIds, type PackageSheet } from './workbook-parts';

/**
 * Carries a resolved plan out on a package, new or existing: the plan's sheets are written as
 * worksheet XML (with their table parts), the sheets the plan retires are deleted, and only the
 * parts that list sheets, names, styles and content types are edited, by splicing text. Every
 * other part keeps its bytes (the zip copies it without inflating it).
 */
export async function writePlan(
  parts: WorkbookParts,
  resolved: ResolvedWorkbookPlan,
  carried: ReadonlyMap<string, readonly CarriedCell[]> = new Map(),
): Promise<Package> {
  const { pkg, workbook, workbookRels, contentTypes, workbookPart } = parts;
  // New parts go beside the workbook part (xl/ in most files), as Excel places them.
  const home = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const lower = (s: string) => s.toLowerCase();
  const byName = new Map(parts.sheets.map((s) => [lower(s.sheet.name), s]));

  // Styles first: every sheet's formats are known before its XML is written.
  const formats = new CellFormats();
  const sheetsFormats = resolved.sheets.map((s) => sheetFormats(s, formats));
  const styles = mergeStyles(parts.styles, formats.toXml());

  // Parts the rewritten and deleted sheets alone refer to go with them. Their names stay taken,
  // so a new part never reuses one (its content type entry is being removed).
  const takenParts = new Set(pkg.parts().map(lower));
  const dropped = new Set<string>();
  const rewritten = resolved.sheets
    .map((s) => (s.decision.current === null ? undefined : byName.get(lower(s.decision.current))))
    .filter((s): s is PackageSheet => s !== undefined);
  const removed = resolved.decisions.remove.map((name) => {
    const sheet = byName.get(lower(name));
    if (sheet === undefined)
      throw new Error(`the plan removes "${name}", which is not in the workbook`);
    return sheet;
  });
  await dropDependents(pkg, [...rewritten, ...removed], dropped);
  for (const sheet of removed) {
    workbook.removeSheet(sheet.sheet);
    const rel = workbookRels.byId(sheet.sheet.rId);
    if (rel !== undefined) workbookRels.remove(rel);
    if (sheet.part !== null) dropped.add(sheet.part);
  }
  for (const part of dropped) {
    pkg.remove(part);
    if (pkg.has(relsPartOf(part))) pkg.remove(relsPartOf(part));
    contentTypes.removeOverride(part);
  }

  const removedIndexes = new Set(removed.map((s) => s.index));
  const kept = parts.sheets.filter((s) => !removedIndexes.has(s.index));
  const newIndex = (old: number) => kept.findIndex((s) => s.index === old);
  const finalNames = kept.map((s) => s.sheet.name);

  let nextSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  let nextTableId = Math.max(0, ...(await tableIds(pkg, dropped))) + 1;
  const taken = new Set<string>();
  const fresh = (pattern: (n: number) => string) => {
    for (let n = 1; ; n++) {
      const part = pattern(n);
      if (!takenParts.has(lower(part)) && !takenParts.has(lower(relsPartOf(part)))) {
        takenParts.add(lower(part));
        return part;
      }
    }
  };
  let formulas = false;
  for (const [i, sheet] of resolved.sheets.entries()) {
    const { decision } = sheet;
    let part: string;
    let keptProtection: string | null = null;
    if (decision.current !== null) {
      const old = byName.get(lower(decision.current));
      if (old?.part === null || old === undefined) {
        throw new Error(`"${decision.current}" is not a worksheet part of this workbook`);
      }
      part = old.part;
      // A protection the user put on an owned sheet stays (the plan rewrites cells, not that).
      keptProtection = await sheetProtectionTagIn(pkg, part);
      workbook.replaceSheet(old.sheet, sheet.plan.name, sheet.plan.hidden === true);
      finalNames[newIndex(old.index)] = sheet.plan.name;
    } else {
      part = fresh((n) => `${home}worksheets/sheet${n}.xml`);
      const rId = workbookRels.freshId(taken);
      taken.add(rId);
      workbookRels.add(rId, REL.worksheet, part.slice(home.length));
      contentTypes.override(part, WORKSHEET_CONTENT_TYPE);
      workbook.appendSheet(sheet.plan.name, nextSheetId++, rId, sheet.plan.hidden === true);
      finalNames.push(sheet.plan.name);
    }
    const rels = new SheetRels();
    let tableRelId: string | null = null;
    if (sheet.plan.table !== undefined) {
      const tablePart = fresh((n) => `${home}tables/table${n}.xml`);
      tableRelId = rels.add(REL.table, relativeTarget(part, tablePart));
      pkg.set(tablePart, tablePartXml(sheet, nextTableId++));
      contentTypes.override(tablePart, TABLE_CONTENT_TYPE);
    }
    const cells = new CarriedCells();
    const linkRelIds = new Map<number, string>();
    const notes: SheetNote[] = [];
    for (const cell of carried.get(sheet.plan.name) ?? []) {
      const key = cell.row * CARRY_WIDTH + cell.column;
      cells.add(cell);
      if (cell.link?.target != null) {
        linkRelIds.set(key, rels.add(REL.hyperlink, cell.link.target, true));
      }
      if (cell.note !== null) notes.push({ row: cell.row, column: cell.column, ...cell.note });
    }
    let legacyDrawingRelId: string | null = null;
    if (notes.length > 0) {
      const comments = fresh((n) => `${home}comments${n}.xml`);
      const vml = fresh((n) => `${home}drawings/vmlDrawing${n}.vml`);
      rels.add(REL.comments, relativeTarget(part, comments));
      legacyDrawingRelId = rels.add(REL.vmlDrawing, relativeTarget(part, vml));
      pkg.set(comments, commentsXml(notes));
      pkg.set(vml, notesVml(notes, 100 + i));
      contentTypes.override(comments, COMMENTS_CONTENT_TYPE);
      contentTypes.addDefault('vml', VML_CONTENT_TYPE);
    }
    if (!rels.empty) pkg.set(relsPartOf(part), rels.toXml());
    else if (pkg.has(relsPartOf(part))) pkg.remove(relsPartOf(part));
    formulas ||= sheet.plan.rows.some((row) => row.some((c) => c !== null && 'formula' in c));
    const context: SheetWriteContext = {
      xf: styles.map.xf,
      dxf: styles.map.dxf,
      date1904: workbook.date1904,
      tableRelId,
      carried: cells,
      linkRelIds,
      legacyDrawingRelId,
      keptProtection,
    };
    const sheetFormat = sheetsFormats[i] as (typeof sheetsFormats)[number];
    // Made, encoded and deflated when the package is written, row by row.
    pkg.setPieces(part, () => sheetPartPieces(sheetFormat, context));
  }

  // Names: ownership rewritten in full; replaced and deleted sheets lose their print settings;
  // sheet-local names follow their sheet to its new position.
  const rebuilt = new Set([...rewritten, ...removed].map((s) => s.index));
  const textNames = resolved.plan.textNames ?? [];
  const replacedText = new Set(textNames.map((n) => lower(n.name)));
  for (const entry of workbook.names) {
    const local = entry.localSheetId;
    if (
      (local === null && replacedText.has(lower(entry.name))) ||
      isOwnershipName(entry.name) ||
      (local !== null && rebuilt.has(local) && entry.name.startsWith('_xlnm.'))
    ) {
      workbook.removeName(entry);
    } else if (local !== null && removedIndexes.has(local)) {
      workbook.removeName(entry);
    } else if (local !== null && newIndex(local) !== local && newIndex(local) >= 0) {
      workbook.moveName(entry, newIndex(local));
    }
  }
  for (const { name, reference } of ownershipNames(resolved.decisions.owned)) {
    workbook.appendName({ name, formula: reference.replace(/^=/, '') });
  }
  // Text names the plan sets (a constant, e.g. the ledger's id), replacing any of the same name.
  for (const { name, text } of textNames) {
    workbook.appendName({ name, formula: textConstant(text) });
  }
  for (const sheet of resolved.sheets) {
    const titles = printTitles(sheet);
    if (titles === null) continue;
    workbook.appendName({
      name: '_xlnm.Print_Titles',
      localSheetId: finalNames.indexOf(sheet.plan.name),
      formula: titles,
    });
  }
  if (removed.length > 0) workbook.moveTabs(newIndex, finalNames.length);
  if (formulas) workbook.calculateOnLoad();

  const calcChain = workbookRels.list.find((r) => r.type === REL.calcChain);
  if (calcChain !== undefined) {
    // Formulas keep their values; Excel rebuilds the chain. A stale chain makes it "repair".
    const chain = resolveTarget(workbookPart, calcChain.target);
    pkg.remove(chain);
    workbookRels.remove(calcChain);
    contentTypes.removeOverride(chain);
  }
  if (parts.appPart !== null && parts.app !== null) {
    const app = updateSheetTitles(
      parts.app,
      parts.sheets.map((s) => s.sheet.name),
      finalNames,
    );
    if (app !== null) pkg.set(parts.appPart, app);
  }
  pkg.set(workbookPart, workbook.toString());
  pkg.set(relsPartOf(workbookPart), workbookRels.toString());
  pkg.set('[Content_Types].xml', contentTypes.toString());
  pkg.set(parts.stylesPart, styles.xml);
  return pkg;
}

/** The relationships of one written sheet, numbered in the order they are added. */
class SheetRels {
  private readonly list: string[] = [];
  get empty(): boolean {
    return this.list.length === 0;
  }
  add(type: string, target: string, external = false): string {
    const id = `rId${this.list.length + 1}`;
    this.list.push(
      `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"` +
        (external ? ' TargetMode="External"' : '') +
        '/>',
    );
    return id;
  }
  toXml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="${NS.rels}">${this.list.join('')}</Relationships>`
    );
  }
}

/**
 * Adds to `dropped` the parts the given sheets refer to (tables, comments, drawings, printer
 * settings …) that no other part refers to, and what those alone refer to in turn.
 */
async function dropDependents(
  pkg: Package,
  sheets: readonly PackageSheet[],
  dropped: Set<string>,
): Promise<void> {
  const roots = sheets.flatMap((s) => (s.part === null ? [] : [s.part]));
  if (roots.length === 0) return;
  const targetsOf = async (part: string): Promise<string[]> => {
    const rels = await pkg.textIfAny(relsPartOf(part));
    if (rels === null) return [];
    return new Relationships(rels, relsPartOf(part)).list
      .filter((r) => !r.external)
      .map((r) => resolveTarget(part, r.target));
  };
  // Who refers to what, across the package.
  const referrers = new Map<string, Set<string>>();
  for (const relsPart of pkg.parts().filter((p) => p.endsWith('.rels'))) {
    const source = relsPart.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const target of await targetsOf(source)) {
      let set = referrers.get(target);
      if (set === undefined) referrers.set(target, (set = new Set()));
      set.add(source);
    }
  }
  const going = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    const part = queue.pop() as string;
    for (const target of await targetsOf(part)) {
      if (going.has(target) || !pkg.has(target)) continue;
      const others = [...(referrers.get(target) ?? [])].filter((p) => !going.has(p));
      if (others.length > 0) continue;
      going.add(target);
      dropped.add(target);
      queue.push(target);
    }
  }
}
