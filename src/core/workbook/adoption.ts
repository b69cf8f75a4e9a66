/**
 * Adopting a ledger another program rebuilt (issue 14). A script that loads the 台账's values and
 * writes a new workbook (openpyxl, xlsxwriter …) leaves the sheets as they were but drops the
 * RECTIFY_OWNED_n names that mark them as ours, so a merge would refuse them as the user's.
 *
 * When the 台账 carries no mark but its header row names our ledger columns, a merge adopts it:
 * each unmarked sheet the merge writes (说明, 清单, 台账, 时间节点, 名录, 导入记录) whose content is
 * recognisably ours is treated as owned for this merge, so the marked merge's rules apply to it
 * unchanged (every typed value carried, added columns and rows kept) and the output is marked
 * afresh. A sheet of one of those names that is not recognisably ours stays the user's, so the
 * plan refuses it by name as it does today (nothing is written). Sheets a merge does not write
 * (领导汇总, 汇总-*, 校验结果, the user's own) are never adopted: they stay byte for byte.
 */
import type { Grid } from '../grid';
import { cellText } from '../ledger/cell-text';
import { findHeader } from '../ledger/header';
import { ITEM_COLUMNS, LEDGER_COLUMNS, MILESTONE_COLUMNS, SHEETS } from '../ledger/model';
import { IMPORT_LOG_COLUMNS } from '../merge/import-log-sheet';
import { ownedSheets, ownershipNames, type DefinedName } from '../ownership';
import type { WorkbookState } from '../plan/sheet-decisions';
import { SETTING_KEYS, SETTING_SPECS } from '../settings';
import { LIST_COLUMNS } from './sheets/lists';
import { README_FACT_LABELS } from './sheets/readme';

/** What the shell read of the workbook, as plain data. */
export interface AdoptionInput {
  /** Worksheet names, workbook order. */
  readonly sheets: readonly string[];
  /** Workbook-level defined names (the ownership marks among them). */
  readonly names: readonly DefinedName[];
  readonly grid: (sheet: string) => Grid | null;
}

export type Adoption =
  /** The 台账 is marked (or absent): the marks decide alone, as always. */
  | { readonly kind: 'marked' }
  /** An unmarked 台账 recognised as ours: `sheets` (workbook spelling, order) are taken as ours. */
  | { readonly kind: 'adopt'; readonly sheets: readonly string[] }
  /** An unmarked 台账 whose header is not our ledger's: refused, nothing written. */
  | { readonly kind: 'refuse' };

/** A header recognised by names: every key column and more than half of all the columns. */
interface HeaderShape {
  readonly columns: readonly string[];
  readonly keys: readonly string[];
}

function hasHeader(grid: Grid, shape: HeaderShape): boolean {
  const found = findHeader(grid.rows, shape.columns).columns;
  const named = shape.columns.filter((c) => found[c] !== undefined).length;
  return shape.keys.every((k) => found[k] !== undefined) && named * 2 > shape.columns.length;
}

/** 说明 is ours when its column A has the setting labels and the facts block's labels. */
function isOurReadme(grid: Grid): boolean {
  const labels = new Set(grid.rows.map((row) => cellText(row[0]).trim()));
  const wanted = [
    ...SETTING_KEYS.map((k) => SETTING_SPECS[k].label),
    README_FACT_LABELS.source,
    README_FACT_LABELS.generatedAt,
  ];
  return wanted.every((label) => labels.has(label));
}

const header =
  (columns: readonly string[], keys: readonly string[]) =>
  (grid: Grid): boolean =>
    hasHeader(grid, { columns, keys });

/** How each sheet a merge writes is recognised as ours without a mark. */
const RECOGNISE: ReadonlyMap<string, (grid: Grid) => boolean> = new Map([
  [SHEETS.ledger, header(LEDGER_COLUMNS, ['问题序号', '措施序号'])],
  [SHEETS.readme, isOurReadme],
  [SHEETS.items, header(ITEM_COLUMNS, ['序号', '问题'])],
  [SHEETS.milestones, header(MILESTONE_COLUMNS, ['问题序号', '措施序号', '节点内容'])],
  [SHEETS.lists, header(LIST_COLUMNS, ['状态'])],
  [SHEETS.importLog, header(IMPORT_LOG_COLUMNS, ['类别', '字段'])],
]);

/** The sheets a merge may adopt (the ones it writes), each recognised by its content. */
export const ADOPTABLE_SHEETS: readonly string[] = [...RECOGNISE.keys()];

const lower = (s: string) => s.toLowerCase();

/** Whether a merge adopts the workbook's unmarked sheets, and which (see the file's comment). */
export function decideAdoption(input: AdoptionInput): Adoption {
  const owned = new Set(ownedSheets(input.names).map(lower));
  const ledger = input.sheets.find((s) => lower(s) === lower(SHEETS.ledger));
  if (ledger === undefined || owned.has(lower(ledger))) return { kind: 'marked' };
  const recognised = (sheet: string) => {
    const recognise = RECOGNISE.get(sheet);
    const grid = input.grid(sheet);
    return recognise !== undefined && grid !== null && recognise(grid);
  };
  if (!recognised(ledger)) return { kind: 'refuse' };
  const sheets = input.sheets.filter(
    (s) => !owned.has(lower(s)) && RECOGNISE.has(s) && recognised(s),
  );
  return { kind: 'adopt', sheets };
}

/** The workbook as the plan sees it for this merge: the adopted sheets counted as owned. */
export function withAdopted(state: WorkbookState, adopted: readonly string[]): WorkbookState {
  if (adopted.length === 0) return state;
  return { ...state, names: [...state.names, ...ownershipNames(adopted)] };
}
