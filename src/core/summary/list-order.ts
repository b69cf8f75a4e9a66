import type { Grid } from '../grid';
import { splitNames } from '../ledger/model';

const LEADER_HEADER = '督办县领导';
const HEADER_SEARCH_ROWS = 10;

/**
 * Supervising leaders in the order the list (清单 sheet) first names them, or [] when the sheet or
 * its 督办县领导 column is missing. Only the order is taken from here; the counts come from 台账.
 */
export function listLeaderOrder(items: Grid | null): string[] {
  if (items === null) return [];
  const header = findLeaderHeader(items);
  if (header === null) return [];
  const seen = new Set<string>();
  const order: string[] = [];
  for (let r = header.row + 1; r < items.rows.length; r++) {
    const cell = items.rows[r]?.[header.column];
    if (typeof cell !== 'string') continue;
    for (const name of splitNames(cell)) {
      if (!seen.has(name)) {
        seen.add(name);
        order.push(name);
      }
    }
  }
  return order;
}

function findLeaderHeader(grid: Grid): { row: number; column: number } | null {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'string' && cell.replace(/\s+/g, '') === LEADER_HEADER) {
        return { row: r, column: c };
      }
    }
  }
  return null;
}
