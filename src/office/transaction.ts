import { isOwnershipName, sheetOfReference } from '../core/ownership';
import { type KeptBackup, WriteFailedError } from './errors';
import type { XlContext } from './excel-api';
import { BatchWriter } from './payload';
import { type WorkbookLook, hasSheet, sameName } from './workbook-look';

/** The sheets an atomic write touches. */
export interface WriteScope {
  /** Sheets that exist now and the writes change or delete: each gets a hidden backup first. */
  readonly changes: readonly string[];
  /** Sheets the writes add (removed again if the writes fail). */
  readonly creates: readonly string[];
}

export interface AtomicResult {
  /** Requests sent by the write (the look is the caller's). */
  readonly syncs: number;
  /** Backups that could not be removed after the writes succeeded (hidden, safe to delete). */
  readonly leftovers: readonly string[];
}

interface Backup {
  readonly original: string;
  /** While being made: a copy is renamed to `backup` once every copy exists. */
  readonly copy: string;
  readonly backup: string;
}

function freeName(look: WorkbookLook, base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; hasSheet(look, name) || taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Writes so that a failure at any request leaves the workbook as it was, and no user value ever
 * exists only in the add-in's memory:
 *
 * 1. the first request copies every sheet the writes change (Worksheet.copy) into a hidden sheet
 *    `RECTIFY_COPY_n`, and, once all copies exist, renames them `RECTIFY_BACKUP_n` — the mark that
 *    writing may begin (Excel applies a request in order, so a name tells how far it got);
 * 2. the writes follow, in place, in as many requests as the 5 MB limit needs;
 * 3. one more request deletes the backups.
 *
 * If a request of 1–2 fails, the workbook is looked at again: with no backup marked, nothing was
 * written and the copies are deleted; otherwise each changed sheet is replaced by its backup (made
 * visible, renamed, put back at its position), sheets the writes added are deleted, and the
 * defined names are rewritten as they were. The error then says what happened; if the restore
 * fails too, the backups are made visible and named in the message. A failure of 3 only leaves a
 * hidden copy behind: it is tried once more, then reported in `leftovers`.
 */
export async function writeAtomically(
  context: XlContext,
  look: WorkbookLook,
  scope: WriteScope,
  queue: (writer: BatchWriter) => Promise<void>,
): Promise<AtomicResult> {
  const taken = new Set<string>();
  const backups: Backup[] = scope.changes.map((original, i) => ({
    original,
    copy: freeName(look, `RECTIFY_COPY_${i + 1}`, taken),
    backup: freeName(look, `RECTIFY_BACKUP_${i + 1}`, taken),
  }));
  const writer = new BatchWriter(context);
  try {
    const { worksheets } = context.workbook;
    for (const b of backups)
      await writer.add(b.copy.length + 200, () => {
        const copy = worksheets.getItem(b.original).copy('End');
        copy.name = b.copy;
        copy.visibility = 'Hidden';
      });
    for (const b of backups)
      await writer.add(b.backup.length + 100, () => {
        worksheets.getItem(b.copy).name = b.backup;
      });
    await queue(writer);
    await writer.flush();
  } catch (error) {
    if (error instanceof WriteFailedError) throw error;
    throw await recover(context, look, scope, backups, error);
  }
  if (backups.length === 0) return { syncs: writer.syncs, leftovers: [] };
  const leftovers = await removeBackups(context, backups);
  return { syncs: writer.syncs + (leftovers.attempts ?? 0), leftovers: leftovers.names };
}

async function removeBackups(
  context: XlContext,
  backups: readonly Backup[],
): Promise<{ names: string[]; attempts: number }> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      if (attempt === 2) {
        // The first try may have deleted some: look which remain.
        const remaining = backups.map((b) => {
          const s = context.workbook.worksheets.getItemOrNullObject(b.backup);
          s.load('name');
          return s;
        });
        await context.sync();
        for (const s of remaining) if (!s.isNullObject) s.delete();
        await context.sync();
        return { names: [], attempts: 3 };
      }
      for (const b of backups) context.workbook.worksheets.getItem(b.backup).delete();
      await context.sync();
      return { names: [], attempts: 1 };
    } catch {
      // Tried again once; a backup left behind is harmless and reported.
    }
  }
  return { names: backups.map((b) => b.backup), attempts: 3 };
}

async function recover(
  context: XlContext,
  look: WorkbookLook,
  scope: WriteScope,
  backups: readonly Backup[],
  failure: unknown,
): Promise<WriteFailedError> {
  const { worksheets, names } = context.workbook;
  let now: { sheets: string[]; names: { name: string; formula: string }[] };
  try {
    const sheets = worksheets.load('items/name');
    const named = names.load('items/name,items/formula');
    await context.sync();
    now = {
      sheets: sheets.items.map((s) => s.name),
      names: named.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    };
  } catch {
    return restoreFailed(context, backups, failure, backups);
  }
  const exists = (name: string) => now.sheets.some((s) => sameName(s, name));
  const marked = backups.filter((b) => exists(b.backup));
  const created = scope.creates.filter(exists);
  const namesChanged =
    JSON.stringify(ownershipOf(now.names)) !== JSON.stringify(ownershipOf(look.names));
  const begun = marked.length > 0 || created.length > 0 || namesChanged;
  try {
    if (!begun) {
      for (const b of backups) if (exists(b.copy)) worksheets.getItem(b.copy).delete();
      await context.sync();
      return new WriteFailedError({ kind: 'unchanged' }, failure);
    }
    for (const name of created) worksheets.getItem(name).delete();
    const before = (name: string) => look.sheets.find((s) => sameName(s.name, name));
    for (const b of marked) {
      const backup = worksheets.getItem(b.backup);
      backup.visibility = (before(b.original)?.visibility ?? 'Visible') as 'Visible';
      if (exists(b.original)) worksheets.getItem(b.original).delete();
      backup.name = b.original;
    }
    for (const b of [...marked].sort(
      (x, y) => (before(x.original)?.position ?? 0) - (before(y.original)?.position ?? 0),
    ))
      worksheets.getItem(b.original).position = before(b.original)?.position ?? 0;
    for (const b of marked)
      look.tables
        .filter((t) => sameName(t.sheet, b.original))
        .forEach((t, i) => {
          worksheets.getItem(b.original).tables.getItemAt(i).name = t.name;
        });
    // Defined names as they were: ownership, and any name pointing at a sheet put back (a deleted
    // sheet leaves #REF! in the names that referred to it).
    const restored = (formula: string) => {
      const sheet = sheetOfReference(formula);
      return sheet !== null && marked.some((b) => sameName(b.original, sheet));
    };
    const rewrite = look.names.filter((n) => isOwnershipName(n.name) || restored(n.formula));
    for (const n of now.names)
      if (isOwnershipName(n.name) || rewrite.some((r) => sameName(r.name, n.name)))
        names.getItemOrNullObject(n.name).delete();
    for (const n of rewrite) names.add(n.name, n.formula);
    for (const b of backups)
      if (exists(b.copy) && !marked.includes(b)) worksheets.getItem(b.copy).delete();
    await context.sync();
    return new WriteFailedError(
      { kind: 'restored', sheets: [...marked.map((b) => b.original), ...created] },
      failure,
    );
  } catch {
    const kept = backups.filter((b) => exists(b.backup) || exists(b.copy));
    return restoreFailed(context, kept, failure, backups);
  }
}

function ownershipOf(names: readonly { name: string; formula: string }[]) {
  return names
    .filter((n) => isOwnershipName(n.name))
    .map((n) => `${n.name.toUpperCase()}=${n.formula}`)
    .sort();
}

/** The restore failed: make the backups visible if Excel still answers, and name them. */
async function restoreFailed(
  context: XlContext,
  kept: readonly Backup[],
  failure: unknown,
  all: readonly Backup[],
): Promise<WriteFailedError> {
  const names = kept.length > 0 ? kept : all;
  let visible = false;
  try {
    const found = names.flatMap((b) =>
      [b.backup, b.copy].map((name) => {
        const s = context.workbook.worksheets.getItemOrNullObject(name);
        s.load('name');
        return { b, name, s };
      }),
    );
    await context.sync();
    for (const { s } of found) if (!s.isNullObject) s.visibility = 'Visible';
    await context.sync();
    visible = true;
    const shown: KeptBackup[] = found
      .filter((f) => !f.s.isNullObject)
      .map((f) => ({ original: f.b.original, backup: f.name }));
    return new WriteFailedError({ kind: 'restore-failed', backups: shown, visible }, failure);
  } catch {
    const shown = names.map((b) => ({ original: b.original, backup: b.backup }));
    return new WriteFailedError({ kind: 'restore-failed', backups: shown, visible }, failure);
  }
}
