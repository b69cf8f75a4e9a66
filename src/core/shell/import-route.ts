import { type Lang, t } from '../i18n';
import { SHEETS } from '../ledger/model';
import { ownedSheets } from '../ownership';
import { ADOPTABLE_SHEETS, decideAdoption, type AdoptionInput } from '../workbook/adoption';
import { ownsSheet } from './owned';

/**
 * Which way 导入清单 goes on the open workbook, the same in every add-in shell (Office.js, WPS)
 * and as `rectify workbook --merge` decides on a file: merged into the ledger when that is ours —
 * marked, or unmarked but recognised by its header (another program rebuilt the file; its sheets
 * are adopted for this merge, see core/workbook/adoption.ts) — else a plain import, which refuses
 * by name a 台账 that is the user's.
 */
export type ImportRoute =
  { readonly kind: 'merge'; readonly adopted: readonly string[] } | { readonly kind: 'import' };

/** The sheets `importRoute` needs as grids, beyond the names: only for an unmarked 台账. */
export function adoptionSheetsToRead(
  sheets: readonly string[],
  owned: readonly string[],
): string[] {
  const ledger = sheets.find((s) => s.toLowerCase() === SHEETS.ledger.toLowerCase());
  if (ledger === undefined || ownsSheet(owned, ledger)) return [];
  return sheets.filter((s) => ADOPTABLE_SHEETS.some((c) => c.toLowerCase() === s.toLowerCase()));
}

export function importRoute(input: AdoptionInput): ImportRoute {
  const adoption = decideAdoption(input);
  if (adoption.kind === 'adopt') return { kind: 'merge', adopted: adoption.sheets };
  return ownsSheet(ownedSheets(input.names), SHEETS.ledger)
    ? { kind: 'merge', adopted: [] }
    : { kind: 'import' };
}

/** The line the pane shows when a merge adopted unmarked sheets (none otherwise), in `lang`. */
export function adoptionLines(route: ImportRoute, lang: Lang): string[] {
  if (route.kind !== 'merge' || route.adopted.length === 0) return [];
  const sheets = route.adopted
    .map((s) => t(lang, 'common.quoted', { text: s }))
    .join(lang === 'en' ? ', ' : '、');
  return [t(lang, 'shell.adopt.adopted', { sheets })];
}
