import { columnLetter } from '../grid';
import { LEDGER_COLUMNS, MILESTONE_COLUMNS, SHEETS } from '../ledger/model';
import { settingReference } from '../settings';
import { builtInStatusesOf, STATUS_CATEGORY_HEADER, STATUSES } from '../status';
import type { ConditionalFormatPlan, ValidationPlan } from '../plan/types';
import { MARK_COLOURS } from './palette';

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

/** Body rows `2..n+1` of a column (at least row 2, so an empty table still carries its marks). */
function bodyRange(letter: string, rows: number): string {
  return `${letter}2:${letter}${Math.max(rows, 1) + 1}`;
}

function statusValidation(letter: string, rows: number): ValidationPlan {
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

export function dateValidation(letter: string, rows: number, header: string): ValidationPlan {
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
 * Row highlighting that stays right as days pass: formulas on TODAY(), relative to the first body
 * row. The three rules exclude one another, so their order only matters for hosts that stop early.
 * The due-soon window is the cell of 说明 that holds 临期提醒天数 (src/core/settings.ts), so a
 * number typed there recolours the rows in any spreadsheet program, with no add-in.
 */
export function rowHighlights(
  lastColumn: string,
  dateLetter: string,
  statusLetter: string,
  rows: number,
): ConditionalFormatPlan[] {
  const range = `A2:${lastColumn}${Math.max(rows, 1) + 1}`;
  const date = `$${dateLetter}2`;
  const status = `$${statusLetter}2`;
  const doneStatuses = builtInStatusesOf('done');
  const notDone = doneStatuses.map((s) => `TRIM(${status})<>"${s}"`).join(',');
  const done = doneStatuses.map((s) => `TRIM(${status})="${s}"`).join(',');
  return [
    {
      range,
      formula: `OR(${done})`,
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

/** The 台账 and 时间节点 validations and conditional formats for the given numbers of body rows. */
export function ledgerMarks(rows: {
  readonly ledgerRows: number;
  readonly milestoneRows: number;
}): LedgerMarks {
  const L = (h: (typeof LEDGER_COLUMNS)[number]) => letterOf(LEDGER_COLUMNS, h);
  const M = (h: (typeof MILESTONE_COLUMNS)[number]) => letterOf(MILESTONE_COLUMNS, h);
  const n = rows.ledgerRows;
  const k = rows.milestoneRows;
  return {
    ledger: {
      validations: [
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
