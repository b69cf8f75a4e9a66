import { cellAddress } from '../core/grid';
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
import type { Settings } from '../core/settings';
import { rangeOf } from '../core/plan';
import { richCellOf } from '../core/shell/host-cell';
import { applyPlan, type ApplyResult } from './apply-plan';
import type { EtApplication, EtWorkbook, EtWorksheet } from './et-api';
import type { Pause } from './pause';
import { readBlocks } from './read-grid';
import { findSheet, valueRows } from './sheets';

/**
 * Re-import on the open workbook in WPS: the ET twin of src/office/merge-ledger.ts. Reads the
 * sheets a merge needs as rich cells (values, formulas, number formats, hyperlinks), lets the core
 * decide, carries the merged plan out, then writes what a plan cannot say.
 */
const MERGED_SHEETS = [SHEETS.items, SHEETS.ledger, SHEETS.milestones, SHEETS.lists];

async function readRichSheet(sheet: EtWorksheet, pause: Pause): Promise<RichSheet> {
  const rows: RichCell[][] = [];
  for await (const block of readBlocks(sheet, pause)) {
    const formulas = valueRows(
      sheet.Range(rangeOf({ top: block.top, left: 0, bottom: block.bottom, right: block.right }))
        .Formula,
      block.values.length,
      block.right + 1,
    );
    block.values.forEach((row, i) => {
      rows[block.top + i] = row.map((v, j) =>
        richCellOf({ value: v, formula: formulas[i]?.[j], format: block.format(i, j) }),
      );
    });
  }
  // Hyperlinks: one collection per sheet, each link knowing its cell.
  const links = sheet.Hyperlinks;
  for (let i = 1; i <= links.Count; i++) {
    const link = links.Item(i);
    const r = link.Range.Row - 1;
    const c = link.Range.Column - 1;
    const target =
      link.Address !== '' ? link.Address : link.SubAddress !== '' ? `#${link.SubAddress}` : '';
    const cell = rows[r]?.[c];
    if (target === '' || cell === undefined || cell.formula !== undefined) continue;
    rows[r]![c] = { ...cell, hyperlink: target };
  }
  return { name: sheet.Name, rows };
}

/** Writes what the plan could not: hyperlinks and the cells' own number formats. */
export function writeOverlays(book: EtWorkbook, overlays: readonly SheetOverlay[]): void {
  for (const { sheet, cells } of overlays) {
    const ws = findSheet(book, sheet);
    if (!ws) continue;
    for (const { row, column, cell } of cells) {
      const range = ws.Range(cellAddress(row, column));
      if (cell.hyperlink !== undefined && cell.formula === undefined) {
        const text = typeof cell.value === 'string' ? cell.value : undefined;
        if (cell.hyperlink.startsWith('#'))
          ws.Hyperlinks.Add(range, '', cell.hyperlink.slice(1), undefined, text);
        else ws.Hyperlinks.Add(range, cell.hyperlink, '', undefined, text);
      }
      if (cell.numberFormat !== undefined) range.NumberFormat = cell.numberFormat;
    }
  }
}

export interface WpsMergeResult {
  readonly merge: WorkbookMerge;
  readonly applied: ApplyResult;
}

export async function mergeLedgerInWorkbook(
  app: EtApplication,
  book: EtWorkbook,
  list: RectificationList,
  options: {
    readonly today: string;
    readonly sourceName: string;
    readonly generatedAt: string;
    readonly settings?: Settings;
    /** Unmarked sheets taken as ours for this merge (core/shell/import-route.ts). */
    readonly adopted?: readonly string[];
  },
  pause: Pause,
): Promise<WpsMergeResult> {
  const existing = new Map<string, RichSheet>();
  for (const name of MERGED_SHEETS) {
    const sheet = findSheet(book, name);
    if (sheet) existing.set(name.toLowerCase(), await readRichSheet(sheet, pause));
  }
  const fresh = buildLedgerWorkbookPlan(list, options);
  const merge = mergeWorkbookPlan(fresh, (name) => existing.get(name.toLowerCase()) ?? null, {
    generatedAt: options.generatedAt,
    sourceName: options.sourceName,
  });
  const applied = await applyPlan(app, book, merge.plan, pause, {
    finish: () => writeOverlays(book, merge.overlays),
    adopted: options.adopted ?? [],
  });
  return { merge, applied };
}
