import {
  isMessage,
  joinNames,
  LocalizedError,
  message,
  render,
  type Lang,
  type Message,
  t,
} from '../core/i18n';

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

// The conflict errors are the core's: every shell and the CLI throw and catch the same classes.
export { refusalError, SheetConflictError, TableNameConflictError } from '../core/plan';

/**
 * Any error as something to say: our own messages as they are (a catalogue message when they
 * carry one), Excel's with its code.
 */
export function errorSaid(error: unknown): Message | string {
  if (error instanceof LocalizedError || error instanceof RectifyError)
    return error.said ?? error.message;
  if ((error as { userFacing?: unknown } | null)?.userFacing === true) {
    const said = (error as { said?: unknown }).said;
    return isMessage(said) ? said : (error as Error).message;
  }
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  return code === undefined
    ? message('office.error.unexpected', { detail })
    : message('office.error.excel', { code, detail });
}

/** Text for any error in `lang`: ours as written, Excel's with its code. */
export function describeError(error: unknown, lang: Lang = 'zh'): string {
  if (error instanceof WriteFailedError) return error.in(lang).message;
  const said = errorSaid(error);
  return typeof said === 'string' ? said : render(lang, said);
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
