import { normalizeHeader } from '../ledger/cell-text';
import { findHeader } from '../ledger/header';
import { isBlankCell, BLANK, type RichCell } from './rich-cell';
import { moveFormulaRow } from './formula';

/**
 * The row-by-row merge of one sheet that the product generates and the user fills in.
 *
 * The fresh rows (built from the new list) decide which rows exist and in what order. An old row
 * (read from the workbook) that matches a fresh row by key gives that row its user columns and any
 * columns the user added; every other column comes from the list. An old row that matches nothing
 * is never dropped: it stays after the row it followed before, with all its cells, and — when it
 * carries a key the list no longer has — a visible marker in one document column.
 */

/** Row identity. Given every row of a sheet (as cells by header), one key per row, or null. */
export type Keyer = (rows: readonly RowView[]) => readonly (string | null)[];

export interface RowView {
  /** The cell under a header, or a blank cell. */
  get(header: string): RichCell;
}

export interface SheetMergeRule {
  /** Whether a row carries a key at all: an unmatched row without one is the user's own. */
  readonly hasKey: (row: RowView) => boolean;
  /** Keys tried in order: rows still unmatched after the first are tried with the second, … */
  readonly keyers: readonly Keyer[];
  /** Columns the user owns: kept from the old row whenever the row matches. */
  readonly userColumns: readonly string[];
  /** For unmatched old rows that have a key: the column to mark, and the marker to put first. */
  readonly marker?: { readonly column: string; readonly text: string };
}

export type MergedRowOrigin =
  /** From the list, matched with an old row whose user cells it keeps. */
  | 'matched'
  /** From the list, new to this workbook. */
  | 'added'
  /** An old row whose key the list no longer has: kept, marked. */
  | 'removed'
  /** An old row without a key (the user's own): kept as it was. */
  | 'user';

export interface MergedRow {
  readonly origin: MergedRowOrigin;
  /** Zero-based index of the fresh row (header excluded) it came from, or null. */
  readonly freshIndex: number | null;
  /** Zero-based row of the old sheet it came from (0 = sheet row 1), or null. */
  readonly oldIndex: number | null;
  /** One cell per merged header. */
  readonly cells: readonly RichCell[];
  /** The old row's cells, per merged header, as they were read (null for an added row). */
  readonly previous: readonly RichCell[] | null;
}

export interface MergedSheet {
  /** The fresh headers, then the columns only the old sheet had, in their old order. */
  readonly header: readonly string[];
  /** Headers the user added (also the tail of `header`). */
  readonly extraColumns: readonly string[];
  readonly rows: readonly MergedRow[];
}

export interface SheetMergeInput {
  /** Header row then body rows, as the workbook holds them. */
  readonly old: readonly (readonly RichCell[])[];
  /** Header row then body rows, as the new list makes them. */
  readonly fresh: readonly (readonly RichCell[])[];
  /**
   * How an old row looks for matching only, e.g. with its 问题序号 renumbered the way the list
   * renumbered its items. Its cells are carried as they are.
   */
  readonly oldKeyView?: (row: RowView) => RowView;
}

function headerNames(row: readonly RichCell[] | undefined): string[] {
  return (row ?? []).map((c) => (typeof c.value === 'string' ? c.value.trim() : ''));
}

/**
 * Old headers, spelled as the fresh ones where they match ignoring whitespace, and with blank or
 * repeated ones given names so every column can be carried.
 */
function oldHeaderNames(
  row: readonly RichCell[] | undefined,
  width: number,
  fresh: readonly string[],
): string[] {
  const canonical = new Map(fresh.map((h) => [normalizeHeader(h), h]));
  const raw = headerNames(row).map((h) => canonical.get(normalizeHeader(h)) ?? h);
  const used = new Set<string>();
  const names: string[] = [];
  for (let c = 0; c < width; c += 1) {
    let name = raw[c] ?? '';
    if (name.length === 0) name = `附加列${c + 1}`;
    let unique = name;
    for (let n = 2; used.has(unique); n += 1) unique = `${name}${n}`;
    used.add(unique);
    names.push(unique);
  }
  return names;
}

function view(row: readonly RichCell[], index: ReadonlyMap<string, number>): RowView {
  return {
    get(header) {
      const c = index.get(header);
      return c === undefined ? BLANK : (row[c] ?? BLANK);
    },
  };
}

function indexOf(names: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  names.forEach((n, i) => {
    if (!map.has(n)) map.set(n, i);
  });
  return map;
}

/** Moves a carried cell's own-row formula references from its old sheet row to its new one. */
function moved(cell: RichCell, oldSheetRow: number, newSheetRow: number): RichCell {
  if (cell.formula === undefined || oldSheetRow === newSheetRow) return cell;
  return { ...cell, formula: moveFormulaRow(cell.formula, oldSheetRow, newSheetRow) };
}

function withMarker(cell: RichCell, marker: string): RichCell {
  if (cell.formula !== undefined || cell.hyperlink !== undefined) return cell;
  if (cell.value === null) return { ...cell, value: marker };
  if (typeof cell.value !== 'string') return cell;
  if (cell.value.startsWith(marker)) return cell;
  return { ...cell, value: `${marker}${cell.value}` };
}

export function mergeSheet(input: SheetMergeInput, rule: SheetMergeRule): MergedSheet {
  const freshHeader = headerNames(input.fresh[0]);
  // The header may sit below a title row the user added; every other row is carried as a row.
  const headerRow = findHeader(
    input.old.map((r) => r.map((c) => c.value)),
    freshHeader,
  ).row;
  const oldRowIndexes = input.old
    .map((row, i) => (i !== headerRow && row.some((c) => !isBlankCell(c)) ? i : -1))
    .filter((i) => i >= 0);
  const oldBody = oldRowIndexes.map((i) => input.old[i]!);
  // Reduced, not spread: a ledger may have 100,000 rows, too many arguments for Math.max.
  const oldWidth = oldBody.reduce(
    (w, r) => Math.max(w, lastFilled(r) + 1),
    input.old[headerRow]?.length ?? 0,
  );
  const oldHeader = oldHeaderNames(input.old[headerRow], oldWidth, freshHeader);
  const freshBody = input.fresh.slice(1);

  const freshSet = new Set(freshHeader);
  const extraColumns = oldHeader.filter((h) => !freshSet.has(h));
  const header = [...freshHeader, ...extraColumns];
  const oldIndex = indexOf(oldHeader);
  const freshIndex = indexOf(freshHeader);
  const oldViews = oldBody.map((r) => view(r, oldIndex));
  const freshViews = freshBody.map((r) => view(r, freshIndex));

  // Match: each keyer pairs still-unmatched old rows with still-unmatched fresh rows, in order.
  const matchOfOld = new Array<number | null>(oldBody.length).fill(null);
  const freshTaken = new Array<boolean>(freshBody.length).fill(false);
  const oldKeyed = oldViews.map((v) => rule.hasKey(v));
  const oldKeyViews = input.oldKeyView ? oldViews.map(input.oldKeyView) : oldViews;
  for (const keyer of rule.keyers) {
    const oldKeys = keyer(oldKeyViews);
    const freshKeys = keyer(freshViews);
    const waiting = new Map<string, number[]>();
    freshKeys.forEach((k, i) => {
      if (k === null || freshTaken[i]) return;
      const list = waiting.get(k) ?? [];
      list.push(i);
      waiting.set(k, list);
    });
    oldKeys.forEach((k, o) => {
      if (k === null || matchOfOld[o] !== null) return;
      const f = waiting.get(k)?.shift();
      if (f === undefined) return;
      matchOfOld[o] = f;
      freshTaken[f] = true;
    });
  }

  // Unmatched old rows follow the row they followed before (or lead, if nothing came before).
  const oldOfFresh = new Array<number | null>(freshBody.length).fill(null);
  const after = new Map<number, number[]>();
  let anchor = -1;
  matchOfOld.forEach((f, o) => {
    if (f !== null) {
      oldOfFresh[f] = o;
      anchor = f;
      return;
    }
    const list = after.get(anchor) ?? [];
    list.push(o);
    after.set(anchor, list);
  });

  const rows: MergedRow[] = [];
  const pushOld = (o: number) => {
    const sheetRowNew = rows.length + 2;
    const sheetRowOld = oldRowIndexes[o]! + 1;
    const keyed = oldKeyed[o] === true;
    const cells = header.map((h) => moved(oldViews[o]!.get(h), sheetRowOld, sheetRowNew));
    const marker = rule.marker;
    if (keyed && marker !== undefined) {
      const c = header.indexOf(marker.column);
      if (c >= 0) cells[c] = withMarker(cells[c]!, marker.text);
    }
    rows.push({
      origin: keyed ? 'removed' : 'user',
      freshIndex: null,
      oldIndex: oldRowIndexes[o]!,
      cells,
      previous: header.map((h) => oldViews[o]!.get(h)),
    });
  };
  const userSet = new Set(rule.userColumns);
  (after.get(-1) ?? []).forEach(pushOld);
  freshViews.forEach((fresh, f) => {
    const o = oldOfFresh[f] ?? null;
    const sheetRowNew = rows.length + 2;
    if (o === null) {
      rows.push({
        origin: 'added',
        freshIndex: f,
        oldIndex: null,
        cells: header.map((h) => (freshSet.has(h) ? fresh.get(h) : BLANK)),
        previous: null,
      });
    } else {
      const sheetRowOld = oldRowIndexes[o]! + 1;
      const old = oldViews[o]!;
      rows.push({
        origin: 'matched',
        freshIndex: f,
        oldIndex: oldRowIndexes[o]!,
        previous: header.map((h) => old.get(h)),
        cells: header.map((h) =>
          freshSet.has(h) && !userSet.has(h)
            ? fresh.get(h)
            : moved(old.get(h), sheetRowOld, sheetRowNew),
        ),
      });
    }
    (after.get(f) ?? []).forEach(pushOld);
  });
  return { header, extraColumns, rows };
}

function lastFilled(row: readonly RichCell[]): number {
  for (let c = row.length - 1; c >= 0; c -= 1) if (!isBlankCell(row[c])) return c;
  return -1;
}
