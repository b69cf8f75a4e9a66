import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core/grid';
import type { DefinedName } from '../core/ownership';
import type { PlanCell, PlanTextName, WorkbookPlan } from '../core/plan/types';
import { SHEETS } from '../core/ledger/model';
import { Package } from './package/parts';
import { WorkbookXml } from './package/workbook-xml';
import { openWorkbookFile } from './read';
import { readWorkbook } from './reader';
import { writeBytesAtomic } from './write';
import { openPackage, planBytes, writeNewWorkbook as writePlanAsNewWorkbook } from './write-plan';

/**
 * The cycle's narrow file functions (rectify split / collect / report): read a workbook to a
 * snapshot and its workbook-level names (our reader), write a new workbook from a plan and write
 * owned sheets into an existing ledger (the package writer: text names, protection and hidden
 * sheets as the plan says). Only cell values written into the 台账 by collect still go through
 * ExcelJS (see writeLedgerUpdate).
 */
export interface CycleWorkbook {
  /** The file's bytes as read. */
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  /** Workbook-level defined names as written in xl/workbook.xml (text constants included). */
  readonly names: readonly DefinedName[];
}

export async function readCycleWorkbook(path: string): Promise<CycleWorkbook> {
  const { reading, bytes } = await openWorkbookFile(path);
  return { bytes, snapshot: reading, names: workbookLevelNames(reading) };
}

function workbookLevelNames(reading: ReturnType<typeof readWorkbook>): DefinedName[] {
  return reading.definedNames
    .filter((n) => n.localSheet === null)
    .map((n) => ({ name: n.name, reference: n.reference }));
}

/** Workbook-level names straight from the package, by our reader (text constants included). */
export async function workbookNames(bytes: Uint8Array): Promise<DefinedName[]> {
  return workbookLevelNames(readWorkbook(bytes));
}

/** A new .xlsx from a plan, written atomically by the package writer. Returns the bytes written. */
export async function writeNewWorkbook(plan: WorkbookPlan, path: string): Promise<number> {
  return (await writePlanAsNewWorkbook(plan, path)).size;
}

/**
 * The ledger with cells written into its 台账 (values only: the cells keep their styles) and the
 * plan's owned sheets added or replaced, saved to `path` atomically. The owned sheets go through
 * the package writer, so with no cell writes (report --sheet) every other part stays byte for
 * byte. Cell writes still go through an ExcelJS re-save first (issue 14: a cell patcher in the
 * package writer is what is left); the text names it drops are written back.
 */
export async function writeLedgerUpdate(
  ledger: CycleWorkbook,
  writes: readonly { readonly row: number; readonly column: number; readonly value: PlanCell }[],
  owned: WorkbookPlan,
  path: string,
): Promise<number> {
  return writeBytesAtomic(await ledgerUpdateBytes(ledger, writes, owned, path), path);
}

/** writeLedgerUpdate's bytes, nothing written: a refusal (a part we cannot edit) comes first. */
export async function ledgerUpdateBytes(
  ledger: CycleWorkbook,
  writes: readonly { readonly row: number; readonly column: number; readonly value: PlanCell }[],
  owned: WorkbookPlan,
  path: string,
): Promise<Uint8Array> {
  let bytes = ledger.bytes;
  if (writes.length > 0) {
    const kept = ledger.names.flatMap((n): PlanTextName[] => {
      const text = textConstant(n.reference);
      return text === null ? [] : [{ name: n.name, text }];
    });
    bytes = await withTextNames(await cellsWrittenByExcelJs(bytes, writes), kept);
  }
  return (await planBytes(openPackage(bytes, path), owned, [], path)).bytes;
}

async function cellsWrittenByExcelJs(
  bytes: Uint8Array,
  writes: readonly { readonly row: number; readonly column: number; readonly value: PlanCell }[],
): Promise<Uint8Array> {
  const { default: ExcelJSModule } = await import('exceljs');
  const { cellValue } = await import('./cell-value');
  const workbook: ExcelJS.Workbook = new ExcelJSModule.Workbook();
  // ExcelJS's typings want its own Buffer flavour; the bytes are the file as read.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(SHEETS.ledger);
  if (sheet === undefined) throw new Error(`no ${SHEETS.ledger} sheet to write into`);
  for (const w of writes) {
    const cell = sheet.getCell(w.row + 1, w.column + 1);
    cell.value = w.value === null ? null : cellValue(w.value);
    if (w.value !== null && 'date' in w.value && cell.numFmt === undefined) {
      cell.numFmt = 'yyyy-mm-dd';
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function textConstant(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, '');
  if (ref.length < 2 || !ref.startsWith('"') || !ref.endsWith('"')) return null;
  return ref.slice(1, -1).replace(/""/g, '"');
}

/** Sets workbook-level text names in a written package, replacing names of the same spelling. */
export async function withTextNames(
  bytes: Uint8Array,
  names: readonly PlanTextName[],
): Promise<Uint8Array> {
  if (names.length === 0) return bytes;
  const pkg = Package.open(bytes);
  const xml = new WorkbookXml(await pkg.text('xl/workbook.xml'));
  const wanted = new Set(names.map((n) => n.name.toUpperCase()));
  for (const entry of xml.names) {
    if (entry.localSheetId === null && wanted.has(entry.name.toUpperCase())) xml.removeName(entry);
  }
  const unique = new Map(names.map((n) => [n.name.toUpperCase(), n]));
  for (const n of unique.values()) {
    xml.appendName({ name: n.name, formula: `"${n.text.replace(/"/g, '""')}"` });
  }
  pkg.set('xl/workbook.xml', xml.toString());
  return pkg.toBytes(new Date());
}
