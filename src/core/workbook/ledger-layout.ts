import type { GridCell } from '../grid';
import { cellText } from '../ledger/cell-text';
import { findHeader } from '../ledger/header';
import { LEDGER_COLUMNS } from '../ledger/model';
import type { PlanCell } from '../plan/types';

/**
 * Where the 台账's table sits: a title row and the 填报 line above its header, so the printed
 * ledger carries both on its first page. Ledgers made by earlier versions have their header in
 * row 1; every reader finds the header by its names (src/core/ledger/header.ts), never by place.
 */

/** Zero-based row of a new 台账's header (title row, 填报 line, header). */
export const LEDGER_HEADER_ROW = 2;

/** What the title row says: the list's title, then 整改台账. */
export const LEDGER_TITLE_SUFFIX = '整改台账';
export const FILLED_BY_LABEL = '填报单位：';
export const FILLED_ON_LABEL = '填报日期：';

/** Zero-based columns of the 填报 line: labels, and the blank cells the user fills in. */
export const FILL_LINE = {
  byLabel: 0,
  /** 填报单位 is written in C. */
  by: 2,
  onLabel: 7,
  /** 填报日期 is written in J (a date cell). */
  on: 9,
} as const;

export function ledgerTitle(listTitle: string): string {
  return `${listTitle}${LEDGER_TITLE_SUFFIX}`;
}

/** The rows above the header: title (merged over the table's width), then the 填报 line. */
export function ledgerPreamble(listTitle: string): PlanCell[][] {
  const width = LEDGER_COLUMNS.length;
  const title: PlanCell[] = [{ text: ledgerTitle(listTitle) }, ...blanks(width - 1)];
  const fill: PlanCell[] = blanks(width);
  fill[FILL_LINE.byLabel] = { text: FILLED_BY_LABEL };
  fill[FILL_LINE.onLabel] = { text: FILLED_ON_LABEL };
  return [title, fill];
}

function blanks(n: number): PlanCell[] {
  return Array.from({ length: n }, () => null);
}

function texts(cells: readonly GridCell[]): string[] {
  return cells.map((c) => cellText(c).trim()).filter((t) => t.length > 0);
}

/** Whether a row above the header is the 台账's title row the product wrote (one cell, …整改台账). */
export function isLedgerTitleRow(cells: readonly GridCell[]): boolean {
  const filled = texts(cells);
  return filled.length === 1 && filled[0]!.endsWith(LEDGER_TITLE_SUFFIX);
}

/** Whether a row above the header is the 填报 line (its cells are the user's once filled). */
export function isFillLine(cells: readonly GridCell[]): boolean {
  return texts(cells).some((t) => t.startsWith(FILLED_BY_LABEL.slice(0, 4)));
}

/** How many of a sheet's first rows a shell reads to find the 台账's header (see findHeader). */
export const HEADER_PROBE = { rows: 10, range: 'A1:Z10' } as const;

/**
 * Rows below the 台账's header, from the sheet's first rows (HEADER_PROBE, as plain values) and
 * the 0-based last used row: what a person counts as the ledger's rows, whatever its layout.
 */
export function ledgerRowsBelowHeader(
  top: readonly (readonly unknown[])[],
  bottom: number,
): number {
  const cells = top.map((r) =>
    r.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null)),
  );
  return Math.max(bottom - findHeader(cells, LEDGER_COLUMNS).row, 0);
}
