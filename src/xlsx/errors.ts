import { LocalizedError, message, render, type Lang, type Message } from '../core/i18n';

// The conflict errors are the core's: every shell and the CLI throw and catch the same classes.
export { refusalError, SheetConflictError, TableNameConflictError } from '../core/plan/conflicts';

/**
 * A workbook file that cannot be read or written: a catalogue message (`xlsx.*`) the face says in
 * its language with `text(lang)`; `message` is the Chinese text.
 */
export class WorkbookFileError extends LocalizedError {
  constructor(
    said: Message,
    readonly path: string,
  ) {
    super(said);
    this.name = 'WorkbookFileError';
  }
}

/** A file-system failure in plain words, as a message. */
export function fsErrorMessage(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return message('xlsx.fs.noSuchFile');
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return message('xlsx.fs.permission');
    case 'EISDIR':
      return message('xlsx.fs.isFolder');
    case 'ENOTDIR':
      return message('xlsx.fs.notFolder');
    case 'ENOSPC':
      return message('xlsx.fs.noSpace');
    case undefined:
      return message('xlsx.fs.other', {
        detail: error instanceof Error ? error.message : String(error),
      });
    default:
      // The system's own code (EBUSY, EMFILE …) names the failure for support in either language.
      return message('xlsx.fs.other', { detail: code });
  }
}

/** A file-system failure in plain words in `lang`. */
export function describeFsError(error: unknown, lang: Lang): string {
  return render(lang, fsErrorMessage(error));
}
