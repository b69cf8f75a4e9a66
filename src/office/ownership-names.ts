import { type DefinedName, isOwnershipName, ownershipNames } from '../core/ownership';
import type { XlNamedItem, XlWorkbook } from './excel-api';

/**
 * Ownership is kept in workbook-level defined names `RECTIFY_OWNED_n` exactly as the xlsx shell
 * writes them (src/core/ownership.ts), so a workbook made by `rectify workbook` is recognised here.
 */
export function definedNames(items: readonly XlNamedItem[]): DefinedName[] {
  return items.map((n) => ({ name: n.name, reference: String(n.formula) }));
}

/** Queues the replacement of every ownership name by one per owned sheet. */
export function queueOwnershipNames(
  workbook: XlWorkbook,
  loaded: readonly { readonly name: string }[],
  sheets: readonly string[],
): number {
  let ops = 0;
  for (const item of loaded) {
    if (!isOwnershipName(item.name)) continue;
    workbook.names.getItemOrNullObject(item.name).delete();
    ops++;
  }
  for (const { name, reference } of ownershipNames(sheets)) {
    workbook.names.add(name, reference);
    ops++;
  }
  return ops;
}
