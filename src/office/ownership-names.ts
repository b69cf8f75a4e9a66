import { type DefinedName, isOwnershipName, ownershipNames } from '../core/ownership';
import { textConstant, type PlanTextName } from '../core/plan';
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

/** Queues the plan's text names (a ledger's identifier): same-named ones replaced, others kept. */
export function queueTextNames(
  workbook: XlWorkbook,
  loaded: readonly { readonly name: string }[],
  names: readonly PlanTextName[],
): number {
  let ops = 0;
  for (const { name, text } of names) {
    if (loaded.some((n) => n.name.toLowerCase() === name.toLowerCase()))
      workbook.names.getItemOrNullObject(name).delete();
    workbook.names.add(name, `=${textConstant(text)}`);
    ops++;
  }
  return ops;
}
