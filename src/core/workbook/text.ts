import type { PlanDiagnostic } from '../plan/types';

/** Excel's limit on the characters one cell holds. */
export const MAX_CELL_CHARS = 32_767;

/** Appended to text cut at the limit, so a reader sees that something is missing. */
export function truncationMarker(originalLength: number): string {
  return `…【超出 Excel 单元格 ${MAX_CELL_CHARS} 字上限，已截断；原文共 ${originalLength} 字，见原清单】`;
}

export interface FittedText {
  readonly text: string;
  /** Present when the text had to be cut. */
  readonly diagnostic?: PlanDiagnostic;
}

/**
 * Text that fits one Excel cell. Longer text is cut, ends with a visible marker and yields a
 * diagnostic naming the cell; it is never dropped silently. Cuts never split a surrogate pair.
 */
export function fitCellText(text: string, sheet: string, cell: string): FittedText {
  if (text.length <= MAX_CELL_CHARS) return { text };
  const marker = truncationMarker(text.length);
  let cut = MAX_CELL_CHARS - marker.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return {
    text: text.slice(0, cut) + marker,
    diagnostic: {
      severity: 'warning',
      code: 'cell-text-truncated',
      sheet,
      cell,
      message: `${sheet}!${cell} 的文字共 ${text.length} 字，超过 Excel 单元格 ${MAX_CELL_CHARS} 字上限，已截断并标注。`,
      messageEn: `${sheet}!${cell} holds ${text.length} characters, more than Excel's ${MAX_CELL_CHARS} per cell; it was cut and marked.`,
    },
  };
}
