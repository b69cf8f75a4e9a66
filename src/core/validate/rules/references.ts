import { isErrorCell } from '../../grid';
import { cellText, isBlankCell } from '../../ledger/cell-text';
import type { ITEM_COLUMNS } from '../../ledger/model';
import { type LedgerColumn, isRemovedFromList, SHEETS } from '../../ledger/model';
import { type LedgerRow, ledgerCell } from '../../ledger/row';
import type { RuleContext } from '../context';
import { hasColumn, rowFinding } from '../context';
import type { Detail, FindingSink } from '../issue';
import { quotedList, shown } from '../issue';
import { message } from '../../i18n';
import { measureKey } from '../references';

/** `unknown-item`: 问题序号 is an item of 清单. */
export function checkItem(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  const items = ctx.refs.items;
  // The common case first: a readable item number that 清单 has (so the cell is filled).
  if (items === null || (row.item !== null && items.has(row.item))) return;
  const cell = ledgerCell(row, '问题序号');
  if (!hasColumn(ctx, '问题序号') || isBlankCell(cell) || isErrorCell(cell)) return;
  const value = cellText(cell).trim();
  out.push(
    rowFinding('error', 'unknown-item', ctx, row, '问题序号', value, unknownItemText(value, items)),
  );
}

/** `unknown-leader` (error) and `unknown-unit` (warning): names are those of 名录. */
export function checkNames(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  const { leaders, units } = ctx.refs;
  if (leaders !== null) {
    checkNameColumn(row, ctx, out, '督办县领导', row.leaders, leaders, 'error', 'unknown-leader');
  }
  if (units !== null && !ctx.errorsOnly) {
    checkNameColumn(row, ctx, out, '责任单位', row.units, units, 'warning', 'unknown-unit');
  }
}

function checkNameColumn(
  row: LedgerRow,
  ctx: RuleContext,
  out: FindingSink,
  column: LedgerColumn,
  names: readonly string[],
  known: ReadonlySet<string>,
  severity: 'error' | 'warning',
  code: string,
): void {
  let unknown: string[] | null = null;
  for (const name of names) if (!known.has(name)) (unknown ??= []).push(name);
  if (unknown === null) return;
  const cell = ledgerCell(row, column);
  if (!hasColumn(ctx, column) || cell === undefined || isErrorCell(cell)) return;
  const value = cellText(cell).trim();
  out.push(rowFinding(severity, code, ctx, row, column, value, unknownNamesText(unknown, column)));
}

/**
 * `deadline-mismatch`: 截止日期 is the item's deadline in 清单 or one of the measure's milestones.
 * Not for a row marked removed from the list: its old key may now name another item.
 */
export function checkDeadline(row: LedgerRow, ctx: RuleContext, out: FindingSink): void {
  if (isRemovedFromList(row.measureText)) return;
  const { items, milestones } = ctx.refs;
  if (items === null || milestones === null || row.deadline === null) return;
  if (!hasColumn(ctx, '截止日期')) return;
  if (row.item === null || !items.has(row.item)) return;
  const itemDeadline = items.get(row.item) ?? null;
  if (row.deadline === itemDeadline) return;
  const nodes = milestones.get(measureKey(row.item, row.measure)) ?? [];
  if (itemDeadline === null && nodes.length === 0) return;
  if (nodes.includes(row.deadline)) return;
  const expected =
    itemDeadline === null || nodes.includes(itemDeadline) ? nodes : [itemDeadline, ...nodes];
  out.push(
    rowFinding(
      'warning',
      'deadline-mismatch',
      ctx,
      row,
      '截止日期',
      row.deadline,
      deadlineMismatchText(row.deadline, row.item, expected),
    ),
  );
}

// Message texts, made only for the rows that have a finding (see `Detail`).

/** The column of 清单 that numbers its items (a header of the workbook, named as it is). */
const ITEM_NUMBER_COLUMN: (typeof ITEM_COLUMNS)[number] = '序号';

function unknownItemText(value: string, items: ReadonlyMap<number, unknown>): Detail {
  const where = { value: shown(value), sheet: SHEETS.items };
  if (items.size === 0) return message('validate.unknownItemNoItems', where);
  return message('validate.unknownItem', {
    ...where,
    column: ITEM_NUMBER_COLUMN,
    max: () => {
      let max = 0;
      for (const n of items.keys()) if (n > max) max = n;
      return max;
    },
  });
}

function unknownNamesText(unknown: readonly string[], column: LedgerColumn): Detail {
  return message('validate.unknownNames', {
    names: () => quotedList(unknown),
    column,
    sheet: SHEETS.lists,
  });
}

function deadlineMismatchText(deadline: string, item: number, expected: readonly string[]): Detail {
  return message('validate.deadlineMismatch', {
    deadline,
    item,
    expected,
    items: SHEETS.items,
    milestones: SHEETS.milestones,
  });
}
