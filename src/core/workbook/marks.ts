import { columnLetter } from '../grid';
import { findHeader } from '../ledger/header';
import { LEDGER_COLUMNS, MILESTONE_COLUMNS, SHEETS } from '../ledger/model';
import { settingReference } from '../settings';
import { builtInStatusesOf, categoryLabel, STATUS_CATEGORY_HEADER, STATUSES } from '../status';
import type { ConditionalFormatPlan, ValidationPlan } from '../plan/types';
import { FILL_LINE, FILLED_ON_LABEL, LEDGER_HEADER_ROW } from './ledger-layout';
import { MARK_COLOURS } from './palette';
import { LIST_COLUMNS } from './sheets/lists';

/** Dates outside this window are almost certainly typing errors. */
export const DATE_MIN = '1990-01-01';
export const DATE_MAX = '2099-12-31';

/** The validations and conditional formats of one sheet. */
export interface SheetMarks {
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
}

export interface LedgerMarks {
  readonly ledger: SheetMarks;
  readonly milestones: SheetMarks;
}

/** `'名录'!` — quoted, so any sheet name is safe in a formula. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * The status drop-down's source: column A of 名录 from A2 down to its last filled cell, so a
 * status typed below the list (which also extends the 名录 table) joins the drop-down.
 */
export function statusListSource(): string {
  const lists = sheetPrefix(SHEETS.lists);
  return `OFFSET(${lists}$A$2,0,0,MAX(1,COUNTA(${lists}$A:$A)-1),1)`;
}

function letterOf(columns: readonly string[], header: string): string {
  const index = columns.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return columnLetter(index);
}

/** A table's body, as 1-based sheet rows. */
export interface BodyRows {
  readonly first: number;
  readonly last: number;
}

/**
 * The body below a header in 0-based row `headerRow` holding `rows` rows (at least one, so an
 * empty table still carries its marks).
 */
export function bodyRows(headerRow: number, rows: number): BodyRows {
  return { first: headerRow + 2, last: headerRow + 1 + Math.max(rows, 1) };
}

/** A number of rows means a body below a header in row 1 (sheets made elsewhere, e.g. the cycle). */
function bodyOf(rows: number | BodyRows): BodyRows {
  return typeof rows === 'number' ? bodyRows(0, rows) : rows;
}

function bodyRange(letter: string, rows: number | BodyRows): string {
  const { first, last } = bodyOf(rows);
  return `${letter}${first}:${letter}${last}`;
}

function statusValidation(letter: string, rows: BodyRows): ValidationPlan {
  return {
    range: bodyRange(letter, rows),
    rule: { kind: 'list', source: statusListSource() },
    allowBlank: true,
    prompt: {
      title: '状态',
      message: `请从下拉列表选择：${STATUSES.join('、')}（名录表可增加，并在“${STATUS_CATEGORY_HEADER}”列注明类别）。`,
    },
    error: {
      title: '状态无效',
      message: '请从下拉列表中选择状态；如需新的状态，请先在“名录”表的状态列添加。',
    },
  };
}

export function dateValidation(
  letter: string,
  rows: number | BodyRows,
  header: string,
): ValidationPlan {
  return {
    range: bodyRange(letter, rows),
    rule: { kind: 'date', min: DATE_MIN, max: DATE_MAX },
    allowBlank: true,
    prompt: {
      title: header,
      message: '请输入日期，例如 2025-06-30（也可输入 2025/6/30）。',
    },
    error: {
      title: '日期无效',
      message: `${header}必须是 ${DATE_MIN} 至 ${DATE_MAX} 之间的日期，例如 2025-06-30。`,
    },
  };
}

/**
 * Whether the status in `cell` counts as done, as a formula: a built-in done status, or a status
 * that 名录 lists with the category 已完成 in its 状态类别 column (a status the user added), so a
 * custom done status turns green like 已完成 (src/core/status.ts decides the same for the counts).
 */
export function doneFormula(cell: string): string {
  const lists = sheetPrefix(SHEETS.lists);
  const statusColumn = letterOf(LIST_COLUMNS, '状态');
  const categoryColumn = letterOf(LIST_COLUMNS, STATUS_CATEGORY_HEADER);
  const builtIn = builtInStatusesOf('done').map((s) => `TRIM(${cell})="${s}"`);
  const listed =
    `COUNTIFS(${lists}$${statusColumn}:$${statusColumn},TRIM(${cell}),` +
    `${lists}$${categoryColumn}:$${categoryColumn},"${categoryLabel('done')}")>0`;
  return `AND(TRIM(${cell})<>"",OR(${[...builtIn, listed].join(',')}))`;
}

/**
 * Row highlighting that stays right as days pass: formulas on TODAY(), relative to the first body
 * row. The three rules exclude one another, so their order only matters for hosts that stop early.
 * The due-soon window is the cell of 说明 that holds 临期提醒天数 (src/core/settings.ts), so a
 * number typed there recolours the rows in any spreadsheet program, with no add-in.
 */
export function rowHighlights(
  lastColumn: string,
  dateLetter: string,
  statusLetter: string,
  rows: number | BodyRows,
): ConditionalFormatPlan[] {
  const { first, last } = bodyOf(rows);
  const range = `A${first}:${lastColumn}${last}`;
  const date = `$${dateLetter}${first}`;
  const done = doneFormula(`$${statusLetter}${first}`);
  const notDone = `NOT(${done})`;
  return [
    {
      range,
      formula: done,
      style: { ...MARK_COLOURS.done },
      priority: 1,
      stopIfTrue: true,
    },
    {
      range,
      formula: `AND(ISNUMBER(${date}),${date}<TODAY(),${notDone})`,
      style: { ...MARK_COLOURS.overdue },
      priority: 2,
      stopIfTrue: true,
    },
    {
      range,
      formula: `AND(ISNUMBER(${date}),${date}>=TODAY(),${date}<=TODAY()+${settingReference('dueSoonDays')},${notDone})`,
      style: { ...MARK_COLOURS.dueSoon },
      priority: 3,
      stopIfTrue: true,
    },
  ];
}

/** Where the 台账's and 时间节点's headers are (0-based rows) and how many body rows each has. */
export interface MarkedSheets {
  readonly ledgerRows: number;
  readonly milestoneRows: number;
  /** 0-based row of the 台账's header: LEDGER_HEADER_ROW for a new ledger, 0 for one made before. */
  readonly ledgerHeaderRow?: number;
  /** 0-based row of the 时间节点's header (0 unless a title row was added above). */
  readonly milestoneHeaderRow?: number;
}

/** The 台账 and 时间节点 validations and conditional formats for the given numbers of body rows. */
export function ledgerMarks(rows: MarkedSheets): LedgerMarks {
  const L = (h: (typeof LEDGER_COLUMNS)[number]) => letterOf(LEDGER_COLUMNS, h);
  const M = (h: (typeof MILESTONE_COLUMNS)[number]) => letterOf(MILESTONE_COLUMNS, h);
  const ledgerHeaderRow = rows.ledgerHeaderRow ?? LEDGER_HEADER_ROW;
  const n = bodyRows(ledgerHeaderRow, rows.ledgerRows);
  // A ledger with the 填报 line (header below it) has a date cell there to check too.
  const fillDate = { first: LEDGER_HEADER_ROW, last: LEDGER_HEADER_ROW };
  const fillLine =
    ledgerHeaderRow === LEDGER_HEADER_ROW
      ? [dateValidation(columnLetter(FILL_LINE.on), fillDate, FILLED_ON_LABEL.slice(0, 4))]
      : [];
  const k = bodyRows(rows.milestoneHeaderRow ?? 0, rows.milestoneRows);
  return {
    ledger: {
      validations: [
        ...fillLine,
        statusValidation(L('状态'), n),
        dateValidation(L('截止日期'), n, '截止日期'),
        dateValidation(L('完成日期'), n, '完成日期'),
        dateValidation(L('更新日期'), n, '更新日期'),
      ],
      conditionalFormats: rowHighlights(
        columnLetter(LEDGER_COLUMNS.length - 1),
        L('截止日期'),
        L('状态'),
        n,
      ),
    },
    milestones: {
      validations: [
        statusValidation(M('状态'), k),
        dateValidation(M('节点日期'), k, '节点日期'),
        dateValidation(M('完成日期'), k, '完成日期'),
      ],
      conditionalFormats: rowHighlights(
        columnLetter(MILESTONE_COLUMNS.length - 1),
        M('节点日期'),
        M('状态'),
        k,
      ),
    },
  };
}

/** A sheet as a shell sees it cheaply: its first rows (HEADER_PROBE) and its last used row. */
export interface SheetTop {
  /** The first rows' values (plain values; anything else is read as blank). */
  readonly top: readonly (readonly unknown[])[];
  /** 0-based last used row, or -1 for an empty sheet. */
  readonly bottom: number;
}

function headerAt(sheet: SheetTop, columns: readonly string[]): number {
  const cells = sheet.top.map((r) =>
    r.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null)),
  );
  return findHeader(cells, columns).row;
}

/**
 * The marks for the sheets as they are in a workbook (refreshing the marks): each sheet's header
 * found by its names, whatever layout made it, and its body down to its last used row.
 */
export function marksOfSheets(ledger: SheetTop, milestones: SheetTop | null): LedgerMarks {
  const ledgerHeaderRow = headerAt(ledger, LEDGER_COLUMNS);
  const milestoneHeaderRow = milestones === null ? 0 : headerAt(milestones, MILESTONE_COLUMNS);
  return ledgerMarks({
    ledgerHeaderRow,
    ledgerRows: Math.max(ledger.bottom - ledgerHeaderRow, 0),
    milestoneHeaderRow,
    milestoneRows: milestones === null ? 0 : Math.max(milestones.bottom - milestoneHeaderRow, 0),
  });
}
