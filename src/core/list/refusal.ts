import { quote } from './diagnostics';
import type { RectificationList } from './schema';

/**
 * Whether a reading may become a ledger. A duplicated item or measure key would give the ledger two
 * rows for one key and lose the other; a reading with no item or no measure would give an empty
 * ledger that looks like success. Each face refuses these before anything is written, with this
 * message (Chinese, then English).
 */
const REFUSING = new Set(['duplicate-item', 'duplicate-measure']);

export const LIST_SHAPE =
  '整改清单的样子：“一、问题……”起一条，其下有“整改目标：”“牵头单位：”“督办县领导：”“整改措施：1．……”“整改时限：2023年12月31日”等；' +
  '或是一张表，表头有“序号”“问题”“整改措施”“责任单位”“整改时限”等列';

export function refusalOf(list: RectificationList, found: string): string | null {
  const duplicates = list.diagnostics.filter((d) => d.severity === 'error' && REFUSING.has(d.code));
  if (duplicates.length > 0) {
    return `清单中有重复的编号，未生成任何内容：${duplicates.map((d) => d.message).join('；')} (duplicate keys; nothing written)`;
  }
  if (list.items.length === 0) {
    return `没有找到任何条目：${found}。${LIST_SHAPE} (no item found; nothing written)`;
  }
  const measures = list.items.reduce((n, item) => n + item.measures.length, 0);
  if (measures === 0) {
    const first = list.items[0];
    return `读到 ${list.items.length} 个条目（第一条：${quote(first?.problem ?? '')}），但没有一项整改措施，不能生成台账。${LIST_SHAPE} (items but no measures; nothing written)`;
  }
  return null;
}

/** What a document held, for the no-item message: `120 段文字、2 个表格，开头是“…”`. */
export function describeFound(paragraphs: number, tables: number, opening: string): string {
  const parts = [`${paragraphs} 段文字`];
  if (tables > 0) parts.push(`${tables} 个表格`);
  return `读到 ${parts.join('、')}${opening === '' ? '' : `，开头是${quote(opening, 40)}`}`;
}
