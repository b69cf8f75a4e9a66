import type { IsoDate } from '../dates';
import type { WorkbookSnapshot } from '../grid';
import type { Message } from '../i18n';
import type { DefinedName } from '../ownership';
import type { PlanCell } from '../plan/types';

/** A returned file as the shell read it, or why it could not be read at all (the reader's message). */
export type ReturnedWorkbook =
  | {
      readonly file: string;
      readonly names: readonly DefinedName[];
      readonly snapshot: WorkbookSnapshot;
    }
  | { readonly file: string; readonly unreadable: Message };

export interface CollectInput {
  readonly master: WorkbookSnapshot;
  readonly masterId: string;
  /** How the master's id was found: `list` when it has no RECTIFY_LEDGER_ID (lost or never set). */
  readonly masterIdSource?: 'name' | 'list';
  readonly returned: readonly ReturnedWorkbook[];
  readonly today: IsoDate;
}

/**
 * `taken`: a user cell written into the master; `added`: a row the unit added, appended;
 * `refused`: a change not taken (document column, another unit's row, a deleted row …);
 * `conflict`: changed in the master since the split (or by two units) differently: the master's
 * value stays; `file-refused`: the whole file was not collected.
 */
export type CollectKind = 'taken' | 'added' | 'refused' | 'conflict' | 'file-refused';

export interface CollectEntry {
  readonly kind: CollectKind;
  readonly file: string;
  readonly unit: string;
  /** The master cell, e.g. `台账!J12` (the unit file's when `inUnitFile`), or empty. */
  readonly cell: string;
  readonly inUnitFile: boolean;
  readonly item: string;
  readonly measure: string;
  readonly column: string;
  /**
   * The cell's text before and after (trimmed; empty for an empty cell), or null when the entry
   * is about a row or a file rather than a value.
   */
  readonly before: string | null;
  readonly after: string | null;
  /** One sentence, said by the face in its language (回收记录 in Chinese): what was found and what happens. */
  readonly reason: Message;
}

/** One cell of the master's 台账 to write (zero-based row and column). */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: PlanCell;
}

export interface FileOutcome {
  readonly file: string;
  readonly unit: string | null;
  readonly accepted: boolean;
  readonly taken: number;
  readonly added: number;
  readonly refused: number;
  readonly conflicts: number;
}

export interface CollectOutcome {
  readonly writes: readonly CellWrite[];
  /**
   * Zero-based 台账 rows the units added (their cells are in `writes`), in order: the shell puts
   * them inside the ledger's table, so they are rows of the table like the others.
   */
  readonly addedRows: readonly number[];
  readonly entries: readonly CollectEntry[];
  readonly files: readonly FileOutcome[];
  /** `clean`: everything taken; `partial`: taken with refusals or conflicts; `nothing`: no file accepted. */
  readonly verdict: 'clean' | 'partial' | 'nothing';
  /** The master's RECTIFY_LEDGER_ID to write back, when it was lost and a returned file gave it. */
  readonly restoreLedgerId: string | null;
}
