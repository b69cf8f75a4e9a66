import ExcelJS from 'exceljs';
import { isDateCell } from '../core/grid';
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
import { buildLedgerWorkbookPlan } from '../core/workbook/plan';
import { readSettings, type Settings } from '../core/settings';
import { applyPlan, type ApplyResult } from './apply-plan';
import { gridCellOf, snapshotOf } from './read-grid';

/**
 * Re-import on an .xlsx workbook: read the sheets a merge needs as rich cells (formulas, links,
 * rich text, own number formats), let the core decide, carry the plan out, then put back what a
 * plan cannot say. The workbook is changed in memory only; the caller writes it.
 */

/** What ExcelJS keeps for a cell that a plain value would lose; opaque to the core. */
interface ExcelJsCarry {
  readonly richText?: ExcelJS.RichText[];
  /** The cell's own look (fill, font, borders …) where it differs from its column's. */
  readonly style?: Partial<ExcelJS.Style>;
  /** A note (批注) the user attached to the cell. */
  readonly note?: ExcelJS.Comment | string;
}

const MERGED_SHEETS = [SHEETS.items, SHEETS.ledger, SHEETS.milestones, SHEETS.lists];

function richTextOf(value: ExcelJS.CellValue): ExcelJS.RichText[] | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  if ('richText' in value) return value.richText;
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    if (text !== null && typeof text === 'object' && 'richText' in text) {
      return (text as ExcelJS.CellRichTextValue).richText;
    }
  }
  return undefined;
}

/** The cell's style when the user gave it one of its own (not just its column's), else undefined. */
function ownStyle(cell: ExcelJS.Cell, column: ExcelJS.Column | undefined) {
  const style = cell.style as Partial<ExcelJS.Style> | undefined;
  if (style === undefined || Object.keys(style).length === 0) return undefined;
  const base = (column?.style ?? {}) as Partial<ExcelJS.Style>;
  if (JSON.stringify(style) === JSON.stringify(base)) return undefined;
  return structuredClone(style);
}

/** One ExcelJS cell as the core's rich cell. */
export function richCellOf(
  cell: ExcelJS.Cell,
  date1904 = false,
  column?: ExcelJS.Column,
): RichCell {
  const raw = cell.value;
  const value = gridCellOf(raw, cell.numFmt, date1904);
  const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
  const hyperlink =
    raw !== null && typeof raw === 'object' && !(raw instanceof Date) && 'hyperlink' in raw
      ? raw.hyperlink
      : undefined;
  const richText = richTextOf(raw);
  const showsNumber = typeof value === 'number' || isDateCell(value) || formula !== undefined;
  const numFmt = cell.numFmt;
  const style = ownStyle(cell, column);
  const note = (cell as { note?: ExcelJS.Comment | string }).note;
  const carry: ExcelJsCarry = {
    ...(richText !== undefined && { richText }),
    ...(style !== undefined && { style }),
    ...(note !== undefined && { note: structuredClone(note) }),
  };
  return {
    value,
    ...(formula !== undefined && { formula }),
    ...(hyperlink !== undefined && { hyperlink }),
    ...(showsNumber && numFmt && numFmt !== 'General' && { numberFormat: numFmt }),
    ...(Object.keys(carry).length > 0 && { carry }),
  };
}

/** A worksheet's used area as rich cells, row 0 = sheet row 1. Merged areas keep their top-left. */
export function readRichSheet(ws: ExcelJS.Worksheet, date1904 = false): RichSheet {
  const rows: RichCell[][] = [];
  for (let r = 1; r <= ws.rowCount; r += 1) {
    const out: RichCell[] = [];
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      while (out.length < col - 1) out.push({ value: null });
      out[col - 1] = richCellOf(cell, date1904, ws.getColumn(col));
    });
    rows.push(out);
  }
  return { name: ws.name, rows };
}

/** Writes what the plan could not: links, rich text, notes, the cell's own style and format. */
export function writeOverlays(workbook: ExcelJS.Workbook, overlays: readonly SheetOverlay[]) {
  for (const { sheet, cells } of overlays) {
    const ws = workbook.getWorksheet(sheet);
    if (ws === undefined) throw new Error(`merge overlay for a missing sheet ${sheet}`);
    for (const { row, column, cell: rich } of cells) {
      const cell = ws.getCell(row + 1, column + 1);
      const carry = rich.carry as ExcelJsCarry | undefined;
      const text = carry?.richText
        ? { richText: carry.richText }
        : typeof rich.value === 'string'
          ? rich.value
          : String(cell.text ?? '');
      if (rich.formula === undefined) {
        if (rich.hyperlink !== undefined) {
          cell.value = { text, hyperlink: rich.hyperlink } as ExcelJS.CellHyperlinkValue;
        } else if (carry?.richText) {
          cell.value = { richText: carry.richText };
        }
      }
      if (carry?.style !== undefined) cell.style = structuredClone(carry.style);
      if (carry?.note !== undefined) cell.note = structuredClone(carry.note);
      if (rich.numberFormat !== undefined) cell.numFmt = rich.numberFormat;
    }
  }
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

export interface LedgerMergeResult {
  readonly merge: WorkbookMerge;
  readonly applied: ApplyResult;
}

/**
 * Merges a new list into a workbook holding a ledger: document columns updated, every cell the
 * user wrote kept on its row, 导入记录 written. Stops before changing anything when a sheet the
 * plan needs belongs to the user (see applyPlan).
 */
export function mergeLedgerWorkbook(
  workbook: ExcelJS.Workbook,
  list: RectificationList,
  options: MergeOptions,
): LedgerMergeResult {
  const date1904 = workbook.properties?.date1904 === true;
  const existing = new Map<string, RichSheet>();
  for (const name of MERGED_SHEETS) {
    const ws = workbook.getWorksheet(name);
    if (ws !== undefined) existing.set(name, readRichSheet(ws, date1904));
  }
  // The reminder windows the user set in the old workbook carry over unless given anew.
  const settings = { ...readSettings(snapshotOf(workbook)).settings, ...options.settings };
  const fresh = buildLedgerWorkbookPlan(list, { ...options, settings });
  const merge = mergeWorkbookPlan(fresh, (name) => existing.get(name) ?? null, {
    generatedAt: options.generatedAt,
    sourceName: options.sourceName,
  });
  const applied = applyPlan(workbook, merge.plan);
  writeOverlays(workbook, merge.overlays);
  // Carried formulas are written without a cached result (their rows moved): have Excel and
  // LibreOffice compute every formula when the file is opened.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return { merge, applied };
}
