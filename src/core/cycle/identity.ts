import type { Grid, WorkbookSnapshot } from '../grid';
import { cellText } from '../ledger/cell-text';
import { findHeader } from '../ledger/header';
import { ITEM_COLUMNS, SHEETS } from '../ledger/model';
import type { DefinedName } from '../ownership';
import { LEDGER_ID_NAME, textOfName } from './marker';

export interface LedgerIdentity {
  readonly id: string;
  /** The 清单 fingerprint (`list-…`), or null without a readable 清单. */
  readonly listId: string | null;
  /** `name`: the ledger's RECTIFY_LEDGER_ID; `list`: derived from its 清单 (older ledgers). */
  readonly source: 'name' | 'list';
}

/**
 * The master's identifier: the RECTIFY_LEDGER_ID name `rectify workbook` writes. A ledger made
 * before that name existed is identified by its 清单 (the numbers and problems of its items),
 * which a month of filling in does not change; null when it has neither.
 */
export function ledgerIdentity(
  names: readonly DefinedName[],
  snapshot: WorkbookSnapshot,
): LedgerIdentity | null {
  const named = names.find((n) => n.name.toUpperCase() === LEDGER_ID_NAME);
  const id = named === undefined ? null : textOfName(named.reference);
  const items = snapshot.grid(SHEETS.items);
  const fingerprint = items === null ? null : listFingerprint(items);
  const listId = fingerprint === null ? null : `list-${fingerprint}`;
  if (id !== null && id !== '') return { id, listId, source: 'name' };
  return listId === null ? null : { id: listId, listId, source: 'list' };
}

function listFingerprint(grid: Grid): string | null {
  const header = findHeader(grid.rows, ITEM_COLUMNS);
  const no = header.columns['序号'];
  const problem = header.columns['问题'];
  if (no === undefined || problem === undefined) return null;
  const parts: string[] = [];
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const text = `${cellText(row[no]).trim()}\u0001${cellText(row[problem]).trim()}`;
    if (text !== '\u0001') parts.push(text);
  }
  return parts.length === 0 ? null : fnv1a(parts.join('\u0002'));
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: a stable, dependency-free digest. */
function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}
