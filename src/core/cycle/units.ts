import type { KeyedRow, LedgerTable } from './ledger-table';

/** Every unit the 台账's 责任单位 column names, in order of first appearance. */
export function unitsOfLedger(table: LedgerTable): string[] {
  const seen = new Set<string>();
  const units: string[] = [];
  for (const row of table.rows) {
    for (const unit of row.units) {
      if (!seen.has(unit)) {
        seen.add(unit);
        units.push(unit);
      }
    }
  }
  return units;
}

/** A unit's rows: those whose 责任单位 names it (a row naming several units goes to each). */
export function rowsOfUnit(table: LedgerTable, unit: string): KeyedRow[] {
  return table.rows.filter((r) => r.units.includes(unit));
}

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;
const MAX_NAME = 80;

/** `台账-<单位>.xlsx` for each unit, made safe for file names; a clash gets `-2`, `-3` …. */
export function unitFileNames(units: readonly string[]): string[] {
  const taken = new Set<string>();
  return units.map((unit) => {
    const safe =
      unit
        .replace(UNSAFE, '_')
        .replace(/\s+/g, ' ')
        .replace(/^[ .]+|[ .]+$/g, '') || '单位';
    const stem = `台账-${safe.slice(0, MAX_NAME)}`;
    let name = `${stem}.xlsx`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.xlsx`;
    taken.add(name.toLowerCase());
    return name;
  });
}
