/** A workbook file that cannot be read or written; the message is one plain line (Chinese + English). */
export class WorkbookFileError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

/** A plan wants a sheet name the user's own sheet already has: it is never overwritten. */
export class SheetConflictError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(
      `工作表“${sheets.join('”、“')}”不是整改台账助手生成的，不会被覆盖；请先重命名或删除该表 ` +
        `(sheet ${sheets.map((s) => `"${s}"`).join(', ')} belongs to the user and is never overwritten; rename it first)`,
    );
    this.name = 'SheetConflictError';
  }
}

/** A file-system failure in plain words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件或文件夹不存在 (no such file or folder)';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入权限 (permission denied)';
    case 'EISDIR':
      return '这是一个文件夹 (is a folder)';
    case 'ENOTDIR':
      return '路径中有一段不是文件夹 (a part of the path is not a folder)';
    case 'ENOSPC':
      return '磁盘空间不足 (no space left)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A plan wants a table name that a table on a user sheet already has (table names are workbook-wide). */
export class TableNameConflictError extends Error {
  constructor(
    readonly table: string,
    readonly sheet: string,
  ) {
    super(
      `工作表“${sheet}”中已有名为 ${table} 的表格，与台账的表格重名；请先在 Excel 中重命名该表格 ` +
        `(table ${table} on sheet "${sheet}" has a name the ledger needs; rename it first)`,
    );
    this.name = 'TableNameConflictError';
  }
}
