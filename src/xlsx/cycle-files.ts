import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core/grid';
import type { DefinedName } from '../core/ownership';
import type { PlanCell, PlanTextName, SheetPlan, WorkbookPlan } from '../core/plan/types';
import { SHEETS } from '../core/ledger/model';
import { applyPlan } from './apply-plan';
import { cellValue } from './cell-value';
import { Package } from './package/parts';
import { WorkbookXml } from './package/workbook-xml';
import { UnsupportedPackage, attributesOf, unescapeXml } from './package/xml-text';
import { readWorkbookSource, type WorkbookSource } from './read';
import { snapshotOf } from './read-grid';
import { writeBytesAtomic } from './write';
import { decodeRange } from './write-sheet';

/**
 * The cycle's narrow file functions (rectify split / collect / report): read a workbook to a
 * snapshot and its workbook-level names, write a new workbook from a plan, write cells and owned
 * sheets into an existing ledger. Built on the ExcelJS shell for now; the plan parts ExcelJS does
 * not carry (text names, protection, hidden sheets) are translated here.
 */
export interface CycleWorkbook {
  readonly source: WorkbookSource;
  readonly snapshot: WorkbookSnapshot;
  /** Workbook-level defined names as written in xl/workbook.xml (text constants included). */
  readonly names: readonly DefinedName[];
}

export async function readCycleWorkbook(path: string): Promise<CycleWorkbook> {
  const source = await readWorkbookSource(path);
  return {
    source,
    snapshot: snapshotOf(source.workbook),
    names: await workbookNames(source.bytes),
  };
}

/**
 * Workbook-level names straight from the package (ExcelJS keeps range names only). Read leniently:
 * any writer's workbook.xml (openpyxl puts namespace declarations on each sheet, for one).
 */
export async function workbookNames(bytes: Uint8Array): Promise<DefinedName[]> {
  let xml: string;
  try {
    xml = await Package.open(bytes).text('xl/workbook.xml');
  } catch (error) {
    // A package without the usual workbook part has, for the cycle, no names.
    if (error instanceof UnsupportedPackage) return [];
    throw error;
  }
  const names: DefinedName[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g,
  )) {
    const attributes = attributesOf(`<definedName${m[1] ?? ''}>`);
    const name = attributes.get('name');
    if (name === undefined || attributes.has('localSheetId')) continue;
    names.push({ name, reference: unescapeXml(m[2] ?? '') });
  }
  return names;
}

/** A new .xlsx from a plan, written atomically (folder created). Returns the bytes written. */
export async function writeNewWorkbook(plan: WorkbookPlan, path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '整改台账助手';
  applyPlan(workbook, plan);
  await finishSheets(workbook, plan.sheets);
  const bytes = await withTextNames(
    new Uint8Array(await workbook.xlsx.writeBuffer()),
    plan.textNames ?? [],
  );
  return writeBytesAtomic(bytes, path);
}

/**
 * The ledger with cells written into its 台账 (values only: the cells keep their styles) and the
 * plan's owned sheets added or replaced, saved to `path` atomically. The text names the file had
 * (ExcelJS drops them on saving) and the plan's are written back.
 */
export async function writeLedgerUpdate(
  ledger: CycleWorkbook,
  writes: readonly { readonly row: number; readonly column: number; readonly value: PlanCell }[],
  owned: WorkbookPlan,
  path: string,
): Promise<number> {
  const { workbook } = ledger.source;
  const sheet = workbook.getWorksheet(SHEETS.ledger);
  if (sheet === undefined) throw new Error(`no ${SHEETS.ledger} sheet to write into`);
  for (const w of writes) {
    const cell = sheet.getCell(w.row + 1, w.column + 1);
    cell.value = w.value === null ? null : cellValue(w.value);
    if (w.value !== null && 'date' in w.value && cell.numFmt === undefined) {
      cell.numFmt = 'yyyy-mm-dd';
    }
  }
  applyPlan(workbook, owned);
  await finishSheets(workbook, owned.sheets);
  const kept = ledger.names.flatMap((n): PlanTextName[] => {
    const text = textConstant(n.reference);
    return text === null ? [] : [{ name: n.name, text }];
  });
  const bytes = await withTextNames(new Uint8Array(await workbook.xlsx.writeBuffer()), [
    ...kept,
    ...(owned.textNames ?? []),
  ]);
  return writeBytesAtomic(bytes, path);
}

function textConstant(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, '');
  if (ref.length < 2 || !ref.startsWith('"') || !ref.endsWith('"')) return null;
  return ref.slice(1, -1).replace(/""/g, '"');
}

/** Sheet protection (no password) and hidden state, as the plan asks. */
async function finishSheets(
  workbook: ExcelJS.Workbook,
  sheets: readonly SheetPlan[],
): Promise<void> {
  for (const plan of sheets) {
    const ws = workbook.getWorksheet(plan.name);
    if (ws === undefined) continue;
    if (plan.hidden === true) ws.state = 'hidden';
    if (plan.protection === undefined) continue;
    for (const range of plan.protection.unlocked) {
      const box = decodeRange(range);
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          ws.getCell(r, c).protection = { locked: false };
        }
      }
    }
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      sort: true,
      autoFilter: true,
    });
  }
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
