import { isoFromExcelSerial } from '../dates';
import { isDateCell } from '../grid';
import { DOCUMENT_COLUMNS, ITEM_COLUMNS, SHEETS } from '../ledger/model';
import { parseRange } from '../plan/a1';
import type { SheetPlan, WorkbookPlan } from '../plan/types';
import { withMergedRows } from './fit-plan';
import { importLogSheet } from './import-log-sheet';
import { keyPart } from './keys';
import { mergeLists } from './lists-merge';
import type {
  FieldChange,
  ItemChange,
  ItemEntry,
  MeasureChange,
  MeasureEntry,
  MergeReport,
} from './report';
import {
  cellText,
  isBlankCell,
  needsOverlay,
  richFromPlan,
  richValue,
  type RichCell,
  type RichSheet,
} from './rich-cell';
import { ITEM_RULE, LEDGER_RULE, MILESTONE_RULE, REMOVED_MARKER } from './rules';
import { mergeSheet, type MergedRow, type MergedSheet, type RowView } from './sheet-merge';

/** A cell the shell writes after carrying out the plan: what the plan cannot say (links, formats). */
export interface CellOverlay {
  /** Zero-based row (0 = sheet row 1) and column, as in the plan's rows. */
  readonly row: number;
  readonly column: number;
  readonly cell: RichCell;
}

export interface SheetOverlay {
  readonly sheet: string;
  readonly cells: readonly CellOverlay[];
}

export interface MergeOptions {
  /** When the merge runs, as it should be recorded (the core has no clock). */
  readonly generatedAt: string;
  /** The new list's file or source name. */
  readonly sourceName: string;
}

export interface WorkbookMerge {
  /** The fresh plan with 台账, 时间节点, 清单 and 名录 merged, and 导入记录 added. */
  readonly plan: WorkbookPlan;
  /** Cells the shell writes after the plan, sheet by sheet. */
  readonly overlays: readonly SheetOverlay[];
  readonly report: MergeReport;
  /** The merged 台账, row by row (for tests and for a face that shows where rows went). */
  readonly ledger: MergedSheet;
  /** The merged 时间节点, row by row. */
  readonly milestones: MergedSheet;
}

/** Reads an existing sheet by name; null when the workbook has none. */
export type ExistingSheets = (sheet: string) => RichSheet | null;

const ITEM_FIELDS: readonly string[] = ITEM_COLUMNS.filter((c) => c !== '措施数');
const MEASURE_FIELDS: readonly string[] = ['问题序号', '措施序号', ...DOCUMENT_COLUMNS];

/**
 * How the new list renumbered the old items, as a view of old rows for matching: 问题序号 reads as
 * the number the item has now. An item the list dropped reads as a number no item has, so its
 * rows are never taken for a new item that reuses the number.
 */
function renumbering(items: MergedSheet): (row: RowView) => RowView {
  const column = items.header.indexOf('序号');
  const map = new Map<string, string>();
  for (const row of items.rows) {
    const before = keyPart(row.previous?.[column]?.value ?? null);
    if (before.length === 0) continue;
    if (row.origin === 'matched') map.set(before, keyPart(row.cells[column]?.value ?? null));
    else if (row.origin === 'removed') map.set(before, `\u0002removed\u0002${before}`);
  }
  return (row) => ({
    get(header) {
      const cell = row.get(header);
      if (header !== '问题序号') return cell;
      const mapped = map.get(keyPart(cell.value));
      return mapped === undefined ? cell : { value: mapped };
    },
  });
}

/** Text of a cell for comparing an old value with a new one (a date serial reads as its date). */
function comparable(cell: RichCell | undefined, other: RichCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell.value === 'number' && other !== undefined && isDateCell(other.value)) {
    return isoFromExcelSerial(cell.value) ?? String(cell.value);
  }
  if (cell.formula !== undefined && cell.value === null) return `=${cell.formula}`;
  return cellText(cell);
}

function fieldChanges(
  row: MergedRow,
  header: readonly string[],
  fields: readonly string[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const c = header.indexOf(field);
    if (c < 0) continue;
    const before = row.previous?.[c];
    const after = row.cells[c];
    const oldText = comparable(before, after);
    const newText = comparable(after, before);
    if (oldText !== newText) changes.push({ field, old: oldText, new: newText });
  }
  return changes;
}

function textAt(row: MergedRow, header: readonly string[], column: string, previous = false) {
  const c = header.indexOf(column);
  const cells = previous ? row.previous : row.cells;
  return c < 0 || cells === null ? '' : cellText(cells[c]);
}

function keyAt(row: MergedRow, header: readonly string[], column: string): string {
  const c = header.indexOf(column);
  return c < 0 ? '' : keyPart(row.cells[c]?.value ?? null);
}

/** Was the row already marked by an earlier import (so it is not news now)? */
function wasMarked(row: MergedRow, header: readonly string[], column: string): boolean {
  return textAt(row, header, column, true).startsWith(REMOVED_MARKER);
}

function richRows(sheet: SheetPlan | undefined): RichCell[][] {
  return (sheet?.rows ?? []).map((r) => r.map(richFromPlan));
}

function sheetRows(merged: MergedSheet): RichCell[][] {
  return [
    ...merged.preamble.map((r) => [...r]),
    merged.header.map((h) => richValue(h)),
    ...merged.rows.map((r) => [...r.cells]),
  ];
}

/** Zero-based row of a plan's header: the top of its table (0 for a sheet without one). */
function headerRowOf(sheet: SheetPlan | undefined): number {
  return sheet?.table === undefined ? 0 : parseRange(sheet.table.range).top;
}

function overlaysOf(sheet: string, rows: readonly (readonly RichCell[])[]): SheetOverlay {
  const cells: CellOverlay[] = [];
  rows.forEach((r, row) =>
    r.forEach((cell, column) => {
      if (needsOverlay(cell)) cells.push({ row, column, cell });
    }),
  );
  return { sheet, cells };
}

/**
 * Re-import: the plan for the new list (`fresh`, as `buildLedgerWorkbookPlan` makes it), merged
 * with what the workbook holds so that nothing the user wrote is lost. See `mergeSheet` for the
 * row rules; 名录 keeps the user's names; 导入记录 records what changed.
 */
export function mergeWorkbookPlan(
  fresh: WorkbookPlan,
  existing: ExistingSheets,
  options: MergeOptions,
): WorkbookMerge {
  const find = (name: string) => fresh.sheets.find((s) => s.name === name);
  const old = (name: string) => existing(name)?.rows ?? [];

  // Items first: how the list renumbered them decides how old ledger rows are matched.
  const items = mergeSheet(
    { old: old(SHEETS.items), fresh: richRows(find(SHEETS.items)) },
    ITEM_RULE,
  );
  const oldKeyView = renumbering(items);
  const ledgerPlan = find(SHEETS.ledger);
  const ledger = mergeSheet(
    {
      old: old(SHEETS.ledger),
      fresh: richRows(ledgerPlan),
      freshHeaderRow: headerRowOf(ledgerPlan),
      oldKeyView,
    },
    LEDGER_RULE,
  );
  const milestones = mergeSheet(
    { old: old(SHEETS.milestones), fresh: richRows(find(SHEETS.milestones)), oldKeyView },
    MILESTONE_RULE,
  );
  const lists = mergeLists(old(SHEETS.lists), richRows(find(SHEETS.lists)));

  // 清单 is the list's own: an item gone from it leaves only if the user added nothing to its row.
  const itemExtra = items.header.map((h) => items.extraColumns.includes(h));
  const keptItems: MergedSheet = {
    ...items,
    rows: items.rows.filter(
      (r) => r.origin !== 'removed' || r.cells.some((c, i) => itemExtra[i] && !isBlankCell(c)),
    ),
  };

  const lh = ledger.header;
  const ih = items.header;
  const measuresAdded: MeasureEntry[] = [];
  const measuresRemoved: MeasureEntry[] = [];
  const measuresChanged: MeasureChange[] = [];
  let stillRemoved = 0;
  for (const row of ledger.rows) {
    const item = keyAt(row, lh, '问题序号');
    const measure = keyAt(row, lh, '措施序号');
    if (row.origin === 'added') {
      measuresAdded.push({ item, measure, text: textAt(row, lh, '整改措施') });
    } else if (row.origin === 'removed') {
      if (wasMarked(row, lh, '整改措施')) stillRemoved += 1;
      else measuresRemoved.push({ item, measure, text: textAt(row, lh, '整改措施', true) });
    } else if (row.origin === 'matched') {
      const changes = fieldChanges(row, lh, MEASURE_FIELDS);
      if (changes.length > 0) measuresChanged.push({ item, measure, changes });
    }
  }
  const itemsAdded: ItemEntry[] = [];
  const itemsRemoved: ItemEntry[] = [];
  const itemsChanged: ItemChange[] = [];
  for (const row of items.rows) {
    const item = keyAt(row, ih, '序号');
    if (row.origin === 'added') itemsAdded.push({ item, text: textAt(row, ih, '问题') });
    else if (row.origin === 'removed' && !wasMarked(row, ih, '问题'))
      itemsRemoved.push({ item, text: textAt(row, ih, '问题', true) });
    else if (row.origin === 'matched') {
      const changes = fieldChanges(row, ih, ITEM_FIELDS);
      if (changes.length > 0) itemsChanged.push({ item, changes });
    }
  }

  const report: MergeReport = {
    generatedAt: options.generatedAt,
    sourceName: options.sourceName,
    itemsAdded,
    itemsRemoved,
    itemsChanged,
    measuresAdded,
    measuresRemoved,
    measuresChanged,
    stillRemoved,
    userRowsKept: ledger.rows.filter((r) => r.origin === 'user').length,
    extraColumns: ledger.extraColumns,
    namesKept: lists.kept,
    milestonesAdded: milestones.rows.filter((r) => r.origin === 'added').length,
    milestonesRemoved: milestones.rows.filter(
      (r) => r.origin === 'removed' && !wasMarked(r, milestones.header, '节点内容'),
    ).length,
    rowsKept: ledger.rows.filter((r) => r.origin === 'matched').length,
  };

  const mergedRows = new Map<string, RichCell[][]>([
    [SHEETS.ledger, sheetRows(ledger)],
    [SHEETS.milestones, sheetRows(milestones)],
    [SHEETS.items, sheetRows(keptItems)],
    [SHEETS.lists, lists.rows],
  ]);
  const sheets: SheetPlan[] = fresh.sheets
    .filter((s) => s.name !== SHEETS.importLog)
    .map((s) => {
      const rows = mergedRows.get(s.name);
      return rows === undefined ? s : withMergedRows(s, rows, headerRowOf(s));
    });
  sheets.push(importLogSheet(report));
  const overlays = [...mergedRows].map(([sheet, rows]) => overlaysOf(sheet, rows));
  return {
    plan: { ...fresh, sheets },
    overlays: overlays.filter((o) => o.cells.length > 0),
    report,
    ledger,
    milestones,
  };
}
