import type { GridCell } from '../grid';
import type { LedgerColumn } from './model';

/** Zero-based sheet column of each ledger column; -1 where the ledger has no such column. */
export type ColumnIndexes = Readonly<Record<LedgerColumn, number>>;

/**
 * A row's cells by ledger header; a missing column reads as null, like an empty cell. Written as
 * one literal so every row shares one object shape and the rules' lookups stay fast (a view with
 * getters instead of a copy was measured slower: docs/performance.md).
 */
export function rowCells(
  row: readonly GridCell[],
  at: ColumnIndexes,
): Readonly<Record<LedgerColumn, GridCell>> {
  return {
    问题序号: pick(row, at['问题序号']),
    措施序号: pick(row, at['措施序号']),
    整改措施: pick(row, at['整改措施']),
    责任单位: pick(row, at['责任单位']),
    督办县领导: pick(row, at['督办县领导']),
    整改时限: pick(row, at['整改时限']),
    截止日期: pick(row, at['截止日期']),
    状态: pick(row, at['状态']),
    完成日期: pick(row, at['完成日期']),
    整改进展: pick(row, at['整改进展']),
    佐证材料: pick(row, at['佐证材料']),
    更新日期: pick(row, at['更新日期']),
    备注: pick(row, at['备注']),
  };
}

function pick(row: readonly GridCell[], index: number): GridCell {
  return index < 0 ? null : (row[index] ?? null);
}
