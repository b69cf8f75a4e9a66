/**
 * Which sheets the product generated. Each owned sheet is marked by a workbook-level defined name
 * `RECTIFY_OWNED_<n>` that refers to the sheet's A1. A defined name survives saving in Excel and
 * LibreOffice, is readable by ExcelJS and Office.js alike, and follows the sheet when it is renamed.
 */
export const OWNED_NAME_PREFIX = 'RECTIFY_OWNED_';

export interface DefinedName {
  readonly name: string;
  /** The reference as the shell reports it, with or without a leading `=`. */
  readonly reference: string;
}

/** `领导汇总` → `'领导汇总'!$A$1`; quotes inside the name are doubled as Excel requires. */
export function sheetAnchor(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** The sheet a reference such as `='汇总-张三'!$A$1` or `Sheet1!$A$1` points at, or null (`#REF!`). */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!#]+)!/.exec(ref);
  return bare?.[1] ?? null;
}

export function isOwnershipName(name: string): boolean {
  return name.toUpperCase().startsWith(OWNED_NAME_PREFIX);
}

/** Sheets the workbook's names mark as owned, in name order. */
export function ownedSheets(names: readonly DefinedName[]): string[] {
  const sheets: string[] = [];
  for (const n of names) {
    if (!isOwnershipName(n.name)) continue;
    const sheet = sheetOfReference(n.reference);
    if (sheet !== null && !sheets.includes(sheet)) sheets.push(sheet);
  }
  return sheets;
}

/** The full set of ownership names for a list of owned sheets (replaces every earlier one). */
export function ownershipNames(sheets: readonly string[]): DefinedName[] {
  return sheets.map((sheet, i) => ({
    name: `${OWNED_NAME_PREFIX}${i + 1}`,
    reference: `=${sheetAnchor(sheet)}`,
  }));
}

export interface ReplacementPlan {
  /** Owned sheets to clear and rewrite in place (their position is kept). */
  readonly replace: readonly string[];
  /** Sheets to add. */
  readonly create: readonly string[];
  /** Wanted names held by a sheet the user owns: never overwritten. */
  readonly conflicts: readonly string[];
}

/** Decides, for the sheets a plan wants, what happens to each given what the workbook holds. */
export function planReplacement(
  existing: readonly string[],
  owned: readonly string[],
  wanted: readonly string[],
): ReplacementPlan {
  const lower = (s: string) => s.toLowerCase();
  const ownedSet = new Set(owned.map(lower));
  const replace: string[] = [];
  const create: string[] = [];
  const conflicts: string[] = [];
  for (const name of wanted) {
    const match = existing.find((e) => lower(e) === lower(name));
    if (match === undefined) create.push(name);
    else if (ownedSet.has(lower(match))) replace.push(match);
    else conflicts.push(match);
  }
  return { replace, create, conflicts };
}
