import type { GridCell } from '../grid';
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
  /** How the rows above the header (台账's title and 填报 line) are recognised in the old sheet. */
  readonly preamble?: PreambleRule;
}

/**
 * Rows above the header that the product writes. An old row recognised as the title is replaced
 * by the fresh title (it is the list's, like a document column); an old row recognised as the
 * 填报 line lays every filled cell over the fresh line (what the user wrote there is theirs).
 * Any other row above the old header is carried as a row of the body, as a user's row.
 */
export interface PreambleRule {
  readonly isTitle: (cells: readonly GridCell[]) => boolean;
  readonly isFillLine: (cells: readonly GridCell[]) => boolean;
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
  /** The rows above the header (the fresh ones, with the old 填报 line's cells laid over). */
  readonly preamble: readonly (readonly RichCell[])[];
  /** The fresh headers, then the columns only the old sheet had, in their old order. */
  readonly header: readonly string[];
  /** Headers the user added (also the tail of `header`). */
  readonly extraColumns: readonly string[];
  readonly rows: readonly MergedRow[];
}

export interface SheetMergeInput {
  /** Header row then body rows, as the workbook holds them. */
  readonly old: readonly (readonly RichCell[])[];
  /** Preamble rows (if any), header row, then body rows, as the new list makes them. */
  readonly fresh: readonly (readonly RichCell[])[];
  /** Zero-based row of the fresh header (the fresh rows above it are its preamble). */
  readonly freshHeaderRow?: number;
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
  const freshHeaderRow = input.freshHeaderRow ?? 0;
  const freshHeader = headerNames(input.fresh[freshHeaderRow]);
  const oldValues = input.old.map((r) => r.map((c) => c.value));
  // The header may sit below a title row (ours, or one the user added).
  const headerRow = findHeader(oldValues, freshHeader).row;
  const merged = mergePreamble(input.fresh.slice(0, freshHeaderRow), oldValues, headerRow, rule);
  const preambleRows = (i: number) => merged.replaced.has(i) || merged.filledFrom === i;
  // Every other row is carried as a row, so nothing above the header is lost either.
  const oldRowIndexes = input.old
    .map((row, i) =>
      i !== headerRow && !preambleRows(i) && row.some((c) => !isBlankCell(c)) ? i : -1,
    )
    .filter((i) => i >= 0);
  const oldBody = oldRowIndexes.map((i) => input.old[i]!);
  // Reduced, not spread: a ledger may have 100,000 rows, too many arguments for Math.max.
  const oldWidth = oldBody.reduce(
    (w, r) => Math.max(w, lastFilled(r) + 1),
    input.old[headerRow]?.length ?? 0,
  );
  const oldHeader = oldHeaderNames(input.old[headerRow], oldWidth, freshHeader);
  const freshBody = input.fresh.slice(freshHeaderRow + 1);
  const preamble =
    merged.filledFrom === null
      ? merged.rows
      : merged.rows.map((row, i) =>
          i === merged.fillLine ? overlay(row, input.old[merged.filledFrom!]!) : row,
        );
  // 1-based sheet row of the first merged body row.
  const firstBodyRow = freshHeaderRow + 2;

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
    const sheetRowNew = rows.length + firstBodyRow;
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
    const sheetRowNew = rows.length + firstBodyRow;
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
  return { preamble, header, extraColumns, rows };
}

interface PreambleMatch {
  /** The fresh preamble rows. */
  readonly rows: readonly (readonly RichCell[])[];
  /** Old rows the fresh preamble replaces (the old title). */
  readonly replaced: ReadonlySet<number>;
  /** The old 填报 line, and the fresh preamble row it fills, or null. */
  readonly filledFrom: number | null;
  readonly fillLine: number;
}

/** Which old rows above the header are the product's title and 填报 line (see PreambleRule). */
function mergePreamble(
  fresh: readonly (readonly RichCell[])[],
  old: readonly (readonly GridCell[])[],
  headerRow: number,
  rule: SheetMergeRule,
): PreambleMatch {
  const none: PreambleMatch = { rows: fresh, replaced: new Set(), filledFrom: null, fillLine: -1 };
  const recognise = rule.preamble;
  if (recognise === undefined || fresh.length === 0) return none;
  const freshValues = fresh.map((r) => r.map((c) => c.value));
  const fillLine = freshValues.findIndex(recognise.isFillLine);
  const hasTitle = freshValues.some(recognise.isTitle);
  const replaced = new Set<number>();
  let filledFrom: number | null = null;
  for (let r = 0; r < headerRow; r += 1) {
    const cells = old[r] ?? [];
    if (hasTitle && replaced.size === 0 && recognise.isTitle(cells)) replaced.add(r);
    else if (fillLine >= 0 && filledFrom === null && recognise.isFillLine(cells)) filledFrom = r;
  }
  return { rows: fresh, replaced, filledFrom, fillLine };
}

/** The fresh row with every filled cell of the old one laid over it. */
function overlay(fresh: readonly RichCell[], old: readonly RichCell[]): RichCell[] {
  const width = Math.max(fresh.length, lastFilled(old) + 1);
  return Array.from({ length: width }, (_, c) => {
    const before = old[c];
    return before !== undefined && !isBlankCell(before) ? before : (fresh[c] ?? BLANK);
  });
}

function lastFilled(row: readonly RichCell[]): number {
  for (let c = row.length - 1; c >= 0; c -= 1) if (!isBlankCell(row[c])) return c;
  return -1;
}
