import type { IsoDate } from '../dates';
import { message, quoted } from '../i18n';
import type { GridCell, WorkbookSnapshot } from '../grid';
import { cellText } from '../ledger/cell-text';
import { findHeader } from '../ledger/header';
import { ITEM_COLUMNS, SHEETS } from '../ledger/model';
import type { WorkbookPlan } from '../plan/types';
import { TAB_COLOURS } from '../workbook/palette';
import { valueKey } from './cells';
import { CycleError } from './errors';
import { readLedgerTable, type LedgerTable } from './ledger-table';
import { markerNames } from './marker';
import { unitReadmeSheet } from './unit-readme';
import { copiedTableSheet, isLockedHeader, trimHeaders, unitLedgerSheet } from './unit-sheets';
import { rowsOfUnit, unitFileNames, unitsOfLedger } from './units';

/** The hidden copy of a unit's rows as split: the "before" of the three-way comparison. */
export const BASE_SHEET = '分发底稿';

export interface UnitFile {
  readonly unit: string;
  readonly fileName: string;
  /** The unit's 台账 rows. */
  readonly rows: number;
  readonly plan: WorkbookPlan;
}

export interface SplitInput {
  readonly snapshot: WorkbookSnapshot;
  readonly masterId: string;
  /** The master's 清单 fingerprint, recorded beside the id (see CycleMarker.listId). */
  readonly listId: string | null;
  readonly today: IsoDate;
}

/** The master's 台账 read for the cycle; CycleError when it is missing or has no key columns. */
export function masterTable(snapshot: WorkbookSnapshot): LedgerTable {
  const grid = snapshot.grid(SHEETS.ledger);
  if (grid === null) {
    throw new CycleError(
      'missing-ledger',
      message('cycle.missingLedger', { sheet: SHEETS.ledger }),
    );
  }
  const table = readLedgerTable(grid);
  const missing = ['问题序号', '措施序号', '责任单位'].filter((c) =>
    table.missingColumns.includes(c),
  );
  if (missing.length > 0) {
    throw new CycleError(
      'missing-key-columns',
      message('cycle.missingKeyColumns', { sheet: SHEETS.ledger, columns: quoted(missing) }),
    );
  }
  return table;
}

/**
 * One workbook per unit named in 责任单位 (in order of first appearance): 说明 for that unit,
 * its 台账 rows, the 清单 items they belong to, 名录, and the hidden 分发底稿; marked with the
 * master's identifier, the unit and the split date.
 */
export function buildSplit(input: SplitInput): UnitFile[] {
  const table = masterTable(input.snapshot);
  const units = unitsOfLedger(table);
  if (units.length === 0) {
    throw new CycleError(
      'no-units',
      message('cycle.noUnits', { sheet: SHEETS.ledger, column: '责任单位' }),
    );
  }
  const headers = trimHeaders(table.headers);
  const names = unitFileNames(units);
  const items = input.snapshot.grid(SHEETS.items);
  const lists = input.snapshot.grid(SHEETS.lists);
  return units.map((unit, i) => {
    const rows = rowsOfUnit(table, unit);
    const body = rows.map((r) => r.cells);
    const itemNumbers = new Set(
      rows.map((r) => valueKey(r.cells[table.columnOf.get('问题序号') ?? -1])),
    );
    const sheets = [
      unitReadmeSheet({
        unit,
        masterId: input.masterId,
        splitDate: input.today,
        rows: rows.length,
        items: itemNumbers.size,
        openColumns: headers.filter((h) => h !== '' && !isLockedHeader(h)),
        lockedColumns: headers.filter((h) => isLockedHeader(h)),
      }),
      unitLedgerSheet({ name: SHEETS.ledger, headers, body, tabColor: TAB_COLOURS.ledger }),
    ];
    if (items !== null) {
      const header = findHeader(items.rows, ITEM_COLUMNS);
      const no = header.columns['序号'] ?? 0;
      const itemHeaders = trimHeaders((items.rows[header.row] ?? []).map((c) => cellText(c)));
      const itemBody = items.rows
        .slice(header.row + 1)
        .filter((r: readonly GridCell[]) => itemNumbers.has(valueKey(r[no])));
      sheets.push({
        ...copiedTableSheet({
          name: SHEETS.items,
          headers: itemHeaders,
          body: itemBody,
          tabColor: TAB_COLOURS.items,
        }),
        protection: { unlocked: [] },
      });
    }
    if (lists !== null) {
      const listHeaders = trimHeaders((lists.rows[0] ?? []).map((c) => cellText(c)));
      sheets.push(
        copiedTableSheet({
          name: SHEETS.lists,
          headers: listHeaders,
          body: lists.rows.slice(1),
          tabColor: TAB_COLOURS.lists,
        }),
      );
    }
    sheets.push({
      ...copiedTableSheet({ name: BASE_SHEET, headers, body }),
      hidden: true,
      protection: { unlocked: [] },
    });
    return {
      unit,
      fileName: names[i] as string,
      rows: rows.length,
      plan: {
        sheets,
        textNames: markerNames({
          masterId: input.masterId,
          unit,
          splitDate: input.today,
          listId: input.listId,
        }),
      },
    };
  });
}
