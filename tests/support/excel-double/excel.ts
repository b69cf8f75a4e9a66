import type { XlContext, XlRun } from '../../../src/office/excel-api';
import type { RequestRecord } from './context';
import { WorkbookModel } from './model';
import { RequestContextDouble } from './workbook';

/**
 * An in-memory Excel: a workbook model, a way to run batches against it (like `Excel.run`) and
 * the record of every request made. Pure TypeScript: importable by a browser bundle.
 */
export class ExcelDouble {
  readonly workbook: WorkbookModel;
  readonly requests: RequestRecord[] = [];

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    this.workbook = new WorkbookModel(sheetNames);
  }

  /** Like `Excel.run`: a fresh context per batch, pending work synced when the batch ends. */
  readonly run: XlRun = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const context = new RequestContextDouble(this.workbook, this.requests);
    const result = await batch(context);
    if (context.pendingActions > 0) await context.sync();
    return result;
  };

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
