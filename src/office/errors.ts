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
    super(
      `工作表“${sheets.join('”、“')}”不是整改台账助手生成的，不会被覆盖；请先重命名或删除该表 ` +
        `(sheet ${sheets.map((s) => `"${s}"`).join(', ')} belongs to the user and is never overwritten; rename it first)`,
    );
    this.name = 'SheetConflictError';
  }
}

/** A table name the plan needs is taken by a table on a sheet the user owns. */
export class TableConflictError extends RectifyError {
  constructor(
    readonly table: string,
    readonly sheet: string,
  ) {
    super(
      `表格名称“${table}”已被工作表“${sheet}”中的表格使用，不会被覆盖；请先重命名该表格 ` +
        `(table name "${table}" is used by a table on sheet "${sheet}"; rename that table first)`,
    );
    this.name = 'TableConflictError';
  }
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
