import { cellAddress } from '../grid';
import type { GridCell } from '../grid';
import { cellText, normalizeHeader } from '../ledger/cell-text';
import { SHEETS } from '../ledger/model';
import { message, type Message } from '../i18n';
import { addedRowMark, planCellOf, sameValue, valueText } from './cells';
import type {
  CellWrite,
  CollectEntry,
  CollectInput,
  CollectOutcome,
  FileOutcome,
  ReturnedWorkbook,
} from './collect-types';
import { readLedgerTable, type KeyedRow, type LedgerTable } from './ledger-table';
import { readMarker, type CycleMarker } from './marker';
import { BASE_SHEET, masterTable } from './split';
import { shownValue } from './entry-text';
import { isLockedHeader, trimHeaders } from './unit-sheets';

export { addedRowMark };

interface Proposal {
  readonly fileIndex: number;
  readonly file: string;
  readonly unit: string;
  readonly value: GridCell;
  readonly base: GridCell;
  readonly row: KeyedRow;
  readonly column: number;
}

interface Located {
  readonly item: string;
  readonly measure: string;
}

/**
 * Decides what of each returned file goes into the master: the user columns of the unit's own
 * rows (compared three ways: as split, in the master now, as returned), rows the unit added; and
 * reports everything not taken. Pure: the shell writes `writes` and the 回收记录 sheet.
 */
export function collectReturns(input: CollectInput): CollectOutcome {
  const master = masterTable(input.master);
  const headers = trimHeaders(master.headers);
  const byKey = new Map<string, KeyedRow>();
  for (const row of master.rows)
    if (row.key !== null && !byKey.has(row.key)) byKey.set(row.key, row);
  const entries: { order: number; entry: CollectEntry }[] = [];
  const push = (fileIndex: number, sub: number, entry: CollectEntry) =>
    entries.push({ order: fileIndex * 1e9 + sub, entry });
  const proposals = new Map<string, Proposal[]>();
  const added = new Map<string, number>();
  const writes: CellWrite[] = [];
  let restoreLedgerId: string | null = null;
  let nextRow = master.endRow;
  const counts = input.returned.map(
    (r): { -readonly [K in keyof FileOutcome]: FileOutcome[K] } => ({
      file: r.file,
      unit: null,
      accepted: false,
      taken: 0,
      added: 0,
      refused: 0,
      conflicts: 0,
    }),
  );
  const locate = (row: KeyedRow, table: LedgerTable): Located => ({
    item: cellText(cellOf(table, row.cells, '问题序号')).trim(),
    measure: cellText(cellOf(table, row.cells, '措施序号')).trim(),
  });
  const inMaster = (row: number, column: number) => ({
    cell: `${SHEETS.ledger}!${cellAddress(row, column)}`,
    inUnitFile: false,
  });
  const unitFileCell = (row: KeyedRow) => ({
    cell: `${SHEETS.ledger}!A${row.row + 1}`,
    inUnitFile: true,
  });

  input.returned.forEach((returned, f) => {
    const opened = openReturned(returned, input.masterId, input.masterIdSource ?? 'name');
    if ('refusal' in opened) {
      push(f, 0, fileRefusal(returned.file, opened.unit ?? '', opened.refusal));
      return;
    }
    const { marker, table, base } = opened;
    if (marker.masterId !== input.masterId) restoreLedgerId ??= marker.masterId;
    const unit = marker.unit;
    const c = counts[f] as (typeof counts)[number];
    c.unit = unit;
    c.accepted = true;
    let sub = 1;
    const entry = (e: Omit<CollectEntry, 'file' | 'unit'>) => {
      push(f, sub++, { ...e, file: returned.file, unit });
      if (e.kind === 'refused') c.refused++;
      if (e.kind === 'conflict') c.conflicts++;
    };
    const baseByKey = new Map<string, KeyedRow>();
    for (const row of base.rows) if (row.key !== null) baseByKey.set(row.key, row);
    const seen = new Set<string>();

    for (const row of table.rows) {
      if (row.key === null) {
        entry({
          kind: 'refused',
          ...unitFileCell(row),
          item: '',
          measure: '',
          column: '',
          before: null,
          after: null,
          reason: message('collect.reason.noKey', { sheet: SHEETS.ledger, row: row.row + 1 }),
        });
        continue;
      }
      const where = locate(row, table);
      if (seen.has(row.key)) {
        entry({
          kind: 'refused',
          ...unitFileCell(row),
          ...where,
          column: '',
          before: null,
          after: null,
          reason: message('collect.reason.repeated', where),
        });
        continue;
      }
      seen.add(row.key);
      const baseRow = baseByKey.get(row.key);
      const masterRow = byKey.get(row.key);
      if (baseRow === undefined && masterRow === undefined) {
        // A row the unit added.
        const units = cellText(cellOf(table, row.cells, '责任单位'));
        if (!unitsOf(units).includes(unit)) {
          entry({
            kind: 'refused',
            ...unitFileCell(row),
            ...where,
            column: '责任单位',
            before: null,
            after: units.trim(),
            reason: message('collect.reason.addedNotTheirs', { unit }),
          });
          continue;
        }
        const already = added.get(row.key);
        if (already !== undefined) {
          entry({
            kind: 'conflict',
            ...inMaster(already, 0),
            ...where,
            column: '',
            before: null,
            after: null,
            reason: message('collect.reason.addedTwice', where),
          });
          continue;
        }
        const at = nextRow++;
        added.set(row.key, at);
        headers.forEach((h, column) => {
          let value = cellOf(table, row.cells, h);
          if (normalizeHeader(h) === '备注') {
            value = `${addedRowMark(unit, input.today)}${cellText(value)}`;
          }
          const cell = planCellOf(value);
          if (cell !== null) writes.push({ row: at, column, value: cell });
        });
        c.added++;
        entry({
          kind: 'added',
          ...inMaster(at, 0),
          ...where,
          column: '',
          before: null,
          after: cellText(cellOf(table, row.cells, '整改措施')).slice(0, 60),
          reason: message('collect.reason.added', { unit, row: at + 1, column: '备注' }),
        });
        continue;
      }
      if (baseRow === undefined && masterRow !== undefined) {
        // Not this unit's row at the split: nothing of it is taken.
        for (const [column, h] of headers.entries()) {
          if (h === '' || !table.columnOf.has(normalizeHeader(h))) continue;
          const value = cellOf(table, row.cells, h);
          const now = masterRow.cells[column] ?? null;
          if (sameValue(value, now)) continue;
          entry({
            kind: 'refused',
            ...inMaster(masterRow.row, column),
            ...where,
            column: h,
            before: valueText(now),
            after: valueText(value),
            reason: message('collect.reason.notTheirRow', { unit }),
          });
        }
        continue;
      }
      if (baseRow !== undefined && masterRow === undefined) {
        entry({
          kind: 'refused',
          cell: '',
          inUnitFile: false,
          ...where,
          column: '',
          before: null,
          after: null,
          reason: message('collect.reason.rowGone', where),
        });
        continue;
      }
      const mRow = masterRow as KeyedRow;
      const bRow = baseRow as KeyedRow;
      for (const [column, h] of headers.entries()) {
        if (h === '' || !table.columnOf.has(normalizeHeader(h))) continue;
        const value = cellOf(table, row.cells, h);
        const was = cellOf(base, bRow.cells, h);
        if (sameValue(value, was)) continue;
        if (isLockedHeader(h)) {
          entry({
            kind: 'refused',
            ...inMaster(mRow.row, column),
            ...where,
            column: h,
            before: valueText(was),
            after: valueText(value),
            reason: message('collect.reason.locked', { column: h }),
          });
          continue;
        }
        const key = `${mRow.row}:${column}`;
        const list = proposals.get(key) ?? [];
        list.push({ fileIndex: f, file: returned.file, unit, value, base: was, row: mRow, column });
        proposals.set(key, list);
      }
    }
    for (const bRow of base.rows) {
      if (bRow.key === null || seen.has(bRow.key)) continue;
      const where = locate(bRow, base);
      const mRow = byKey.get(bRow.key);
      entry({
        kind: 'refused',
        ...(mRow === undefined ? { cell: '', inUnitFile: false } : inMaster(mRow.row, 0)),
        ...where,
        column: '',
        before: null,
        after: null,
        reason: message('collect.reason.rowDeleted'),
      });
    }
  });

  // Decide each proposed cell once every file has been read, so the order of the files does not
  // matter: agreeing units are one change, disagreeing units a conflict.
  for (const [, list] of proposals) {
    const first = list[0] as Proposal;
    const now = first.row.cells[first.column] ?? null;
    const header = headers[first.column] ?? '';
    const cell = inMaster(first.row.row, first.column);
    const where = locate(first.row, master);
    const distinct = list.filter(
      (p, i) => list.findIndex((q) => sameValue(q.value, p.value)) === i,
    );
    if (distinct.length > 1) {
      const values = distinct.map((p) =>
        message('collect.reason.unitValue', {
          unit: p.unit,
          value: shownValue(valueText(p.value)),
        }),
      );
      for (const p of list) {
        pushDecided(p, 'conflict', message('collect.reason.disagree', { values }));
      }
      continue;
    }
    if (sameValue(first.value, now)) continue;
    const masterMoved = list.some((p) => !sameValue(p.base, now));
    if (masterMoved) {
      for (const p of list) {
        pushDecided(
          p,
          'conflict',
          message('collect.reason.masterMoved', {
            before: shownValue(valueText(p.base)),
            now: shownValue(valueText(now)),
            value: shownValue(valueText(p.value)),
          }),
        );
      }
      continue;
    }
    const value = planCellOf(first.value);
    writes.push({ row: first.row.row, column: first.column, value });
    for (const p of list) pushDecided(p, 'taken', message('collect.reason.taken'));
    function pushDecided(p: Proposal, kind: 'taken' | 'conflict', reason: Message) {
      const c = counts[p.fileIndex] as (typeof counts)[number];
      if (kind === 'taken') c.taken++;
      else c.conflicts++;
      push(p.fileIndex, 5e8 + p.row.row * 1000 + p.column, {
        kind,
        file: p.file,
        unit: p.unit,
        ...cell,
        ...where,
        column: header,
        before: valueText(now),
        after: valueText(p.value),
        reason,
      });
    }
  }

  entries.sort((a, b) => a.order - b.order);
  const accepted = counts.filter((c) => c.accepted);
  const problems = counts.some((c) => !c.accepted || c.refused > 0 || c.conflicts > 0);
  return {
    writes,
    addedRows: [...added.values()].sort((a, b) => a - b),
    entries: entries.map((e) => e.entry),
    files: counts,
    verdict: accepted.length === 0 ? 'nothing' : problems ? 'partial' : 'clean',
    restoreLedgerId,
  };
}

function cellOf(table: LedgerTable, cells: readonly GridCell[], header: string): GridCell {
  const at = table.columnOf.get(normalizeHeader(header));
  return at === undefined ? null : (cells[at] ?? null);
}

function unitsOf(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function fileRefusal(file: string, unit: string, reason: Message): CollectEntry {
  return {
    kind: 'file-refused',
    file,
    unit,
    cell: '',
    inUnitFile: false,
    item: '',
    measure: '',
    column: '',
    before: null,
    after: null,
    reason,
  };
}

type Opened =
  | { readonly marker: CycleMarker; readonly table: LedgerTable; readonly base: LedgerTable }
  | { readonly refusal: Message; readonly unit?: string };

function openReturned(
  returned: ReturnedWorkbook,
  masterId: string,
  source: 'name' | 'list',
): Opened {
  if ('unreadable' in returned) return { refusal: returned.unreadable };
  const marker = readMarker(returned.names);
  if (marker === null) {
    return { refusal: message('collect.refusal.noMarker') };
  }
  // A master whose id was lost (saved by a program that drops text names) is still known by
  // the 清单 fingerprint the split recorded.
  const same = marker.masterId === masterId || (source === 'list' && marker.listId === masterId);
  if (!same) {
    return {
      unit: marker.unit,
      refusal: message('collect.refusal.otherMaster', { theirs: marker.masterId, ours: masterId }),
    };
  }
  const grid = returned.snapshot.grid(SHEETS.ledger);
  const baseGrid = returned.snapshot.grid(BASE_SHEET);
  if (grid === null || baseGrid === null) {
    const missing = grid === null ? SHEETS.ledger : BASE_SHEET;
    return {
      unit: marker.unit,
      refusal: message('collect.refusal.missingSheet', { sheet: missing }),
    };
  }
  return { marker, table: readLedgerTable(grid), base: readLedgerTable(baseGrid) };
}
