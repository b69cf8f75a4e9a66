import {
  buildSplit,
  collectLogSheet,
  collectReturns,
  COLLECT_LOG_SHEET,
  CycleError,
  ledgerIdentity,
  ledgerIdNames,
  masterTable,
  type CollectOutcome,
  type ReturnedWorkbook,
} from '../core/cycle';
import type { IsoDate } from '../core/dates';
import type { WorkbookSnapshot } from '../core/grid';
import { message } from '../core/i18n';
import type { DefinedName } from '../core/ownership';
import { SHEETS } from '../core/ledger/model';
import { newPackage } from './package/new-package';
import { Package } from './package/parts';
import { patchSheetCells, type CellPatch } from './package/patch-cells';
import { planPackageBytes } from './package/plan-bytes';
import { readWorkbook, WorkbookReadError, type WorkbookReading } from './reader';

/**
 * The monthly cycle on bytes: split a ledger into unit workbooks, collect returned workbooks
 * into a master. No Node API and no file system, so the task pane runs exactly what
 * `rectify split` / `rectify collect` run (they add the file I/O, see cycle-files.ts).
 */

/** The program name new unit workbooks' document properties give. */
const APPLICATION = '整改台账助手';

export interface SplitBytesOptions {
  /** The split date, recorded in each unit file. */
  readonly today: IsoDate;
  /** Timestamp of the zip entries and document properties (default: now). */
  readonly now?: Date;
}

export interface UnitFileBytes {
  /** `台账-<单位>.xlsx`, safe for file names, unique within the split. */
  readonly fileName: string;
  readonly unit: string;
  /** The unit's 台账 rows. */
  readonly rows: number;
  readonly bytes: Uint8Array;
}

export interface SplitBytes {
  readonly files: readonly UnitFileBytes[];
  readonly masterId: string;
  /** `list`: the ledger has no RECTIFY_LEDGER_ID (an older ledger): its 清单 identifies it. */
  readonly identitySource: 'name' | 'list';
}

/**
 * The ledger to split: its bytes, our reader's reading of them, or (the task pane on the open
 * workbook) a snapshot with the workbook-level defined names as the host gives them.
 */
export type SplitSource =
  | Uint8Array
  | WorkbookReading
  | { readonly snapshot: WorkbookSnapshot; readonly names: readonly DefinedName[] };

/**
 * One workbook per responsible unit, as bytes. Throws CycleError (not a ledger, no key columns,
 * no 责任单位, no identifier) and, for bytes, WorkbookReadError (unreadable).
 */
export async function splitLedgerBytes(
  ledger: SplitSource,
  options: SplitBytesOptions,
): Promise<SplitBytes> {
  let reading: WorkbookSnapshot;
  let names: readonly DefinedName[];
  if (ledger instanceof Uint8Array || 'definedNames' in ledger) {
    const read = ledger instanceof Uint8Array ? readWorkbook(ledger) : ledger;
    reading = read;
    names = workbookLevelNames(read);
  } else {
    reading = ledger.snapshot;
    names = ledger.names;
  }
  masterTable(reading); // not a ledger: say so before anything else
  const identity = ledgerIdentity(names, reading);
  if (identity === null) {
    throw new CycleError('no-identity', message('cycle.noIdentity.split', { sheet: SHEETS.items }));
  }
  const now = options.now ?? new Date();
  const units = buildSplit({
    snapshot: reading,
    masterId: identity.id,
    listId: identity.listId,
    today: options.today,
  });
  const files: UnitFileBytes[] = [];
  for (const unit of units) {
    const { bytes } = await planPackageBytes(newPackage(now, APPLICATION), unit.plan, [], now);
    files.push({ fileName: unit.fileName, unit: unit.unit, rows: unit.rows, bytes });
  }
  return { files, masterId: identity.id, identitySource: identity.source };
}

/** A returned file's bytes as collect takes them: read, or why it could not be read. */
export function readReturnedBytes(fileName: string, bytes: Uint8Array): ReturnedWorkbook {
  try {
    const reading = readWorkbook(bytes, { fileName });
    return { file: fileName, names: workbookLevelNames(reading), snapshot: reading };
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      return { file: fileName, unreadable: error.forFile(fileName).said };
    }
    throw error;
  }
}

export interface CollectBytesOptions {
  readonly now?: Date;
}

export interface CollectBytes {
  /** What was taken, refused, in conflict and added (the core's decision). */
  readonly outcome: CollectOutcome;
  /** The master with the taken values and 回收记录; null when nothing could be collected. */
  readonly bytes: Uint8Array | null;
}

/**
 * Collects returned unit workbooks into the master's bytes: the taken values are patched into
 * its 台账 (only that sheet part changes; added rows grow its table), 回收记录 is appended to.
 * Throws CycleError when the master is not a ledger or has no identifier, WorkbookReadError
 * when the master cannot be read, WorkbookWriteRefusal (package/patch-cells) when a part of it
 * cannot be edited exactly.
 */
export async function collectIntoBytes(
  masterBytes: Uint8Array,
  returned: readonly { readonly fileName: string; readonly bytes: Uint8Array }[],
  today: IsoDate,
  options: CollectBytesOptions = {},
): Promise<CollectBytes> {
  const master = readWorkbook(masterBytes);
  masterTable(master);
  const names = workbookLevelNames(master);
  const identity = ledgerIdentity(names, master);
  if (identity === null) {
    throw new CycleError(
      'no-identity',
      message('cycle.noIdentity.collect', { sheet: SHEETS.items }),
    );
  }
  const outcome = collectReturns({
    master,
    masterId: identity.id,
    masterIdSource: identity.source,
    returned: returned.map((r) => readReturnedBytes(r.fileName, r.bytes)),
    today,
  });
  if (outcome.verdict === 'nothing') return { outcome, bytes: null };
  const bytes = await collectedBytes(masterBytes, master, outcome, today, options.now);
  return { outcome, bytes };
}

/** The master's bytes with an outcome written: cells patched, 回收记录 appended. */
export async function collectedBytes(
  masterBytes: Uint8Array,
  master: WorkbookSnapshot,
  outcome: CollectOutcome,
  today: IsoDate,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const pkg = Package.open(masterBytes);
  const writes: CellPatch[] = outcome.writes.map((w) => ({
    row: w.row,
    column: w.column,
    value: w.value,
  }));
  await patchSheetCells(pkg, { sheet: SHEETS.ledger, writes, tableRows: outcome.addedRows });
  const log = collectLogSheet(master.grid(COLLECT_LOG_SHEET), outcome.entries, today);
  const textNames = outcome.restoreLedgerId === null ? [] : ledgerIdNames(outcome.restoreLedgerId);
  return (await planPackageBytes(pkg, { sheets: [log], textNames }, [], now)).bytes;
}

function workbookLevelNames(reading: WorkbookReading): DefinedName[] {
  return reading.definedNames
    .filter((n) => n.localSheet === null)
    .map((n) => ({ name: n.name, reference: n.reference }));
}
