import { parseRange } from './a1';
import { ownedSheets, type DefinedName } from '../ownership';
import type { SheetRefusal } from './conflicts';
import type { WorkbookPlan } from './types';

/** What a shell can tell about a workbook's sheets before a plan is carried out on it. */
export interface WorkbookState {
  /** Every sheet in workbook order, with the names of the tables on it. */
  readonly sheets: readonly { readonly name: string; readonly tables: readonly string[] }[];
  /** The workbook-level defined names (the ownership marks among them). */
  readonly names: readonly DefinedName[];
}

export const EMPTY_WORKBOOK: WorkbookState = { sheets: [], names: [] };

export interface PlannedSheet {
  /** As the plan spells it. */
  readonly name: string;
  /** `replace`: an owned sheet of that name (ignoring case) is rewritten where it stands. */
  readonly action: 'create' | 'replace';
  /** The sheet replaced, as the workbook spells it now; null for a new sheet. */
  readonly current: string | null;
  /** Rows below the header (all rows for a sheet without a table). */
  readonly rows: number;
}

export interface SheetDecisions {
  /** In plan order: new sheets are added at the end in this order. */
  readonly sheets: readonly PlannedSheet[];
  /** Owned sheets to delete (made obsolete by the plan), as the workbook spells them. */
  readonly remove: readonly string[];
  /** Every sheet afterwards, in workbook order. */
  readonly order: readonly string[];
  /** The owned sheets afterwards, in workbook order: the ownership names to write. */
  readonly owned: readonly string[];
}

export type SheetDecision =
  | { readonly ok: true; readonly decisions: SheetDecisions }
  | { readonly ok: false; readonly refusal: SheetRefusal };

const lower = (s: string) => s.toLowerCase();

/**
 * What happens to each sheet when a plan is carried out on a workbook: owned sheets with a wanted
 * name (ignoring case) are replaced in place under the plan's spelling, missing ones are created
 * at the end, the owned sheets named in `retire` that the plan does not want are deleted. A
 * wanted name held by a user sheet, or a wanted table name held by a table on a sheet the plan
 * does not rebuild or delete, refuses the whole plan (nothing is written).
 */
export function decideSheets(
  state: WorkbookState,
  plan: WorkbookPlan,
  retire: readonly string[] = [],
): SheetDecision {
  const existing = state.sheets.map((s) => s.name);
  const ownedBefore = new Set(ownedSheets(state.names).map(lower));
  const sheets: PlannedSheet[] = [];
  const conflicts: string[] = [];
  for (const sheetPlan of plan.sheets) {
    const current = existing.find((e) => lower(e) === lower(sheetPlan.name)) ?? null;
    if (current !== null && !ownedBefore.has(lower(current))) conflicts.push(current);
    sheets.push({
      name: sheetPlan.name,
      action: current === null ? 'create' : 'replace',
      current,
      // Body rows: below the table's header (the 台账 has a title and 填报 line above it).
      rows: sheetPlan.table
        ? sheetPlan.rows.length - parseRange(sheetPlan.table.range).top - 1
        : sheetPlan.rows.length,
    });
  }
  if (conflicts.length > 0) return { ok: false, refusal: { kind: 'sheet', sheets: conflicts } };

  const wanted = new Map(plan.sheets.map((s) => [lower(s.name), s.name]));
  const retired = new Set(retire.map(lower));
  const remove = existing.filter(
    (name) => ownedBefore.has(lower(name)) && retired.has(lower(name)) && !wanted.has(lower(name)),
  );
  const gone = new Set([...wanted.keys(), ...remove.map(lower)]);
  const tables = new Map(
    plan.sheets.flatMap((s) => (s.table ? [[lower(s.table.name), s.table.name] as const] : [])),
  );
  for (const sheet of state.sheets) {
    if (gone.has(lower(sheet.name))) continue;
    const clash = sheet.tables.find((t) => tables.has(lower(t)));
    if (clash !== undefined) {
      return { ok: false, refusal: { kind: 'table', table: clash, sheet: sheet.name } };
    }
  }

  const removed = new Set(remove.map(lower));
  const order = [
    ...existing.filter((n) => !removed.has(lower(n))).map((n) => wanted.get(lower(n)) ?? n),
    ...sheets.filter((s) => s.action === 'create').map((s) => s.name),
  ];
  const owned = order.filter((n) => wanted.has(lower(n)) || ownedBefore.has(lower(n)));
  return { ok: true, decisions: { sheets, remove, order, owned } };
}
