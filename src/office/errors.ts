import { joinNames, render, type Lang, type Message, t } from '../core/i18n';
import { refusalText, type SheetRefusal } from '../core/plan';

/**
 * A failure the user can act on. Given a catalogue message it is said in the face's language
 * (`text(lang)`); a plain string (older shell messages, already bilingual) is shown as it is.
 */
export class RectifyError extends Error {
  /** Marks a message meant for the user (checked by shape: bundles may hold two copies). */
  readonly userFacing = true;
  readonly said: Message | null;

  constructor(message: string | Message) {
    super(typeof message === 'string' ? message : render('zh', message));
    this.said = typeof message === 'string' ? null : message;
    this.name = 'RectifyError';
  }

  text(lang: Lang): string {
    return this.said === null ? this.message : render(lang, this.said);
  }
}

/** A plan wants a sheet name the user's own sheet already has: it is never overwritten. */
export class SheetConflictError extends RectifyError {
  constructor(readonly sheets: readonly string[]) {
    super(refusalText({ kind: 'sheet', sheets }));
    this.name = 'SheetConflictError';
  }
}

/** A table name the plan needs is taken by a table on a sheet the user owns. */
export class TableConflictError extends RectifyError {
  constructor(
    readonly table: string,
    readonly sheet: string,
  ) {
    super(refusalText({ kind: 'table', table, sheet }));
    this.name = 'TableConflictError';
  }
}

/** The core's refusal of a plan as the shell's error. */
export function refusalError(refusal: SheetRefusal): RectifyError {
  return refusal.kind === 'sheet'
    ? new SheetConflictError(refusal.sheets)
    : new TableConflictError(refusal.table, refusal.sheet);
}

/** Text for any error: our own messages as they are, Excel's with its code. */
export function describeError(error: unknown): string {
  if ((error as { userFacing?: unknown } | null)?.userFacing === true)
    return (error as Error).message;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string'
    ? `Excel 报告错误 ${code}：${message} (Excel reported ${code})`
    : `出现意外错误：${message} (unexpected error)`;
}

/** The Office error code of a failure, if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const CELL_EDIT_CODE = 'InvalidOperationInCellEditMode';

/** Excel refused the request because the user is typing in a cell; nothing was written. */
export class CellEditModeError extends RectifyError {
  constructor(lang: Lang = 'zh') {
    super(t(lang, 'office.cellEdit'));
    this.name = 'CellEditModeError';
  }
}

function reason(lang: Lang, error: unknown): string {
  const code = errorCode(error);
  if (code === CELL_EDIT_CODE) return t(lang, 'office.reason.cellEdit');
  // Excel's code is what a person can quote to support; its message is English only.
  if (code !== undefined) return code;
  return error instanceof Error ? error.message : String(error);
}

/** A sheet kept as a hidden (or, after a failed restore, visible) copy of its original. */
export interface KeptBackup {
  readonly original: string;
  readonly backup: string;
}

/** Why an operation that writes stopped, and the state it left the workbook in. */
export type WriteOutcome =
  /** The failure came before anything was written (or the write never reached Excel). */
  | { readonly kind: 'unchanged' }
  /** Writing had begun; every sheet it touched was put back from its backup. */
  | { readonly kind: 'restored'; readonly sheets: readonly string[] }
  /** Putting back failed too: the backups are kept (visible when Excel let us). */
  | {
      readonly kind: 'restore-failed';
      readonly backups: readonly KeptBackup[];
      readonly visible: boolean;
    };

export class WriteFailedError extends RectifyError {
  constructor(
    readonly outcome: WriteOutcome,
    readonly failure: unknown,
    readonly lang: Lang = 'zh',
  ) {
    super(WriteFailedError.text(outcome, failure, lang));
    this.name = 'WriteFailedError';
  }

  /** The same failure told in another language. */
  in(lang: Lang): WriteFailedError {
    return lang === this.lang ? this : new WriteFailedError(this.outcome, this.failure, lang);
  }

  static text(outcome: WriteOutcome, failure: unknown, lang: Lang): string {
    const why = reason(lang, failure);
    const retry = t(
      lang,
      errorCode(failure) === CELL_EDIT_CODE ? 'office.retry.cellEdit' : 'office.retry',
    );
    switch (outcome.kind) {
      case 'unchanged':
        return t(lang, 'office.write.unchanged', { reason: why, retry });
      case 'restored':
        return t(lang, 'office.write.restored', {
          reason: why,
          sheets: joinNames(lang, outcome.sheets),
          retry,
        });
      case 'restore-failed':
        return t(
          lang,
          outcome.visible ? 'office.write.restoreFailed' : 'office.write.restoreFailedHidden',
          {
            reason: why,
            backups: joinNames(
              lang,
              outcome.backups.map((b) =>
                t(lang, 'office.write.backupOf', { backup: b.backup, sheet: b.original }),
              ),
            ),
          },
        );
    }
  }
}
