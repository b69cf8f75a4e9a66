import type { Lang } from '../core/i18n';
import type { IsoDate } from '../core/dates';
import { cellAddress } from '../core/grid';
import {
  ITEM_COLUMNS,
  LEDGER_COLUMNS,
  MILESTONE_COLUMNS,
  SHEETS,
  USER_COLUMNS,
} from '../core/ledger/model';
import type { RectificationList } from '../core/list/schema';
import {
  headerRowOfRich,
  mergeWorkbookPlan,
  reportLines,
  type RichCell,
  type RichSheet,
  type SheetOverlay,
  type WorkbookMerge,
} from '../core/merge';
import { MILESTONE_USER_COLUMNS } from '../core/merge/rules';
import { buildLedgerWorkbookPlan } from '../core/workbook/plan';
import { writtenSheets } from '../core/shell/written';
import type { Settings } from '../core/settings';
import { type ApplyResult, applied, queuePlan, resolveOn, scopeOf } from './apply-plan';
import type { OfficeLike } from './office-global';
import type { XlContext, XlRange } from './excel-api';
import type { ImportOutcome } from '../operations/contract';
import { type BatchWriter, jsonBytes } from './payload';
import { richCellOf } from '../core/shell/host-cell';
import { readUsedAreas } from './read-used';
import { writeAtomically } from './transaction';
import { type WorkbookLook, queueLook } from './workbook-look';

/**
 * Re-import on the open workbook: the Office.js twin of src/xlsx/merge-ledger.ts. Reads the sheets
 * a merge needs as rich cells (values, formulas, number formats, hyperlinks, the cells' own fill
 * and font), lets the core decide, and queues the merged plan and what a plan cannot say.
 *
 * What ExcelApi 1.8 cannot carry: notes and comments (1.10+), rich-text runs inside a cell, borders
 * drawn by the user, and any format property other than fill colour, font (name, size, colour,
 * bold, italic) and number format. The pane says so before the user confirms (inspectWorkbook's
 * reimportLimits, catalogue key office.reimportLimits).
 */

/** The sheets a merge reads; the ledger first (the first request reads most of it). */
export const MERGED_SHEETS = [SHEETS.ledger, SHEETS.items, SHEETS.milestones, SHEETS.lists];

/** Per-cell look-ups (hyperlink, fill, font) per request: ~400 bytes each way, under 5 MB. */
const CELL_LOOKUPS = 8_000;

/** The format of a cell a re-import carries with its row (what ExcelApi 1.8 reads and writes). */
export interface OfficeCarry {
  readonly fill?: string;
  readonly font?: {
    readonly name?: string;
    readonly size?: number;
    readonly color?: string;
    readonly bold?: boolean;
    readonly italic?: boolean;
  };
}

/** Excel's own look of a cell nobody formatted (no fill, black, regular, 11 pt). */
const PLAIN = { fill: '#FFFFFF', color: '#000000', size: 11, bold: false, italic: false };

/**
 * Reads the sheets' used areas from A1 as rich cells; `alsoQueue` rides in the first request.
 * The cells the merge carries (user columns, columns the user added, 名录) are then looked up one
 * by one for what 1.8 reports only per cell: hyperlinks, fill and font.
 */
export async function readRichSheets(
  context: XlContext,
  names: readonly string[],
  alsoQueue?: () => void,
): Promise<Map<string, RichSheet>> {
  const areas = await readUsedAreas(
    context,
    names,
    ['values', 'formulas', 'numberFormat', 'valueTypes'],
    alsoQueue,
  );
  const out = new Map<string, RichCell[][]>();
  for (const [name, a] of areas)
    out.set(
      name,
      a.values.map((row, r) =>
        row.map((v, c) =>
          richCellOf({
            value: v,
            formula: a.formulas[r]?.[c],
            format: a.numberFormat[r]?.[c],
            error: a.valueTypes[r]?.[c] === 'Error',
          }),
        ),
      ),
    );
  await readCellExtras(context, out);
  return new Map([...out].map(([name, rows]) => [name, { name, rows }]));
}

/** Columns whose cells a merge keeps from the old sheet: the user's, and any the product never wrote. */
function carriedColumns(sheet: string, header: readonly RichCell[]): number[] {
  const text = header.map((h) => (typeof h.value === 'string' ? h.value.replace(/\s+/g, '') : ''));
  const own: Record<string, readonly string[] | 'all'> = {
    [SHEETS.ledger]: LEDGER_COLUMNS.filter((c) => !USER_COLUMNS.includes(c)),
    [SHEETS.milestones]: MILESTONE_COLUMNS.filter((c) => !MILESTONE_USER_COLUMNS.includes(c)),
    [SHEETS.items]: ITEM_COLUMNS,
    [SHEETS.lists]: 'all',
  };
  const documentColumns = own[sheet] ?? [];
  return text.flatMap((h, c) =>
    documentColumns !== 'all' && documentColumns.includes(h) ? [] : [c],
  );
}

async function readCellExtras(context: XlContext, sheets: Map<string, RichCell[][]>) {
  const wanted: { sheet: string; r: number; c: number; link: boolean }[] = [];
  for (const [sheet, rows] of sheets) {
    // The header found by its names: a new 台账 has its title and 填报 line above it.
    const header = headerRowOfRich(rows);
    const columns = carriedColumns(sheet, rows[header] ?? []);
    for (let r = 0; r < rows.length; r++) {
      if (r === header) continue;
      for (const c of columns) {
        const cell = rows[r]?.[c];
        if (cell === undefined) continue;
        wanted.push({
          sheet,
          r,
          c,
          link: typeof cell.value === 'string' && cell.formula === undefined,
        });
      }
    }
  }
  const fontNames = new Map<string, number>();
  const seen: { w: (typeof wanted)[number]; range: XlRange }[] = [];
  for (let start = 0; start < wanted.length; start += CELL_LOOKUPS) {
    const batch = wanted.slice(start, start + CELL_LOOKUPS).map((w) => {
      const range = context.workbook.worksheets.getItem(w.sheet).getRange(cellAddress(w.r, w.c));
      range.load(
        `${w.link ? 'hyperlink,' : ''}format/fill/color,format/font/name,format/font/size,format/font/color,format/font/bold,format/font/italic`,
      );
      return { w, range };
    });
    await context.sync();
    for (const { w, range } of batch) {
      const name = range.format.font.name;
      fontNames.set(name, (fontNames.get(name) ?? 0) + 1);
      seen.push({ w, range });
      if (!w.link) continue;
      const link = range.hyperlink;
      const target =
        link?.address ?? (link?.documentReference ? `#${link.documentReference}` : undefined);
      if (target === undefined || target === '') continue;
      const row = sheets.get(w.sheet)![w.r]!;
      row[w.c] = { ...row[w.c]!, hyperlink: target };
    }
  }
  // The workbook's default font is the one most cells have; a different one is the user's.
  const usual = [...fontNames].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const { w, range } of seen) {
    const carry = carryOf(range, usual);
    if (carry === null) continue;
    const row = sheets.get(w.sheet)![w.r]!;
    row[w.c] = { ...row[w.c]!, carry };
  }
}

/** What of a cell's fill and font is its own (differs from a plain cell), or null. */
function carryOf(range: XlRange, usualFont: string | undefined): OfficeCarry | null {
  const { fill, font } = range.format;
  const f: {
    -readonly [K in keyof NonNullable<OfficeCarry['font']>]: NonNullable<OfficeCarry['font']>[K];
  } = {};
  if (font.name !== usualFont) f.name = font.name;
  if (font.size !== PLAIN.size) f.size = font.size;
  if (font.color !== PLAIN.color) f.color = font.color;
  if (font.bold !== PLAIN.bold) f.bold = font.bold;
  if (font.italic !== PLAIN.italic) f.italic = font.italic;
  const ownFill = fill.color !== PLAIN.fill;
  if (!ownFill && Object.keys(f).length === 0) return null;
  return { ...(ownFill && { fill: fill.color }), ...(Object.keys(f).length > 0 && { font: f }) };
}

/** Queues what the plan could not say: hyperlinks, the cells' own number formats, fills and fonts. */
export async function queueOverlays(
  context: XlContext,
  overlays: readonly SheetOverlay[],
  writer: BatchWriter,
): Promise<void> {
  for (const { sheet, cells } of overlays) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const { row, column, cell } of cells) {
      const range = ws.getRange(cellAddress(row, column));
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
      const carry = cell.carry as OfficeCarry | undefined;
      if (carry !== undefined)
        await writer.add(jsonBytes(carry) * 2, () => {
          if (carry.fill !== undefined) range.format.fill.color = carry.fill;
          const font = carry.font ?? {};
          if (font.name !== undefined) range.format.font.name = font.name;
          if (font.size !== undefined) range.format.font.size = font.size;
          if (font.color !== undefined) range.format.font.color = font.color;
          if (font.bold !== undefined) range.format.font.bold = font.bold;
          if (font.italic !== undefined) range.format.font.italic = font.italic;
        });
    }
  }
}

export interface OfficeMergeOptions {
  readonly today: IsoDate;
  readonly sourceName: string;
  readonly generatedAt: string;
  /** The workbook's settings (read from 说明), written again into the new 说明. */
  readonly settings?: Settings;
  /** The host, asked whether it has page layout (ExcelApi 1.9) for the sheets' print setup. */
  readonly office?: OfficeLike;
  /** Unmarked sheets taken as ours for this merge (core/shell/import-route.ts). */
  readonly adopted?: readonly string[];
}

export interface OfficeMergeResult {
  readonly merge: WorkbookMerge;
  readonly applied: ApplyResult;
}

/**
 * 导入清单 on a workbook that already holds a ledger: the new list merged in, nothing the user
 * wrote lost (see src/core/merge), written atomically. Stops before changing anything when a
 * sheet the plan needs belongs to the user (SheetConflictError). `look` is the look taken with
 * the read (one request for both).
 */
export async function mergeLedgerInWorkbook(
  context: XlContext,
  list: RectificationList,
  options: OfficeMergeOptions,
  read?: { readonly look: WorkbookLook; readonly sheets: Map<string, RichSheet> },
): Promise<OfficeMergeResult> {
  let look: () => WorkbookLook = () => read!.look;
  const existing =
    read?.sheets ??
    (await readRichSheets(context, MERGED_SHEETS, () => {
      look = queueLook(context);
    }));
  const fresh = buildLedgerWorkbookPlan(list, options);
  const lower = new Map([...existing].map(([k, v]) => [k.toLowerCase(), v]));
  const merge = mergeWorkbookPlan(fresh, (name) => lower.get(name.toLowerCase()) ?? null, {
    generatedAt: options.generatedAt,
    sourceName: options.sourceName,
  });
  const seen = look();
  const resolved = resolveOn(seen, merge.plan, { adopted: options.adopted ?? [] });
  const { syncs } = await writeAtomically(context, seen, scopeOf(resolved), async (writer) => {
    await queuePlan(context, seen, resolved, writer, options.office);
    await queueOverlays(context, merge.overlays, writer);
  });
  return { merge, applied: applied(resolved, syncs) };
}

/** The merge as the task pane shows an import, in `lang`: sheets written, then the report's lines. */
export function mergeOutcome(result: OfficeMergeResult, lang: Lang = 'zh'): ImportOutcome {
  return {
    sheets: writtenSheets(result.merge.plan, result.applied.sheets),
    changes: reportLines(result.merge.report, lang),
  };
}
