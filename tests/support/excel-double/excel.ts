import type { XlContext, XlRun, XlRunOptions } from '../../../src/office/excel-api';
import type { RequestRecord } from './context';
import { SyncFaults } from './faults';
import { WorkbookModel } from './model';
import { RequestContextDouble } from './workbook';

export interface ExcelDoubleOptions {
  /** Whether this "Excel" honours `delayForCellEdit` (default true, as current hosts do). */
  readonly delayForCellEdit?: boolean;
}

/**
 * An in-memory Excel: a workbook model, a way to run batches against it (like `Excel.run`) and
 * the record of every request made. Pure TypeScript: importable by a browser bundle.
 */
export class ExcelDouble {
  readonly workbook: WorkbookModel;
  readonly requests: RequestRecord[] = [];
  /** The options of every `run`, in order (what the shell asked of Excel). */
  readonly runs: XlRunOptions[] = [];
  private readonly faults: SyncFaults;

  constructor(sheetNames: readonly string[] = ['Sheet1'], options: ExcelDoubleOptions = {}) {
    this.workbook = new WorkbookModel(sheetNames);
    this.faults = new SyncFaults(options.delayForCellEdit ?? true);
  }

  /** Like `Excel.run` (with or without RunOptions): a fresh context per batch, pending work synced at the end. */
  readonly run: XlRun = async <T>(
    optionsOrBatch: XlRunOptions | ((context: XlContext) => Promise<T>),
    maybeBatch?: (context: XlContext) => Promise<T>,
  ): Promise<T> => {
    const options = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch;
    const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch;
    if (batch === undefined) throw new Error('Excel.run needs a batch function');
    this.runs.push({ ...options });
    const context = new RequestContextDouble(this.workbook, this.requests, this.faults, options);
    const result = await batch(context);
    if (context.pendingActions > 0) await context.sync();
    return result;
  };

  /**
   * The n-th sync from now (1 = the next) rejects with `code` (default ConnectionFailure) and
   * applies nothing of its batch — or only its first `applyFirst` actions.
   */
  failSyncAt(n: number, code?: string, applyFirst?: number): void {
    this.faults.failSyncAt(n, code, applyFirst);
  }

  /** The user starts typing in a cell: syncs reject with InvalidOperationInCellEditMode, or wait. */
  enterCellEdit(): void {
    this.faults.enterCellEdit();
  }

  /** The user presses Enter or Esc. */
  leaveCellEdit(): void {
    this.faults.leaveCellEdit();
  }

  /** Batches waiting for the user to leave cell-edit mode (only with `delayForCellEdit`). */
  get delayedBatches(): number {
    return this.faults.delayedBatches;
  }

  get syncCount(): number {
    return this.requests.length;
  }

  /** Forgets the recorded requests (e.g. after setting up a workbook). */
  resetRequests(): void {
    this.requests.length = 0;
  }

  largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.requestBytes));
  }

  largestResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }
}
