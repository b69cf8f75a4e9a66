import { refusalText, type SheetRefusal } from '../core/plan/conflicts';

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
    super(refusalText({ kind: 'sheet', sheets }));
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
    super(refusalText({ kind: 'table', table, sheet }));
    this.name = 'TableNameConflictError';
  }
}

/** The shell's error for a refusal the core decided. */
export function refusalError(refusal: SheetRefusal): SheetConflictError | TableNameConflictError {
  return refusal.kind === 'sheet'
    ? new SheetConflictError(refusal.sheets)
    : new TableNameConflictError(refusal.table, refusal.sheet);
}
