/**
 * Why a plan is refused on a workbook, and what the person is told: one wording for every shell
 * (the file shell and the Office.js shell throw their own error types with these messages).
 */
export type SheetRefusal =
  /** Wanted sheet names held by sheets the user owns (as the workbook spells them). */
  | { readonly kind: 'sheet'; readonly sheets: readonly string[] }
  /** A wanted table name held by a table on a sheet the plan does not rebuild. */
  | { readonly kind: 'table'; readonly table: string; readonly sheet: string };

export interface RefusalMessage {
  readonly zh: string;
  readonly en: string;
}

export function refusalMessage(refusal: SheetRefusal): RefusalMessage {
  if (refusal.kind === 'sheet') {
    const { sheets } = refusal;
    return {
      zh: `工作表“${sheets.join('”、“')}”不是整改台账助手生成的，不会被覆盖；请先重命名或删除该表`,
      en: `sheet ${sheets.map((s) => `"${s}"`).join(', ')} belongs to the user and is never overwritten; rename it first`,
    };
  }
  const { table, sheet } = refusal;
  return {
    zh: `表格名称“${table}”已被工作表“${sheet}”中的表格使用，不会被覆盖；请先重命名该表格`,
    en: `table name "${table}" is used by a table on sheet "${sheet}"; rename that table first`,
  };
}

/** The message as the shells print it today: Chinese, then English in brackets. */
export function refusalText(refusal: SheetRefusal): string {
  const m = refusalMessage(refusal);
  return `${m.zh} (${m.en})`;
}
