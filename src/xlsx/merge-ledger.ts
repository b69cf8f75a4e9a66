import { columnLetter } from '../core/grid';
import type { IsoDate } from '../core/dates';
import { SHEETS } from '../core/ledger/model';
import type { RectificationList } from '../core/list/schema';
import {
  mergeWorkbookPlan,
  type RichCell,
  type RichSheet,
  type SheetOverlay,
  type WorkbookMerge,
} from '../core/merge';
import { parseRange, type SheetDecisions } from '../core/plan';
import { buildLedgerWorkbookPlan } from '../core/workbook/plan';
import type { CarriedCell } from './package/sheet-part';
import type {
  NoteInfo,
  RichCell as ReadCell,
  RichSheet as ReadSheet,
  WorkbookReading,
} from './reader';
import { openPackage, planBytes } from './write-plan';
import { readSettings, type Settings } from '../core/settings';

/**
 * Re-import on an .xlsx file: the sheets a merge needs are read as rich cells by our reader, the
 * core decides where every row goes, and the package writer writes the plan into the same
 * package, carrying each user cell with its own cell format (the index into the file's own
 * styles.xml, which is only appended to), link, note and formula (moved with its row by the
 * core). Rich-text runs inside a carried cell are read as plain text and written so: the
 * characters are kept, the runs' own fonts are not.
 */

/**
 * What the file shell carries for a cell, opaque to the core: the cell as the reader gave it (its
 * cell format, link, array range, stored text, and the row it was read from), with its note when
 * it has one. Carried as it is, not copied: a 100,000-row ledger has over a million of them.
 */
type FileCarry = ReadCell & { readonly note?: NoteInfo };

const MERGED_SHEETS = [SHEETS.items, SHEETS.ledger, SHEETS.milestones, SHEETS.lists];

function coreCell(cell: FileCarry): RichCell {
  const link = cell.hyperlink;
  const needsCarry =
    cell.style !== 0 ||
    link !== null ||
    cell.arrayRange !== null ||
    cell.note !== undefined ||
    cell.stored !== null;
  // Built field by field (no spreads): a 100,000-row ledger has over a million of these.
  const out: { -readonly [K in keyof RichCell]: RichCell[K] } = { value: cell.value };
  if (cell.formula !== null) out.formula = cell.formula;
  if (link !== null) {
    const target = link.target ?? (link.location === null ? undefined : `#${link.location}`);
    if (target !== undefined) out.hyperlink = target;
  }
  if (needsCarry) out.carry = cell;
  return out;
}

/** A note on a cell the file does not list: that cell, empty, with its note. */
function noteOnlyCell(row: number, column: number, note: NoteInfo): FileCarry {
  return {
    row,
    column,
    value: null,
    formula: null,
    arrayRange: null,
    hyperlink: null,
    style: 0,
    numberFormat: 'General',
    stored: null,
    note,
  };
}

/** A sheet as the reader gives it, as the core's rich sheet (row 0 = sheet row 1). */
export function coreRichSheet(sheet: ReadSheet): RichSheet {
  const notes = new Map(sheet.notes.map((n) => [n.ref.toUpperCase(), n]));
  const rows: RichCell[][] = [];
  const at = (r: number) => {
    while (rows.length <= r) rows.push([]);
    return rows[r] as RichCell[];
  };
  for (const read of sheet.cells) {
    let cell: FileCarry = read;
    if (notes.size > 0) {
      const ref = `${columnLetter(read.column)}${read.row + 1}`;
      const note = notes.get(ref);
      if (note !== undefined) {
        notes.delete(ref);
        cell = { ...read, note };
      }
    }
    const row = at(cell.row);
    while (row.length < cell.column) row.push(BLANK_CELL);
    row[cell.column] = coreCell(cell);
  }
  // A note on a cell the file does not list still belongs to that cell.
  for (const [ref, note] of notes) {
    const box = parseRange(ref);
    const row = at(box.top);
    while (row.length < box.left) row.push(BLANK_CELL);
    row[box.left] = coreCell(noteOnlyCell(box.top, box.left, note));
  }
  return { name: sheet.name, rows };
}

const BLANK_CELL: RichCell = { value: null };

/** A range moved by whole rows. */
function moveRows(range: string, by: number): string {
  return range.replace(
    /(\$?[A-Z]+\$?)(\d+)/g,
    (_, col: string, row: string) => `${col}${Number(row) + by}`,
  );
}

/** Where the core put each carried cell, as the package writer carries it. */
export function carriedCells(overlays: readonly SheetOverlay[]): Map<string, CarriedCell[]> {
  const out = new Map<string, CarriedCell[]>();
  for (const { sheet, cells } of overlays) {
    const list: CarriedCell[] = [];
    for (const { row, column, cell } of cells) {
      const carry = cell.carry as FileCarry | undefined;
      if (carry === undefined) continue;
      list.push({
        row,
        column,
        style: carry.style,
        link: carry.hyperlink,
        arrayRange: carry.arrayRange === null ? null : moveRows(carry.arrayRange, row - carry.row),
        note:
          carry.note === undefined ? null : { author: carry.note.author, text: carry.note.text },
        // Text the core left as it was keeps its stored form (rich runs); changed text is plain.
        text: carry.stored !== null && cell.value === carry.value ? carry.stored : null,
      });
    }
    if (list.length > 0) out.set(sheet, list);
  }
  return out;
}

export interface MergeOptions {
  readonly today: IsoDate;
  /** The new list's file name (shown on 说明 and 导入记录). */
  readonly sourceName: string;
  /** When the merge runs, as shown on 说明 and 导入记录. */
  readonly generatedAt: string;
  /** Settings given for this import (flags); the rest keep what the old 说明 holds. */
  readonly settings?: Partial<Settings>;
}

/** The core's merge of a new list into the workbook as read. */
export function mergeLedgerReading(
  reading: WorkbookReading,
  list: RectificationList,
  options: MergeOptions,
): WorkbookMerge {
  const existing = new Map<string, RichSheet>();
  for (const name of MERGED_SHEETS) {
    const sheet = reading.richSheet(name);
    if (sheet !== null) existing.set(name, coreRichSheet(sheet));
  }
  // The reminder windows the user set in the old workbook carry over unless given anew.
  const settings = { ...readSettings(reading).settings, ...options.settings };
  const fresh = buildLedgerWorkbookPlan(list, { ...options, settings });
  return mergeWorkbookPlan(fresh, (name) => existing.get(name) ?? null, {
    generatedAt: options.generatedAt,
    sourceName: options.sourceName,
  });
}

export interface LedgerMergeResult {
  readonly merge: WorkbookMerge;
  /** The new package, not written yet (the caller keeps a backup first). */
  readonly bytes: Uint8Array;
  readonly decisions: SheetDecisions;
}

/**
 * Merges a new list into the workbook read from `bytes` through the package writer: only the
 * owned sheets and the parts listing sheets, names, styles and content types change. Refuses
 * (SheetConflictError, TableNameConflictError) when a sheet or table the plan needs is the user's.
 * `path` is where the result will go (named in messages). `adopted`: unmarked sheets the core
 * decided to take as ours for this merge (decideAdoption).
 */
export async function mergeLedgerPackage(
  reading: WorkbookReading,
  bytes: Uint8Array,
  list: RectificationList,
  options: MergeOptions,
  path: string,
  adopted: readonly string[] = [],
): Promise<LedgerMergeResult> {
  const pkg = openPackage(bytes, path);
  const merge = mergeLedgerReading(reading, list, options);
  const written = await planBytes(
    pkg,
    merge.plan,
    [],
    path,
    new Date(),
    carriedCells(merge.overlays),
    adopted,
  );
  return { merge, bytes: written.bytes, decisions: written.decisions };
}
