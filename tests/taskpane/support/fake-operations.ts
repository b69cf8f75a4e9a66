import type { IsoDate } from '../../../src/core/dates';
import type { RectificationList } from '../../../src/core/list/schema';
import type { OverdueOverview } from '../../../src/core/summary/types';
import type { ValidationReport } from '../../../src/core/validate/types';
import type {
  ImportOutcome,
  LoadedSettings,
  RectifyOperations,
  Settings,
  SheetWritten,
  WorkbookState,
} from '../../../src/operations/contract';

type Name = keyof RectifyOperations;

export interface Call {
  readonly name: Name;
  readonly args: readonly unknown[];
}

/**
 * A scripted stand-in for the operations, for component tests: it records every call, answers
 * with what the test set, can fail any operation, and can hold one open until the test releases it
 * (to see progress and the single-flight guard).
 */
export class FakeOperations implements RectifyOperations {
  readonly calls: Call[] = [];
  state: WorkbookState = { hasLedger: false, ledgerRows: 0 };
  settings: LoadedSettings = { dueSoonDays: 30, staleDays: 90 };
  importOutcome: ImportOutcome = {
    sheets: [
      { name: '清单', rows: 25 },
      { name: '台账', rows: 89 },
    ],
    changes: [],
  };
  report: ValidationReport = { today: '2026-11-29', errors: 0, warnings: 0, issues: [] };
  overview: OverdueOverview = { today: '2026-11-29', overdue: 0, dueSoon: 0, mostOverdue: [] };
  summarySheets: readonly SheetWritten[] = [{ name: '领导汇总', rows: 20 }];
  private readonly failures = new Map<Name, Error>();
  private readonly holds = new Map<Name, Promise<void>>();

  failWith(name: Name, message: string): void {
    this.failures.set(name, new Error(message));
  }

  /** Holds `name` open until the returned function is called. */
  hold(name: Name): () => void {
    let release = () => {};
    this.holds.set(name, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(name);
      release();
    };
  }

  callsOf(name: Name): Call[] {
    return this.calls.filter((c) => c.name === name);
  }

  private async answer<T>(name: Name, args: unknown[], value: () => T): Promise<T> {
    this.calls.push({ name, args });
    const held = this.holds.get(name);
    if (held) await held;
    const failure = this.failures.get(name);
    if (failure) throw failure;
    return value();
  }

  inspectWorkbook() {
    return this.answer('inspectWorkbook', [], () => this.state);
  }
  importList(list: RectificationList, options: { readonly today: IsoDate }) {
    return this.answer('importList', [list, options], () => {
      this.state = { hasLedger: true, ledgerRows: 89 };
      return this.importOutcome;
    });
  }
  validateLedger(options: { today: IsoDate; staleDays: number; writeSheet: boolean }) {
    return this.answer('validateLedger', [options], () => this.report);
  }
  selectCell(sheet: string, cell: string) {
    return this.answer('selectCell', [sheet, cell], () => undefined);
  }
  overdueOverview(options: { today: IsoDate; dueSoonDays: number }) {
    return this.answer('overdueOverview', [options], () => this.overview);
  }
  buildSummaries(options: { today: IsoDate }) {
    return this.answer('buildSummaries', [options], () => this.summarySheets);
  }
  refreshMarks() {
    return this.answer('refreshMarks', [], () => undefined);
  }
  loadSettings() {
    return this.answer('loadSettings', [], () => this.settings);
  }
  saveSettings(settings: Settings) {
    return this.answer('saveSettings', [settings], () => {
      this.settings = settings;
    });
  }
}
