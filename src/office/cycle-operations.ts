import type { IsoDate } from '../core/dates';
import type { WorkbookSnapshot } from '../core/grid';
import { SHEETS } from '../core/ledger/model';
import type { DefinedName } from '../core/ownership';
import { type CollectOutcome, type ReturnedWorkbook, COLLECT_LOG_SHEET } from '../core/cycle';
import { message } from '../core/i18n';
import { RectifyError } from './errors';
import type { XlContext, XlRun } from './excel-api';
import { HOST_TOO_OLD, type OfficeLike, hostStatus } from './office-global';
import { readGrids, snapshotOf } from './read-grid';
import { runBatch } from './run-batch';
import { type WorkbookLook, queueLook } from './workbook-look';
import { collectPlanned, writeCollect, type CollectWritten } from './cycle-collect';

/**
 * The monthly cycle on the open workbook (issue 18): the pane reads the ledger through these, the
 * core decides (split, collect, report), and the one write — a collect the user confirmed — goes
 * back through here, atomically.
 */
export interface CycleOperations {
  /** The open workbook as the cycle reads it; `hasLedger` false when it has no 台账. */
  readLedger(): Promise<CycleLedger>;
  /**
   * Collects returned files into the open ledger. The workbook is read again and the core decides
   * again in the same batch: if that is not what the user saw in `preview` (the ledger changed in
   * between), nothing is written and a RectifyError says to look again.
   */
  collect(
    returned: readonly ReturnedWorkbook[],
    options: { readonly today: IsoDate; readonly preview: CollectOutcome },
  ): Promise<CollectWritten>;
  /** Opens a workbook (its .xlsx bytes, base64) in a new Excel window; null where the host cannot. */
  readonly openWorkbook: ((base64: string) => Promise<void>) | null;
}

export interface CycleLedger {
  readonly hasLedger: boolean;
  readonly snapshot: WorkbookSnapshot;
  /** Workbook-level defined names (the ledger's RECTIFY_LEDGER_ID among them). */
  readonly names: readonly DefinedName[];
}

export type { CollectWritten };

/** What the cycle reads: the ledger's sheets, 说明 (settings) and the previous 回收记录. */
export const CYCLE_SHEETS = [
  SHEETS.ledger,
  SHEETS.items,
  SHEETS.milestones,
  SHEETS.lists,
  SHEETS.readme,
  COLLECT_LOG_SHEET,
];

/** `Excel.createWorkbook` as Office.js declares it (ExcelApi 1.8, the manifest's minimum). */
export type CreateWorkbook = typeof Excel.createWorkbook;

export interface CycleHost {
  readonly run: XlRun;
  readonly office: OfficeLike;
  /** `Excel.createWorkbook` when the host has it (not every platform does). */
  readonly createWorkbook?: CreateWorkbook;
}

/** Reads the cycle's sheets and the look in one request. */
export async function readCycleLedger(
  context: XlContext,
): Promise<{ ledger: CycleLedger; look: WorkbookLook }> {
  let look: (() => WorkbookLook) | undefined;
  const grids = await readGrids(context, CYCLE_SHEETS, () => {
    look = queueLook(context);
  });
  const seen = look!();
  const snapshot = snapshotOf(
    seen.sheets.map((s) => s.name),
    grids,
  );
  return {
    look: seen,
    ledger: {
      hasLedger: snapshot.grid(SHEETS.ledger) !== null,
      snapshot,
      names: seen.names.map((n) => ({ name: n.name, reference: n.formula })),
    },
  };
}

export function createOfficeCycleOperations(host: CycleHost): CycleOperations {
  const { office } = host;
  function requireExcel(): void {
    const status = hostStatus(office);
    if (status.kind === 'excel-too-old') throw new RectifyError(HOST_TOO_OLD);
    if (status.kind === 'no-host') throw new RectifyError(message('office.cycle.notInExcel'));
  }
  const create = host.createWorkbook;
  return {
    async readLedger() {
      requireExcel();
      return runBatch(host.run, office, false, async (context) => {
        return (await readCycleLedger(context)).ledger;
      });
    },
    async collect(returned, options) {
      requireExcel();
      return runBatch(host.run, office, true, async (context) => {
        const { ledger, look } = await readCycleLedger(context);
        const planned = collectPlanned(ledger, returned, options.today);
        if (!samePlan(planned.outcome, options.preview)) {
          throw new RectifyError(message('office.cycle.changedSincePreview'));
        }
        return writeCollect(context, look, planned);
      });
    },
    openWorkbook: create === undefined ? null : (base64) => create(base64),
  };
}

/** The same writes and the same entries: what the user confirmed is what gets written. */
function samePlan(a: CollectOutcome, b: CollectOutcome): boolean {
  return (
    JSON.stringify([a.writes, a.entries, a.restoreLedgerId]) ===
    JSON.stringify([b.writes, b.entries, b.restoreLedgerId])
  );
}
