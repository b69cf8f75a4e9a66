import { message } from '../core/i18n';
import type { CollectOutcome } from '../core/cycle';
import type { IsoDate } from '../core/dates';
import type { DefinedName } from '../core/ownership';
import type { PlanTextName, WorkbookPlan } from '../core/plan/types';
import { collectedBytes } from './cycle-bytes';
import { WorkbookFileError } from './errors';
import { Package } from './package/parts';
import { WorkbookXml } from './package/workbook-xml';
import { UnsupportedPackage } from './package/xml-text';
import { openWorkbookFile } from './read';
import { readWorkbook, type WorkbookReading } from './reader';
import { openPackage, planBytes } from './write-plan';

/**
 * The cycle's narrow file functions (rectify split / collect / report): read a workbook to a
 * snapshot and its workbook-level names (our reader), write a new workbook from a plan and write
 * owned sheets into an existing ledger (the package writer: text names, protection and hidden
 * sheets as the plan says), and collect's values into the master's 台账 (the cell patcher).
 * The work itself is bytes in, bytes out (cycle-bytes.ts, shared with the task pane).
 */
export interface CycleWorkbook {
  /** The file's bytes as read. */
  readonly bytes: Uint8Array;
  /** The workbook as our reader reads it (a WorkbookSnapshot for the core). */
  readonly snapshot: WorkbookReading;
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

/**
 * The master with a collect outcome written (values patched into its 台账, added rows inside
 * its table, 回收记录 appended), as bytes to save at `path`: the same bytes the task pane
 * writes (cycle-bytes.ts). A part the writer cannot edit exactly throws WorkbookFileError
 * naming the part; nothing is written.
 */
export async function collectedLedgerBytes(
  master: CycleWorkbook,
  outcome: CollectOutcome,
  today: IsoDate,
  path: string,
): Promise<Uint8Array> {
  try {
    return await collectedBytes(master.bytes, master.snapshot, outcome, today);
  } catch (error) {
    throw cannotWrite(error, path);
  }
}

/** The ledger with the plan's owned sheets added or replaced (every other part byte for byte). */
export async function ledgerUpdateBytes(
  ledger: CycleWorkbook,
  owned: WorkbookPlan,
  path: string,
): Promise<Uint8Array> {
  return (await planBytes(openPackage(ledger.bytes, path), owned, [], path)).bytes;
}

/** A package the writer could not edit exactly: said so, naming the part, never "corrupt". */
function cannotWrite(error: unknown, path: string): unknown {
  if (!(error instanceof UnsupportedPackage)) return error;
  return new WorkbookFileError(
    message('xlsx.file.unsupportedPart', { path, detail: error.reason }),
    path,
  );
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
