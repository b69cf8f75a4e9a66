import type { IsoDate } from '../dates';

export type Severity = 'error' | 'warning';

/** One finding about a ledger, pointing at a cell. The shape of `rectify validate --json`. */
export interface ValidationIssue {
  readonly severity: Severity;
  readonly code: string;
  readonly sheet: string;
  /** A1 address such as `H12`; empty when the issue concerns a whole sheet. */
  readonly cell: string;
  /** 1-based row; 0 when the issue concerns a whole sheet. */
  readonly row: number;
  /** Ledger column header, or empty. */
  readonly column: string;
  /** The value found, as text. */
  readonly value: string;
  /** Chinese message. */
  readonly message: string;
  /** English rendering for the English UI. */
  readonly messageEn: string;
}

export interface ValidationReport {
  readonly today: IsoDate;
  readonly errors: number;
  readonly warnings: number;
  /** Ordered by sheet, row, column. */
  readonly issues: readonly ValidationIssue[];
}

export interface ValidationOptions {
  readonly today: IsoDate;
  /** Days without an update before a row is stale. */
  readonly staleDays: number;
}
