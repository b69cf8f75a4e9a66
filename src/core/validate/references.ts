import type { IsoDate } from '../dates';
import type { Grid, GridCell, WorkbookSnapshot } from '../grid';
import { isErrorCell } from '../grid';
import { cellText, normalizeHeader } from '../ledger/cell-text';
import { readDateCell } from '../ledger/date-cell';
import { findHeader } from '../ledger/header';
import { ITEM_COLUMNS, MILESTONE_COLUMNS, SHEETS, splitNames } from '../ledger/model';
import { categoryFromLabel, type ListedStatus } from '../status';
import { readItemNumber } from '../ledger/read';
import type { Finding } from './issue';
import { quotedList, sheetFinding } from './issue';
import { message, ruleNameMessage, type Message } from '../i18n';

/** What is missing, as a message. */
type Missing = Message;

/** What the same workbook says the ledger must agree with. A null part could not be read. */
export interface References {
  /** 清单: item number → its deadline (null when ongoing or not a date). */
  readonly items: ReadonlyMap<number, IsoDate | null> | null;
  /** 时间节点: `item|measure` → milestone dates. */
  readonly milestones: ReadonlyMap<string, readonly IsoDate[]> | null;
  /** 名录: the status list, each with the category beside it (状态类别) when given. */
  readonly statuses: readonly ListedStatus[] | null;
  readonly leaders: ReadonlySet<string> | null;
  readonly units: ReadonlySet<string> | null;
  /** One warning per reference that is missing, naming the checks skipped. */
  readonly warnings: readonly Finding[];
}

/** The columns of 时间节点 a milestone needs (headers of the workbook, named as they are). */
const MILESTONE_KEY_COLUMNS: readonly (typeof MILESTONE_COLUMNS)[number][] = [
  '问题序号',
  '措施序号',
  '节点日期',
];

export function measureKey(item: number | string, measure: string): string {
  return `${item}|${measure}`;
}

export function readReferences(snapshot: WorkbookSnapshot): References {
  const warnings: Finding[] = [];
  /** A reference that cannot be read: what is missing, and the rules skipped because of it. */
  const missing = (sheet: string, what: Missing, skipped: readonly string[], defaults = false) => {
    const said = message(
      defaults ? 'validate.reference.skippedStatusDefaults' : 'validate.reference.skipped',
      { what, checks: skipped.map(ruleNameMessage) },
    );
    warnings.push(sheetFinding('warning', 'missing-reference', sheet, '', said));
  };
  const noSheet = (sheet: string): Missing => message('validate.reference.noSheet', { sheet });

  const itemsGrid = snapshot.grid(SHEETS.items);
  const items = itemsGrid === null ? null : readItems(itemsGrid);
  if (items === null) {
    missing(
      SHEETS.items,
      itemsGrid === null
        ? noSheet(SHEETS.items)
        : message('validate.reference.noColumns', {
            sheet: SHEETS.items,
            columns: quotedList(['序号']),
          }),
      ['unknown-item', 'deadline-mismatch'],
    );
  }

  const milestoneGrid = snapshot.grid(SHEETS.milestones);
  const milestones = milestoneGrid === null ? null : readMilestones(milestoneGrid);
  if (milestones === null && items !== null) {
    missing(
      SHEETS.milestones,
      milestoneGrid === null
        ? noSheet(SHEETS.milestones)
        : message('validate.reference.noColumns', {
            sheet: SHEETS.milestones,
            columns: quotedList(MILESTONE_KEY_COLUMNS),
          }),
      ['deadline-mismatch'],
    );
  }

  const listsGrid = snapshot.grid(SHEETS.lists);
  const lists = listsGrid === null ? null : readLists(listsGrid);
  if (listsGrid === null) {
    missing(SHEETS.lists, noSheet(SHEETS.lists), ['unknown-leader', 'unknown-unit'], true);
  } else {
    const absent: string[] = [];
    if (lists?.leaders === null) absent.push('unknown-leader');
    if (lists?.units === null) absent.push('unknown-unit');
    if (absent.length > 0) {
      missing(
        SHEETS.lists,
        message('validate.reference.noNameColumns', { sheet: SHEETS.lists }),
        absent,
      );
    }
  }

  return {
    items,
    milestones,
    statuses: lists?.statuses ?? null,
    leaders: lists?.leaders ?? null,
    units: lists?.units ?? null,
    warnings,
  };
}

function readItems(grid: Grid): Map<number, IsoDate | null> | null {
  const header = findHeader(grid.rows, ITEM_COLUMNS);
  const noCol = header.columns['序号'];
  if (noCol === undefined) return null;
  const deadlineCol = header.columns['截止日期'];
  const items = new Map<number, IsoDate | null>();
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const no = readItemNumber(row[noCol]);
    if (no === null || items.has(no)) continue;
    const deadline = deadlineCol === undefined ? null : readDateCell(row[deadlineCol]);
    items.set(no, deadline?.kind === 'date' ? deadline.date : null);
  }
  return items;
}

function readMilestones(grid: Grid): Map<string, IsoDate[]> | null {
  const header = findHeader(grid.rows, MILESTONE_COLUMNS);
  const itemCol = header.columns['问题序号'];
  const measureCol = header.columns['措施序号'];
  const dateCol = header.columns['节点日期'];
  if (itemCol === undefined || measureCol === undefined || dateCol === undefined) return null;
  const milestones = new Map<string, IsoDate[]>();
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const date = readDateCell(row[dateCol]);
    if (date.kind !== 'date') continue;
    const key = measureKey(itemKey(row[itemCol]), cellText(row[measureCol]).trim());
    const dates = milestones.get(key);
    if (dates === undefined) milestones.set(key, [date.date]);
    else dates.push(date.date);
  }
  return milestones;
}

/** 问题序号 as the key part: the number when it is one, else its trimmed text. */
export function itemKey(cell: GridCell | undefined): string {
  const n = readItemNumber(cell);
  return n === null ? cellText(cell).trim() : String(n);
}

interface Lists {
  readonly statuses: ListedStatus[] | null;
  readonly leaders: Set<string> | null;
  readonly units: Set<string> | null;
}

const LIST_HEADER_ROWS = 10;

/**
 * 名录 holds one list per column under a header naming it. Headers are matched loosely (any header
 * containing 状态, 领导 or 单位), so `状态`, `状态列表`, `督办县领导` and `责任单位` all work.
 */
function readLists(grid: Grid): Lists {
  const limit = Math.min(grid.rows.length, LIST_HEADER_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    const find = (word: string, not = '\u0000') =>
      row.findIndex(
        (c) => typeof c === 'string' && normalizeHeader(c).includes(word) && !c.includes(not),
      );
    const cols = {
      statuses: find('状态', '类别'),
      categories: find('类别'),
      leaders: find('领导'),
      units: find('单位'),
    };
    if (cols.statuses < 0 && cols.leaders < 0 && cols.units < 0) continue;
    const column = (c: number) => (c < 0 ? null : columnValues(grid, r + 1, c));
    return {
      statuses: cols.statuses < 0 ? null : listedStatuses(grid, r + 1, cols),
      leaders: setOrNull(column(cols.leaders)),
      units: setOrNull(column(cols.units)),
    };
  }
  return { statuses: null, leaders: null, units: null };
}

/** 名录's statuses, in order, each with the category typed beside it (null when none or unknown). */
function listedStatuses(
  grid: Grid,
  from: number,
  cols: { readonly statuses: number; readonly categories: number },
): ListedStatus[] {
  const listed: ListedStatus[] = [];
  for (let r = from; r < grid.rows.length; r++) {
    const cell = grid.rows[r]?.[cols.statuses];
    if (cell === undefined || cell === null || isErrorCell(cell)) continue;
    const status = cellText(cell).trim();
    if (status.length === 0) continue;
    const label = cols.categories < 0 ? '' : cellText(grid.rows[r]?.[cols.categories]);
    listed.push({ status, category: categoryFromLabel(label) });
  }
  return listed;
}

function columnValues(grid: Grid, from: number, c: number): string[] {
  const values = new Set<string>();
  for (let r = from; r < grid.rows.length; r++) {
    const cell = grid.rows[r]?.[c];
    if (cell === undefined || cell === null || isErrorCell(cell)) continue;
    for (const name of splitNames(cellText(cell))) values.add(name);
  }
  return [...values];
}

function setOrNull(values: string[] | null): Set<string> | null {
  return values === null ? null : new Set(values);
}
