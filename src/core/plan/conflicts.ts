import { LocalizedError, message, quoted, render, type Lang, type Message } from '../i18n';

/**
 * Why a plan is refused on a workbook, and what the person is told: one wording and one error for
 * every shell (the file shell, Office.js and WPS throw `refusalError(refusal)`; each face says it in
 * its language with `text(lang)`).
 */
export type SheetRefusal =
  /** Wanted sheet names held by sheets the user owns (as the workbook spells them). */
  | { readonly kind: 'sheet'; readonly sheets: readonly string[] }
  /** A wanted table name held by a table on a sheet the plan does not rebuild. */
  | { readonly kind: 'table'; readonly table: string; readonly sheet: string };

/** What the person is told, as a catalogue message (`plan.refusal.*`). */
export function refusalSaid(refusal: SheetRefusal): Message {
  if (refusal.kind === 'sheet') {
    return message('plan.refusal.sheet', { sheets: quoted(refusal.sheets) });
  }
  return message('plan.refusal.table', { table: refusal.table, sheet: refusal.sheet });
}

/** The message in one language. */
export function refusalText(refusal: SheetRefusal, lang: Lang = 'zh'): string {
  return render(lang, refusalSaid(refusal));
}

/** A plan wants a sheet name the user's own sheet already has: it is never overwritten. */
export class SheetConflictError extends LocalizedError {
  /** Marks a message meant for the user (the Office shell checks by shape). */
  readonly userFacing = true;

  constructor(readonly sheets: readonly string[]) {
    super(refusalSaid({ kind: 'sheet', sheets }));
    this.name = 'SheetConflictError';
  }
}

/** A plan wants a table name that a table on a user sheet already has (table names are workbook-wide). */
export class TableNameConflictError extends LocalizedError {
  readonly userFacing = true;

  constructor(
    readonly table: string,
    readonly sheet: string,
  ) {
    super(refusalSaid({ kind: 'table', table, sheet }));
    this.name = 'TableNameConflictError';
  }
}

/** The error every shell throws for a refusal the core decided. */
export function refusalError(refusal: SheetRefusal): SheetConflictError | TableNameConflictError {
  return refusal.kind === 'sheet'
    ? new SheetConflictError(refusal.sheets)
    : new TableNameConflictError(refusal.table, refusal.sheet);
}
