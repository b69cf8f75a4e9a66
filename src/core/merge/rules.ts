import { MILESTONE_COLUMNS, REMOVED_FROM_LIST_MARKER, USER_COLUMNS } from '../ledger/model';
import { isFillLine, isLedgerTitleRow } from '../workbook/ledger-layout';
import { joinKey, keyPart } from './keys';
import type { Keyer, RowView, SheetMergeRule } from './sheet-merge';

/** Put first in a document column of a row whose key the new list no longer has. */
export const REMOVED_MARKER = REMOVED_FROM_LIST_MARKER;

/** A key part with an earlier import's removed-marker taken off, so a returning row matches. */
function part(r: RowView, header: string): string {
  const p = keyPart(r.get(header).value);
  return p.startsWith(REMOVED_MARKER) ? p.slice(REMOVED_MARKER.length) : p;
}

function partsKey(headers: readonly string[]): Keyer {
  return (rows) => rows.map((r) => joinKey(headers.map((h) => part(r, h))));
}

function hasParts(headers: readonly string[]): (r: RowView) => boolean {
  return (r) => headers.every((h) => keyPart(r.get(h).value).length > 0);
}

function measureKey(r: RowView): string | null {
  return joinKey([keyPart(r.get('问题序号').value), keyPart(r.get('措施序号').value)]);
}

/** The n-th milestone of its measure (after those matched by content or date). */
const milestoneOrdinal: Keyer = (rows) => {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const m = measureKey(r);
    if (m === null) return null;
    const n = seen.get(m) ?? 0;
    seen.set(m, n + 1);
    return `${m}\u0001#${n}`;
  });
};

/**
 * 台账: one row per measure, keyed by 问题序号 + 措施序号. A measure is first found by its wording
 * within its item, so progress follows a measure the revision renumbered; then by its number.
 */
export const LEDGER_RULE: SheetMergeRule = {
  hasKey: hasParts(['问题序号', '措施序号']),
  keyers: [partsKey(['问题序号', '整改措施']), partsKey(['问题序号', '措施序号'])],
  userColumns: USER_COLUMNS,
  marker: { column: '整改措施', text: REMOVED_MARKER },
  preamble: { isTitle: isLedgerTitleRow, isFillLine },
};

/** 时间节点's user columns: the milestone's own progress. */
export const MILESTONE_USER_COLUMNS: readonly string[] = MILESTONE_COLUMNS.filter(
  (c) => c === '状态' || c === '完成日期',
);

/**
 * 时间节点: a milestone is found by its item and wording, else by its measure and date (the
 * wording changed), else by its place among its measure's milestones (both changed).
 */
export const MILESTONE_RULE: SheetMergeRule = {
  hasKey: hasParts(['问题序号', '措施序号']),
  keyers: [
    partsKey(['问题序号', '节点内容']),
    partsKey(['问题序号', '措施序号', '节点日期']),
    milestoneOrdinal,
  ],
  userColumns: MILESTONE_USER_COLUMNS,
  marker: { column: '节点内容', text: REMOVED_MARKER },
};

/**
 * 清单: one row per item, found by its problem text (so a renumbered item is recognised), then by
 * 序号. Nothing in it is the user's but the columns they added.
 */
export const ITEM_RULE: SheetMergeRule = {
  hasKey: hasParts(['序号']),
  keyers: [partsKey(['问题']), partsKey(['序号'])],
  userColumns: [],
  marker: { column: '问题', text: REMOVED_MARKER },
};
