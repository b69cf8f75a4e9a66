import type { IsoDate } from '../dates';
import { isIsoDate } from '../dates';
import type { DefinedName } from '../ownership';
import type { PlanTextName } from '../plan/types';

/**
 * The names that identify a workbook in the monthly cycle. Workbook-level defined names holding
 * text: they survive saving in Excel, WPS, LibreOffice and openpyxl, and no cell a user types in
 * carries them.
 */
export const LEDGER_ID_NAME = 'RECTIFY_LEDGER_ID';
export const MARKER_NAMES = {
  master: 'RECTIFY_CYCLE_MASTER',
  unit: 'RECTIFY_CYCLE_UNIT',
  split: 'RECTIFY_CYCLE_SPLIT',
  list: 'RECTIFY_CYCLE_LIST',
} as const;

/** What a unit's file says about itself: whose part of which master, split on which day. */
export interface CycleMarker {
  readonly masterId: string;
  readonly unit: string;
  readonly splitDate: IsoDate;
  /**
   * The master's 清单 fingerprint at the split (`list-…`, see identity.ts), or null: recognises the
   * master if a program that drops text names (ExcelJS) saved it since and the id was lost.
   */
  readonly listId: string | null;
}

/** `"abc"` (or `="a""b"`) → `abc` / `a"b`; null for a name that is not a text constant. */
export function textOfName(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, '');
  if (ref.length < 2 || !ref.startsWith('"') || !ref.endsWith('"')) return null;
  const inner = ref.slice(1, -1);
  if (inner.replace(/""/g, '').includes('"')) return null;
  return inner.replace(/""/g, '"');
}

function nameText(names: readonly DefinedName[], wanted: string): string | null {
  const found = names.find((n) => n.name.toUpperCase() === wanted);
  return found === undefined ? null : textOfName(found.reference);
}

/** The marker of a unit's file, or null when the file has none (or an incomplete one). */
export function readMarker(names: readonly DefinedName[]): CycleMarker | null {
  const masterId = nameText(names, MARKER_NAMES.master);
  const unit = nameText(names, MARKER_NAMES.unit);
  const splitDate = nameText(names, MARKER_NAMES.split);
  if (masterId === null || unit === null || splitDate === null) return null;
  if (masterId === '' || unit === '' || !isIsoDate(splitDate)) return null;
  return { masterId, unit, splitDate, listId: nameText(names, MARKER_NAMES.list) };
}

export function markerNames(marker: CycleMarker): PlanTextName[] {
  return [
    { name: MARKER_NAMES.master, text: marker.masterId },
    { name: MARKER_NAMES.unit, text: marker.unit },
    { name: MARKER_NAMES.split, text: marker.splitDate },
    ...(marker.listId === null ? [] : [{ name: MARKER_NAMES.list, text: marker.listId }]),
  ];
}

/** The master ledger's own identifier, as the ledger plan writes it (`rectify workbook`). */
export function ledgerIdNames(ledgerId: string): PlanTextName[] {
  return [{ name: LEDGER_ID_NAME, text: ledgerId }];
}
