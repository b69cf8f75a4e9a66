import type { IsoDate } from '../core/dates';
import type { Settings } from '../core/settings';
import type { RectificationList } from '../core/list/schema';
import type { OverdueOverview } from '../core/summary/types';
import type { ValidationReport } from '../core/validate/types';

/**
 * The operations the ribbon and the task pane share. The task pane talks to Excel only through
 * this interface, so it can be tested against the in-memory Excel double.
 */
export type HostStatus =
  | { readonly kind: 'excel' }
  | { readonly kind: 'excel-too-old'; readonly message: string }
  | { readonly kind: 'no-host' };

export interface SheetWritten {
  readonly name: string;
  /** Data rows written (header excluded). */
  readonly rows: number;
}

export interface ImportOutcome {
  readonly sheets: readonly SheetWritten[];
  /** Human-readable lines describing what changed when a ledger already existed. */
  readonly changes: readonly string[];
}

export interface WorkbookState {
  readonly hasLedger: boolean;
  readonly ledgerRows: number;
  /**
   * With a ledger: what a re-import here cannot keep (the host's limits), for the pane to show
   * before the user confirms; absent where nothing is lost.
   */
  readonly reimportLimits?: string;
}

/** The reminder windows; kept in cells of 说明 (src/core/settings.ts). */
export type { Settings };

export interface RectifyOperations {
  inspectWorkbook(): Promise<WorkbookState>;
  importList(list: RectificationList, options: { readonly today: IsoDate }): Promise<ImportOutcome>;
  validateLedger(options: {
    readonly today: IsoDate;
    readonly staleDays: number;
    /** Also write the owned 校验结果 sheet (the ribbon path does). */
    readonly writeSheet: boolean;
  }): Promise<ValidationReport>;
  selectCell(sheet: string, cell: string): Promise<void>;
  overdueOverview(options: {
    readonly today: IsoDate;
    readonly dueSoonDays: number;
  }): Promise<OverdueOverview>;
  buildSummaries(options: { readonly today: IsoDate }): Promise<readonly SheetWritten[]>;
  refreshMarks(): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}
