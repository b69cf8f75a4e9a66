import { refusalText, type SheetRefusal } from '../core/plan';

/** A failure the user can act on, with a plain message in Chinese and English. */
export class RectifyError extends Error {
  /** Marks a message meant for the user (checked by shape: bundles may hold two copies). */
  readonly userFacing = true;

  constructor(message: string) {
    super(message);
    this.name = 'RectifyError';
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
  constructor() {
    super(
      'Excel 正处于单元格编辑状态，无法修改工作簿。请按 Enter（确认输入）或 Esc（取消输入）离开单元格，然后重试。工作簿没有被修改，没有内容丢失。' +
        ' (Excel is editing a cell, so the workbook cannot be changed. Press Enter or Esc to leave the cell, then try again. Nothing was changed and nothing was lost.)',
    );
    this.name = 'CellEditModeError';
  }
}

function reason(error: unknown): string {
  if (errorCode(error) === CELL_EDIT_CODE) return '用户正在编辑单元格 (a cell is being edited)';
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code === undefined ? message : `${code}：${message}`;
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
  ) {
    super(WriteFailedError.text(outcome, failure));
    this.name = 'WriteFailedError';
  }

  static text(outcome: WriteOutcome, cause: unknown): string {
    const why = reason(cause);
    const edit = errorCode(cause) === CELL_EDIT_CODE;
    const retry = edit ? '请按 Enter 或 Esc 离开单元格后重试。' : '请稍后重试。';
    const retryEn = edit
      ? 'Press Enter or Esc to leave the cell, then try again.'
      : 'Please try again.';
    switch (outcome.kind) {
      case 'unchanged':
        return `Excel 未能完成这次操作（${why}）。工作簿没有被修改，没有内容丢失。${retry} (Excel could not complete the operation; the workbook was not changed and nothing was lost. ${retryEn})`;
      case 'restored':
        return (
          `Excel 在写入途中失败（${why}）。已把“${outcome.sheets.join('”、“')}”恢复为操作前的样子，没有内容丢失。${retry}` +
          ` (Excel failed while writing; ${outcome.sheets.join(', ')} were put back as they were, nothing was lost. ${retryEn})`
        );
      case 'restore-failed': {
        const list = outcome.backups.map((b) => `“${b.backup}”（原“${b.original}”）`).join('、');
        const listEn = outcome.backups.map((b) => `${b.backup} (was ${b.original})`).join(', ');
        const where = outcome.visible ? '' : '（隐藏的工作表：右键工作表标签 → 取消隐藏）';
        return (
          `Excel 在写入途中失败（${why}），恢复也未能完成。操作前的内容完整保存在工作表 ${list}${where} 中，请勿删除：` +
          `删除同名的半成品工作表后，把备份改回原名即可。 (Excel failed while writing and the restore failed too. ` +
          `The content as it was is kept in ${listEn}${outcome.visible ? '' : ' (hidden: right-click a sheet tab, Unhide)'}; ` +
          `do not delete it: delete the half-written sheet and rename the backup to its old name.)`
        );
      }
    }
  }
}
