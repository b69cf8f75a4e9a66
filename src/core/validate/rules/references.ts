import { isErrorCell } from '../../grid';
import { cellText, isBlankCell } from '../../ledger/cell-text';
import { type LedgerColumn, isRemovedFromList } from '../../ledger/model';
import { type LedgerRow, ledgerCell } from '../../ledger/row';
import type { RuleContext } from '../context';
import { hasColumn, rowFinding } from '../context';
import type { Detail, FindingSink } from '../issue';
import { shown, shownList } from '../issue';
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

function unknownItemText(value: string, items: ReadonlyMap<number, unknown>): Detail {
  return (language) => {
    let max = 0;
    for (const n of items.keys()) if (n > max) max = n;
    if (language === 'zh') {
      const expected = max === 0 ? '清单中还没有任何条目' : `应为清单“序号”列中的数字（1–${max}）`;
      return `“${shown(value)}”不是清单中的问题序号；${expected}。`;
    }
    const expected = max === 0 ? '清单 has no items' : `expected one of its 序号 (1–${max})`;
    return `"${shown(value)}" is not an item number of 清单; ${expected}.`;
  };
}

function unknownNamesText(unknown: readonly string[], column: LedgerColumn): Detail {
  return (language) =>
    language === 'zh'
      ? `${shownList(unknown.map((n) => `“${n}”`))}不在名录的${column}中；应使用名录中的名称，或先把新名称加入名录。`
      : `${shownList(
          unknown.map((n) => `"${n}"`),
          ', ',
        )} not in the ${column} list of 名录; use a listed name or add it to 名录.`;
}

function deadlineMismatchText(deadline: string, item: number, expected: readonly string[]): Detail {
  return (language) =>
    language === 'zh'
      ? `${deadline} 与清单第 ${item} 项的截止日期及该措施的时间节点都不一致；清单或时间节点中的日期为：${shownList(expected)}。`
      : `${deadline} matches neither item ${item}'s deadline in 清单 nor any milestone of this measure; expected one of: ${shownList(expected)}.`;
}
