/**
 * The differential check of issue 14: our reader must give the same grids as the ExcelJS reader it
 * replaces (`snapshotOf`, kept here as the reference) on every workbook both read.
 */
import ExcelJS from 'exceljs';
import type { GridCell, WorkbookSnapshot } from '../../src/core/grid';
import { readWorkbook, type WorkbookReading } from '../../src/xlsx/reader';
import { snapshotOf } from './exceljs-grid';

/** Rows without trailing empty cells and rows: ExcelJS counts styled empty rows, we need not. */
export function trimmedRows(rows: readonly (readonly GridCell[])[]): GridCell[][] {
  const out = rows.map((row) => {
    const r = [...row];
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length > 0 && (out[out.length - 1] as GridCell[]).length === 0) out.pop();
  return out;
}

/** The first difference between two snapshots' grids, or null when every worksheet is the same. */
export function firstDifference(
  ours: WorkbookSnapshot,
  reference: WorkbookSnapshot,
): string | null {
  if (JSON.stringify(ours.sheetNames) !== JSON.stringify(reference.sheetNames)) {
    return `sheets ${JSON.stringify(ours.sheetNames)} vs ${JSON.stringify(reference.sheetNames)}`;
  }
  for (const name of reference.sheetNames) {
    const a = trimmedRows(ours.grid(name)?.rows ?? []);
    const b = trimmedRows(reference.grid(name)?.rows ?? []);
    for (let r = 0; r < Math.max(a.length, b.length); r++) {
      const x = JSON.stringify(a[r] ?? null);
      const y = JSON.stringify(b[r] ?? null);
      if (x !== y) return `${name} row ${r + 1}: ours ${x} vs ExcelJS ${y}`;
    }
  }
  return null;
}

/** Both readers on the same bytes; throws on any difference, else gives our reading. */
export async function differentialSnapshot(bytes: Uint8Array): Promise<WorkbookReading> {
  const ours = readWorkbook(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const difference = firstDifference(ours, snapshotOf(workbook));
  if (difference !== null) throw new Error(`our reader and ExcelJS differ: ${difference}`);
  return ours;
}
