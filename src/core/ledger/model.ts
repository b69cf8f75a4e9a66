/**
 * The ledger workbook's vocabulary: sheet names, table names and headers (statuses: ../status.ts).
 * Every shell, rule and summary refers to these; nothing else spells them.
 */
export const SHEETS = {
  readme: '说明',
  items: '清单',
  ledger: '台账',
  milestones: '时间节点',
  lists: '名录',
  leaderOverview: '领导汇总',
  validation: '校验结果',
  importLog: '导入记录',
} as const;

export const LEADER_SHEET_PREFIX = '汇总-';

export const TABLES = {
  items: 'Items',
  ledger: 'Ledger',
  milestones: 'Milestones',
  lists: 'Lists',
} as const;

export const ITEM_COLUMNS = [
  '序号',
  '问题',
  '整改目标',
  '牵头单位',
  '配合单位',
  '督办县领导',
  '整改时限',
  '截止日期',
  '措施数',
] as const;

export const LEDGER_COLUMNS = [
  '问题序号',
  '措施序号',
  '整改措施',
  '责任单位',
  '督办县领导',
  '整改时限',
  '截止日期',
  '状态',
  '完成日期',
  '整改进展',
  '佐证材料',
  '更新日期',
  '备注',
] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** Columns filled from the document; a re-import may update them. */
export const DOCUMENT_COLUMNS: readonly LedgerColumn[] = [
  '整改措施',
  '责任单位',
  '督办县领导',
  '整改时限',
  '截止日期',
];
/** Columns the user owns; nothing the product does may overwrite them. */
export const USER_COLUMNS: readonly LedgerColumn[] = [
  '状态',
  '完成日期',
  '整改进展',
  '佐证材料',
  '更新日期',
  '备注',
];

export const MILESTONE_COLUMNS = [
  '问题序号',
  '措施序号',
  '节点日期',
  '节点内容',
  '状态',
  '完成日期',
] as const;

/** Statuses and their categories live in one module: src/core/status.ts. */
export { STATUSES, isDoneStatus } from '../status';

/** Separator of names inside one cell (units, leaders). */
export const NAME_SEPARATOR = '、';

export function splitNames(cell: string): string[] {
  return cell
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Put first in 整改措施 (台账), 节点内容 (时间节点) or 问题 (清单) of a row kept by a re-import whose
 * measure, milestone or item the new list no longer has. Such a row keeps its old key and all the
 * user's cells; it is not a live measure (rules and summaries may leave it out).
 */
export const REMOVED_FROM_LIST_MARKER = '【已不在新清单中】';

export function isRemovedFromList(text: string): boolean {
  return text.trimStart().startsWith(REMOVED_FROM_LIST_MARKER);
}

/**
 * 整改进展 of a fresh row starts with this when it quotes what the list itself states (a closure
 * the list reports): the quote is the list's word, not the user's, and gives no date.
 */
export const LIST_STATED_PREFIX = '清单载明：';
