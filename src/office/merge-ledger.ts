import { isoFromExcelSerial, type IsoDate } from '../core/dates';
import { cellAddress, type GridCell } from '../core/grid';
import { SHEETS } from '../core/ledger/model';
import type { RectificationList } from '../core/list/schema';
import {
  mergeWorkbookPlan,
  reportLines,
  type RichCell,
  type RichSheet,
  type SheetOverlay,
  type WorkbookMerge,
} from '../core/merge';
import { buildLedgerWorkbookPlan } from '../core/workbook/plan';
import { type Box, boxAddress, parseBox } from './a1';
import { applyPlan, type ApplyResult } from './apply-plan';
import type { XlContext, XlRange } from './excel-api';
import type { ImportOutcome } from './operations';
import { BatchWriter, jsonBytes } from './payload';
import { isDateFormat } from './read-grid';

/**
 * Re-import on the open workbook: the Office.js twin of src/xlsx/merge-ledger.ts. Reads the sheets
 * a merge needs as rich cells (values, formulas, number formats, hyperlinks), lets the core decide,
 * carries the merged plan out with the shell's applyPlan, then writes what a plan cannot say.
 */

/** Members of `Excel.Range` (ExcelApi 1.1 and 1.7) a merge needs beyond the shell's subset. */
export interface XlMergeRange extends XlRange {
  /** ExcelApi 1.1: a formula (with `=`) where the cell has one, else the constant. */
  formulas: Excel.Range['formulas'];
  /** ExcelApi 1.7. */
  hyperlink: Excel.Range['hyperlink'];
  getCell(row: number, column: number): XlMergeRange;
}

// Compile-time proof that real Office.js has these members with these types.
type Assignable<T extends true> = T;
export type RealMergeRangeFits = Assignable<Excel.Range extends XlMergeRange ? true : false>;

const MERGED_SHEETS = [SHEETS.items, SHEETS.ledger, SHEETS.milestones, SHEETS.lists];
/** Cells per read request before anything is known (long notes make cells large). */
const READ_CELLS = 20_000;
/** Hyperlink look-ups (one proxy per text cell) per request. */
const LINK_LOOKUPS = 5_000;

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

function richOf(value: unknown, formula: unknown, type: unknown, format: unknown): RichCell {
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  let shown: GridCell = null;
  if (type === 'Error') shown = { error: String(value) };
  else if (typeof value === 'number') {
    const date = isDateFormat(format) ? isoFromExcelSerial(value) : null;
    shown = date !== null ? { date } : value;
  } else if (typeof value === 'boolean') shown = value;
  else if (typeof value === 'string' && value !== '') shown = value;
  const showsNumber = typeof value === 'number' || isFormula;
  return {
    value: shown,
    ...(isFormula && { formula: formula.slice(1) }),
    ...(showsNumber &&
      typeof format === 'string' &&
      format !== 'General' && { numberFormat: format }),
  };
}

interface Chunk {
  readonly sheet: string;
  readonly box: Box;
}

/** Reads the sheets' used areas from A1 as rich cells, in requests that stay under 5 MB. */
export async function readRichSheets(
  context: XlContext,
  names: readonly string[],
): Promise<Map<string, RichSheet>> {
  const used = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    const range = sheet.getUsedRangeOrNullObject(true).load('address');
    return { sheet, range };
  });
  await context.sync();
  const out = new Map<string, RichCell[][]>();
  const queue: Chunk[] = [];
  for (const { sheet, range } of used) {
    if (sheet.isNullObject) continue;
    out.set(sheet.name, []);
    if (range.isNullObject) continue;
    const last = parseBox(range.address);
    const width = last.right + 1;
    const step = Math.max(1, Math.floor(READ_CELLS / width));
    for (let top = 0; top <= last.bottom; top += step)
      queue.push({
        sheet: sheet.name,
        box: { top, left: 0, right: last.right, bottom: Math.min(last.bottom, top + step - 1) },
      });
  }
  while (queue.length > 0) {
    const chunk = queue.shift()!;
    const range = context.workbook.worksheets
      .getItem(chunk.sheet)
      .getRange(boxAddress(chunk.box)) as XlMergeRange;
    range.load('values,formulas,numberFormat,valueTypes');
    try {
      await context.sync();
    } catch (error) {
      const rows = chunk.box.bottom - chunk.box.top + 1;
      if (!isResponseTooLarge(error) || rows <= 1) throw error;
      const half = chunk.box.top + Math.floor(rows / 2) - 1;
      queue.unshift(
        { sheet: chunk.sheet, box: { ...chunk.box, bottom: half } },
        { sheet: chunk.sheet, box: { ...chunk.box, top: half + 1 } },
      );
      continue;
    }
    const rows = out.get(chunk.sheet)!;
    range.values.forEach((vRow, i) => {
      rows[chunk.box.top + i] = vRow.map((v, j) =>
        richOf(v, range.formulas[i]?.[j], range.valueTypes[i]?.[j], range.numberFormat[i]?.[j]),
      );
    });
  }
  await readHyperlinks(context, out);
  return new Map([...out].map(([name, rows]) => [name, { name, rows }]));
}

/** Hyperlinks, which ExcelApi 1.8 reports one cell at a time: looked up for text cells only. */
async function readHyperlinks(context: XlContext, sheets: Map<string, RichCell[][]>) {
  const wanted: { sheet: string; r: number; c: number }[] = [];
  for (const [sheet, rows] of sheets)
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell.value === 'string' && cell.formula === undefined)
          wanted.push({ sheet, r, c });
      }),
    );
  for (let start = 0; start < wanted.length; start += LINK_LOOKUPS) {
    const batch = wanted.slice(start, start + LINK_LOOKUPS).map((w) => {
      const range = context.workbook.worksheets
        .getItem(w.sheet)
        .getRange(cellAddress(w.r, w.c)) as XlMergeRange;
      range.load('hyperlink');
      return { ...w, range };
    });
    await context.sync();
    for (const { sheet, r, c, range } of batch) {
      const link = range.hyperlink;
      const target =
        link?.address ?? (link?.documentReference ? `#${link.documentReference}` : undefined);
      if (target === undefined || target === '') continue;
      const row = sheets.get(sheet)![r]!;
      row[c] = { ...row[c]!, hyperlink: target };
    }
  }
}

/** Writes what the plan could not: hyperlinks and the cells' own number formats. */
export async function writeOverlays(
  context: XlContext,
  overlays: readonly SheetOverlay[],
): Promise<number> {
  const writer = new BatchWriter(context);
  for (const { sheet, cells } of overlays) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const { row, column, cell } of cells) {
      const range = ws.getRange(cellAddress(row, column)) as XlMergeRange;
      if (cell.hyperlink !== undefined && cell.formula === undefined) {
        const text = typeof cell.value === 'string' ? cell.value : '';
        const link: Excel.RangeHyperlink = cell.hyperlink.startsWith('#')
          ? { documentReference: cell.hyperlink.slice(1), textToDisplay: text }
          : { address: cell.hyperlink, textToDisplay: text };
        await writer.add(jsonBytes(link), () => {
          range.hyperlink = link;
        });
      }
      const format = cell.numberFormat;
      if (format !== undefined)
        await writer.add(jsonBytes(format), () => {
          range.numberFormat = [[format]];
        });
    }
  }
  await writer.flush();
  return writer.syncs;
}

export interface OfficeMergeOptions {
  readonly today: IsoDate;
  readonly sourceName: string;
  readonly generatedAt: string;
}

export interface OfficeMergeResult {
  readonly merge: WorkbookMerge;
  readonly applied: ApplyResult;
}

/**
 * 导入清单 on a workbook that already holds a ledger: the new list merged in, nothing the user
 * wrote lost (see src/core/merge). Stops before changing anything when a sheet the plan needs
 * belongs to the user (applyPlan's SheetConflictError).
 */
export async function mergeLedgerInWorkbook(
  context: XlContext,
  list: RectificationList,
  options: OfficeMergeOptions,
): Promise<OfficeMergeResult> {
  const existing = await readRichSheets(context, MERGED_SHEETS);
  const fresh = buildLedgerWorkbookPlan(list, options);
  const lower = new Map([...existing].map(([k, v]) => [k.toLowerCase(), v]));
  const merge = mergeWorkbookPlan(fresh, (name) => lower.get(name.toLowerCase()) ?? null, {
    generatedAt: options.generatedAt,
    sourceName: options.sourceName,
  });
  const applied = await applyPlan(context, merge.plan);
  await writeOverlays(context, merge.overlays);
  return { merge, applied };
}

/** The merge as the task pane shows an import: sheets written, then the report's lines. */
export function mergeOutcome(result: OfficeMergeResult): ImportOutcome {
  return {
    sheets: result.merge.plan.sheets.map((s) => ({
      name: s.name,
      rows: result.applied.sheets.find((a) => a.name === s.name)?.rows ?? 0,
    })),
    changes: reportLines(result.merge.report),
  };
}
