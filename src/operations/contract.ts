import type { IsoDate } from '../core/dates';
import type { WrittenSheet } from '../core/shell/written';
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

/** A sheet an operation wrote; summaries also say what their rows count (src/core/shell). */
export type SheetWritten = WrittenSheet;

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

/** The settings as loaded: `found` is false when 说明 does not hold them (defaults given). */
export interface LoadedSettings extends Settings {
  readonly found?: boolean;
}

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
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: Settings): Promise<void>;
}
