import { isOwnershipName, ownedSheets, ownershipNames, planReplacement } from '../core/ownership';
import type { DefinedName } from '../core/ownership';
import type { WorkbookPlan } from '../core/plan/types';
import { RectifyError, SheetConflictError, TableConflictError } from '../office/errors';
import type { EtApplication, EtWorkbook, EtWorksheet } from './et-api';
import type { Pause } from './pause';
import { allSheets, findSheet } from './sheets';
import { clearMarks } from './write-marks';
import { writeSheet } from './write-sheet';

export interface AppliedSheet {
  readonly name: string;
  readonly rows: number;
  readonly action: 'created' | 'replaced';
}

export interface ApplyResult {
  readonly sheets: readonly AppliedSheet[];
  readonly owned: readonly string[];
  readonly retired: readonly string[];
}

const lower = (s: string) => s.toLowerCase();

/** The workbook's defined names as the core reads them. */
export function definedNames(book: EtWorkbook): DefinedName[] {
  const out: DefinedName[] = [];
  const count = book.Names.Count;
  for (let i = 1; i <= count; i++) {
    const n = book.Names.Item(i);
    out.push({ name: String(n.Name), reference: String(n.RefersTo) });
  }
  return out;
}

export function ownedSheetNames(book: EtWorkbook): string[] {
  return ownedSheets(definedNames(book));
}

/** A sheet WPS would refuse to write: say so before anything changes. */
function refuseProtected(sheets: readonly EtWorksheet[]): void {
  const locked = sheets.filter((s) => Boolean(s.ProtectContents)).map((s) => s.Name);
  if (locked.length > 0)
    throw new RectifyError(
      `工作表“${locked.join('”、“')}”受保护，未做任何修改；请先撤销工作表保护 (sheet ${locked.join(', ')} is protected; nothing was changed — unprotect it first)`,
    );
}

/**
 * Carries a plan out on the open workbook through the ET object model, as the Office shell does
 * through Office.js: owned sheets are cleared and rewritten in place, new ones added at the end,
 * sheets the plan makes obsolete deleted, ownership names rewritten. Everything that can stop it
 * (a user's sheet or table holding a wanted name, a protected sheet) is checked before the first
 * change. The sheet the user was on is active again at the end.
 */
export async function applyPlan(
  app: EtApplication,
  book: EtWorkbook,
  plan: WorkbookPlan,
  pause: Pause,
  options: { readonly retire?: (owned: readonly string[]) => readonly string[] } = {},
): Promise<ApplyResult> {
  const sheets = allSheets(book);
  const existing = sheets.map((s) => s.Name);
  const ownedBefore = ownedSheetNames(book);
  const decision = planReplacement(
    existing,
    ownedBefore,
    plan.sheets.map((s) => s.name),
  );
  if (decision.conflicts.length > 0) throw new SheetConflictError(decision.conflicts);
  const replaced = new Set(decision.replace.map(lower));
  for (const sheetPlan of plan.sheets) {
    const wanted = sheetPlan.table?.name;
    if (wanted === undefined) continue;
    for (const sheet of sheets) {
      if (replaced.has(lower(sheet.Name))) continue;
      for (let i = 1; i <= sheet.ListObjects.Count; i++) {
        const name = sheet.ListObjects.Item(i).Name;
        if (lower(name) === lower(wanted)) throw new TableConflictError(name, sheet.Name);
      }
    }
  }
  const wantedNames = new Set(plan.sheets.map((s) => lower(s.name)));
  const ownedLower = new Set(ownedBefore.map(lower));
  const retired = (options.retire?.(ownedBefore) ?? []).filter(
    (name) => ownedLower.has(lower(name)) && !wantedNames.has(lower(name)),
  );
  refuseProtected(
    sheets.filter(
      (s) => replaced.has(lower(s.Name)) || retired.some((r) => lower(r) === lower(s.Name)),
    ),
  );

  const userSheet = book.ActiveSheet?.Name ?? null;
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    const targets = new Map<string, EtWorksheet>();
    for (const sheetPlan of plan.sheets) {
      const current = findSheet(book, sheetPlan.name);
      if (current) {
        for (let i = current.ListObjects.Count; i >= 1; i--) current.ListObjects.Item(i).Delete();
        clearMarks(current);
        current.Cells.UnMerge();
        current.Hyperlinks.Delete();
        current.Cells.Clear();
        current.Activate();
        app.ActiveWindow.FreezePanes = false;
        targets.set(sheetPlan.name, current);
      } else {
        const last = book.Worksheets.Item(book.Worksheets.Count);
        const sheet = book.Worksheets.Add(null, last);
        sheet.Name = sheetPlan.name;
        targets.set(sheetPlan.name, sheet);
      }
    }
    for (const sheetPlan of plan.sheets) {
      const sheet = targets.get(sheetPlan.name);
      if (sheet) await writeSheet(app, sheet, sheetPlan, pause);
    }

    if (retired.length > 0) {
      // Deleting a sheet asks the user unless alerts are off; the plan has already decided.
      const alerts = app.DisplayAlerts;
      app.DisplayAlerts = false;
      try {
        for (const name of retired) findSheet(book, name)?.Delete();
      } finally {
        app.DisplayAlerts = alerts;
      }
    }

    const gone = new Set(retired.map(lower));
    const order = allSheets(book).map((s) => s.Name);
    const owned = order.filter(
      (name) =>
        wantedNames.has(lower(name)) || (ownedLower.has(lower(name)) && !gone.has(lower(name))),
    );
    for (const n of definedNames(book))
      if (isOwnershipName(n.name)) book.Names.Item(n.name).Delete();
    for (const { name, reference } of ownershipNames(owned)) book.Names.Add(name, reference);

    return {
      sheets: plan.sheets.map((s) => ({
        name: s.name,
        rows: s.table ? s.rows.length - 1 : s.rows.length,
        action: replaced.has(lower(s.name)) ? 'replaced' : 'created',
      })),
      owned,
      retired,
    };
  } finally {
    if (userSheet !== null) findSheet(book, userSheet)?.Activate();
    app.ScreenUpdating = screen;
  }
}
