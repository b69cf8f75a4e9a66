import { findHeader } from '../ledger/header';
import { ITEM_COLUMNS, LEDGER_COLUMNS, MILESTONE_COLUMNS } from '../ledger/model';
import { STATUS_CATEGORY_HEADER } from '../status';
import type { RichCell } from './rich-cell';

const KNOWN_HEADERS: readonly string[] = [
  ...new Set([...LEDGER_COLUMNS, ...MILESTONE_COLUMNS, ...ITEM_COLUMNS, STATUS_CATEGORY_HEADER]),
];

/**
 * Zero-based header row of a sheet a merge reads (台账, 时间节点, 清单, 名录), found by its names:
 * row 1 for a ledger made by an earlier version, the row below the title and 填报 line for a new
 * 台账. For shells that look up cell details column by column before the core merges.
 */
export function headerRowOfRich(rows: readonly (readonly RichCell[])[]): number {
  return findHeader(
    rows.map((r) => r.map((c) => c.value)),
    KNOWN_HEADERS,
  ).row;
}
