import { ownsSheet } from '../core/shell/owned';
import { ownedSheets } from '../core/ownership';
import type { XlContext } from './excel-api';
import { definedNames } from './ownership-names';

export interface SheetInfo {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
}

/** What one request learns about the workbook before an operation decides anything. */
export interface WorkbookLook {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  /** Sheets the product owns (RECTIFY_OWNED_n names), in workbook order. */
  readonly owned: readonly string[];
}

/** Queues the look at sheets, names and tables; the result is readable after the next sync. */
export function queueLook(context: XlContext): () => WorkbookLook {
  const sheets = context.workbook.worksheets.load('items/name,items/position,items/visibility');
  const names = context.workbook.names.load('items/name,items/formula');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  return () => {
    const named = definedNames(names.items);
    return {
      sheets: sheets.items.map((s) => ({
        name: s.name,
        position: s.position,
        visibility: String(s.visibility),
      })),
      names: named.map((n) => ({ name: n.name, formula: n.reference })),
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      owned: ownedSheets(named),
    };
  };
}

export async function lookAt(context: XlContext): Promise<WorkbookLook> {
  const look = queueLook(context);
  await context.sync();
  return look();
}

export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function hasSheet(look: WorkbookLook, name: string): boolean {
  return look.sheets.some((s) => sameName(s.name, name));
}

export function isOwned(look: WorkbookLook, name: string): boolean {
  return ownsSheet(look.owned, name);
}
