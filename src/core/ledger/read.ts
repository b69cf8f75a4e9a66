import type { Grid, GridCell } from '../grid';
import { cellText, isBlankCell } from './cell-text';
import { readDateCell } from './date-cell';
import { findHeader } from './header';
import type { LedgerColumn } from './model';
import { LEDGER_COLUMNS, splitNames } from './model';
import type { LedgerRow } from './row';

export interface LedgerReading {
  /** Non-blank rows below the header, in sheet order. */
  readonly rows: LedgerRow[];
  /** Ledger header → zero-based column index, for the headers that were found. */
  readonly columns: Record<string, number>;
  /** Ledger headers not found in the header row, in ledger order. */
  readonly missingColumns: string[];
  /** Zero-based row of the header (0 unless a title row sits above it). */
  readonly headerRow: number;
}

/**
 * Reads a 台账 grid by header name, so reordered, renamed-by-a-space and extra columns all work.
 * Blank rows are skipped (a row counts as blank when every ledger column is empty). Typed fields are
 * null where a cell is empty or unreadable; `cells` keeps the raw values for the rules.
 */
export function readLedger(grid: Grid): LedgerReading {
  const header = findHeader(grid.rows, LEDGER_COLUMNS);
  const columns: Record<string, number> = { ...header.columns };
  const missingColumns = LEDGER_COLUMNS.filter((c) => columns[c] === undefined);
  const present = LEDGER_COLUMNS.filter((c) => columns[c] !== undefined).map(
    (c) => [c, columns[c] as number] as const,
  );
  const rows: LedgerRow[] = [];
  if (present.length === 0) return { rows, columns, missingColumns, headerRow: header.row };
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const sheetRow = grid.rows[r] ?? [];
    const cells: Record<string, GridCell> = {};
    let blank = true;
    for (const [name, index] of present) {
      const cell = sheetRow[index] ?? null;
      cells[name] = cell;
      if (blank && !isBlankCell(cell)) blank = false;
    }
    if (blank) continue;
    for (const name of missingColumns) cells[name] = null;
    rows.push(toLedgerRow(r + 1, cells as Record<LedgerColumn, GridCell>));
  }
  return { rows, columns, missingColumns, headerRow: header.row };
}

function toLedgerRow(row: number, cells: Record<LedgerColumn, GridCell>): LedgerRow {
  const text = (c: LedgerColumn) => cellText(cells[c]).trim();
  return {
    row,
    item: readItemNumber(cells['问题序号']),
    measure: text('措施序号'),
    measureText: text('整改措施'),
    units: splitNames(text('责任单位')),
    leaders: splitNames(text('督办县领导')),
    deadlineText: text('整改时限'),
    deadline: dateOf(cells['截止日期']),
    status: text('状态'),
    doneDate: dateOf(cells['完成日期']),
    progress: text('整改进展'),
    evidence: text('佐证材料'),
    updated: dateOf(cells['更新日期']),
    note: text('备注'),
    cells,
  };
}

function dateOf(cell: GridCell) {
  const reading = readDateCell(cell);
  return reading.kind === 'date' ? reading.date : null;
}

/** 问题序号 as a positive whole number (`3`, `"3"`, `"３"`), or null. */
export function readItemNumber(cell: GridCell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell.normalize('NFKC').trim();
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}
