import { message, quoted, render, type Lang, type Message } from '../i18n';

/**
 * Why a plan is refused on a workbook, and what the person is told: one wording for every shell
 * (the file shell and the Office.js shell throw their own error types with these messages).
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

/** The message in one language, for a shell whose errors carry text. */
export function refusalText(refusal: SheetRefusal, lang: Lang = 'zh'): string {
  return render(lang, refusalSaid(refusal));
}
