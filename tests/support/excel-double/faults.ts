import { ExcelDoubleError } from './errors';

/** Office's own spelling of the failures the double can inject (OfficeExtension / Excel error codes). */
export const FaultCode = {
  /** OfficeExtension.ErrorCodes.connectionFailure: the request never reached Excel. */
  connectionFailure: 'ConnectionFailure',
  /** Excel.ErrorCodes.invalidOperationInCellEditMode: the user is typing in a cell. */
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
} as const;

/** How one `Excel.run` asked Excel to behave (the members of `Excel.RunOptions` the double knows). */
export interface RunOptionsSeen {
  readonly delayForCellEdit?: boolean;
  readonly mergeUndoGroup?: boolean;
}

/**
 * Failures a test arms on the double: a sync that rejects (and applies nothing of its batch), and
 * the user sitting in cell-edit mode. Shared by every request context of one ExcelDouble.
 */
export class SyncFaults {
  /** Syncs still to come before each armed failure, counted from when it was armed. */
  private armed: { countdown: number; code: string; applyFirst: number }[] = [];
  private editing = false;
  private waiting: (() => void)[] = [];

  constructor(
    /** Whether this "Excel" honours `delayForCellEdit` (newer hosts do; older ones ignore it). */
    readonly delaySupported: boolean,
  ) {}

  /**
   * The n-th sync from now (1 = the next one) rejects with `code`, applying nothing — or, with
   * `applyFirst`, the first that many actions of its batch (as when an action fails mid-batch).
   */
  failSyncAt(n: number, code: string = FaultCode.connectionFailure, applyFirst = 0): void {
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`failSyncAt needs a sync number from 1, not ${n}`);
    this.armed.push({ countdown: n, code, applyFirst });
  }

  get inCellEdit(): boolean {
    return this.editing;
  }

  enterCellEdit(): void {
    this.editing = true;
  }

  /** The user presses Enter or Esc: delayed batches go ahead. */
  leaveCellEdit(): void {
    this.editing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const go of waiting) go();
  }

  /** How many batches wait for the user to leave the cell. */
  get delayedBatches(): number {
    return this.waiting.length;
  }

  /** Called by every sync before it applies anything; rejects (or waits) as armed. */
  async beforeSync(
    options: RunOptionsSeen,
  ): Promise<{ readonly code: string; readonly applyFirst: number } | null> {
    if (this.editing) {
      if (options.delayForCellEdit === true && this.delaySupported)
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      else return { code: FaultCode.invalidOperationInCellEditMode, applyFirst: 0 };
    }
    let failure: { code: string; applyFirst: number } | null = null;
    for (const a of this.armed) {
      a.countdown -= 1;
      if (a.countdown === 0 && failure === null) failure = a;
    }
    this.armed = this.armed.filter((a) => a.countdown > 0);
    return failure;
  }
}

export function faultError(code: string): ExcelDoubleError {
  const message =
    code === FaultCode.invalidOperationInCellEditMode
      ? 'This operation is not allowed while Excel is in cell-editing mode. Exit the edit mode by pressing Enter or Tab, or by clicking another cell, and then try again.'
      : code === FaultCode.connectionFailure
        ? 'The request could not reach Excel (injected connection failure).'
        : `Injected failure ${code}.`;
  return new ExcelDoubleError(code, message);
}
