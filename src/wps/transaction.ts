import { isOwnershipName } from '../core/ownership';
import { message } from '../core/i18n';
import { RectifyError, errorSaid } from '../office/errors';
import { type EtApplication, type EtWorkbook, type EtWorksheet, XL } from './et-api';
import { allSheets, definedNames, findSheet } from './sheets';

const BACKUP_PREFIX = 'RECTIFY_BACKUP_';

interface Backup {
  readonly name: string;
  readonly copy: EtWorksheet;
  readonly tables: readonly string[];
}

function tableNames(sheet: EtWorksheet): string[] {
  const names: string[] = [];
  for (let i = 1; i <= sheet.ListObjects.Count; i++) names.push(sheet.ListObjects.Item(i).Name);
  return names;
}

function withoutAlerts(app: EtApplication, work: () => void): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    work();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/**
 * All or nothing: before `work` changes the sheets named in `touched` (owned sheets it rewrites or
 * deletes), each is copied to a hidden RECTIFY_BACKUP_n sheet placed just before it. If `work`
 * fails, the sheets it added are deleted, each touched sheet is replaced by its copy (same place,
 * name and table names) and the ownership names are put back, so nothing is left half-written;
 * otherwise the copies are deleted.
 */
export async function atomically<T>(
  app: EtApplication,
  book: EtWorkbook,
  touched: readonly string[],
  work: () => Promise<T>,
): Promise<T> {
  const before = new Set(allSheets(book).map((s) => s.Name.toLowerCase()));
  const ownership = definedNames(book).filter((n) => isOwnershipName(n.name));
  const backups: Backup[] = [];
  try {
    let n = 1;
    for (const name of touched) {
      const sheet = findSheet(book, name);
      if (!sheet) continue;
      while (before.has(`${BACKUP_PREFIX}${n}`.toLowerCase())) n++;
      const tables = tableNames(sheet);
      sheet.Copy(sheet);
      const copy = book.Worksheets.Item(sheet.Index - 1);
      copy.Name = `${BACKUP_PREFIX}${n++}`;
      copy.Visible = XL.sheetHidden;
      backups.push({ name: sheet.Name, copy, tables });
    }
    const result = await work();
    withoutAlerts(app, () => backups.forEach((b) => b.copy.Delete()));
    return result;
  } catch (error) {
    withoutAlerts(app, () => {
      for (const sheet of allSheets(book)) {
        const lower = sheet.Name.toLowerCase();
        if (!before.has(lower) && !backups.some((b) => b.copy.Name.toLowerCase() === lower))
          sheet.Delete();
      }
      for (const b of backups) {
        findSheet(book, b.name)?.Delete();
        b.copy.Visible = XL.sheetVisible;
        b.copy.Name = b.name;
        b.tables.forEach((table, i) => {
          b.copy.ListObjects.Item(i + 1).Name = table;
        });
      }
    });
    for (const n of definedNames(book))
      if (isOwnershipName(n.name)) book.Names.Item(n.name).Delete();
    for (const n of ownership) book.Names.Add(n.name, n.reference);
    throw new RectifyError(message('wps.write.restored', { reason: errorSaid(error) }));
  }
}
