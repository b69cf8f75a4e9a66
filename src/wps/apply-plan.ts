import { isOwnershipName, ownedSheets, ownershipNames } from '../core/ownership';
import {
  refusalError,
  resolvePlan,
  textConstant,
  type WorkbookPlan,
  type WorkbookState,
} from '../core/plan';
import { message, quoted } from '../core/i18n';
import { protectedSheetsOf } from '../core/shell/owned';
import { withAdopted } from '../core/workbook/adoption';
import { RectifyError } from '../office/errors';
import type { EtApplication, EtWorkbook, EtWorksheet } from './et-api';
import type { Pause } from './pause';
import { allSheets, definedNames, findSheet } from './sheets';

export { definedNames } from './sheets';
import { atomically } from './transaction';
import { clearMarks } from './write-marks';
import { writeSheet } from './write-sheet';

export interface AppliedSheet {
  readonly name: string;
  readonly rows: number;
  readonly action: 'create' | 'replace';
}

export interface ApplyResult {
  readonly sheets: readonly AppliedSheet[];
  readonly owned: readonly string[];
  readonly retired: readonly string[];
}

export function ownedSheetNames(book: EtWorkbook): string[] {
  return ownedSheets(definedNames(book));
}

/** What the core needs to decide about the sheets: names in order, their tables, the names. */
function workbookState(book: EtWorkbook): WorkbookState {
  return {
    sheets: allSheets(book).map((sheet) => {
      const tables: string[] = [];
      for (let i = 1; i <= sheet.ListObjects.Count; i++)
        tables.push(sheet.ListObjects.Item(i).Name);
      return { name: sheet.Name, tables };
    }),
    names: definedNames(book),
  };
}

/** A sheet WPS would refuse to write: said before anything changes. */
function refuseProtected(sheets: readonly EtWorksheet[]): void {
  const locked = sheets.filter((s) => Boolean(s.ProtectContents)).map((s) => s.Name);
  if (locked.length > 0)
    throw new RectifyError(message('shell.protected', { sheets: quoted(locked) }));
}

/** Empties an owned sheet for its rewrite: tables, marks, merges, links, cells, panes. */
function clearSheet(app: EtApplication, sheet: EtWorksheet): void {
  for (let i = sheet.ListObjects.Count; i >= 1; i--) sheet.ListObjects.Item(i).Delete();
  clearMarks(sheet);
  sheet.Cells.UnMerge();
  sheet.Hyperlinks.Delete();
  sheet.Cells.Clear();
  sheet.Activate();
  app.ActiveWindow.FreezePanes = false;
}

/**
 * Carries a plan out on the open workbook through the ET object model. The core decides (the
 * resolved plan: which sheets are replaced, created and deleted, the ownership names, the final
 * style of every range); this translates. A refusal, or a protected sheet the plan must change,
 * stops it before the first change. The sheet the user was on is active again at the end.
 */
export async function applyPlan(
  app: EtApplication,
  book: EtWorkbook,
  plan: WorkbookPlan,
  pause: Pause,
  options: {
    readonly retire?: (owned: readonly string[]) => readonly string[];
    /** More writes that belong to the same all-or-nothing change (a merge's overlays). */
    readonly finish?: () => void;
    /** Unmarked sheets a merge adopted (core/workbook/adoption.ts): counted as owned, marked again. */
    readonly adopted?: readonly string[];
  } = {},
): Promise<ApplyResult> {
  const state = withAdopted(workbookState(book), options.adopted ?? []);
  const retire = options.retire?.(ownedSheets(state.names)) ?? [];
  const resolution = resolvePlan(plan, state, retire);
  if (!resolution.ok) throw refusalError(resolution.refusal);
  const { sheets, decisions } = resolution.resolved;
  // Sheet protection (the unit workbooks of the monthly cycle) is written by the file shell only.
  const guarded = protectedSheetsOf(plan);
  if (guarded.length > 0)
    throw new RectifyError(message('shell.protectionUnsupported', { sheets: quoted(guarded) }));
  const touched = [...sheets.flatMap((s) => s.decision.current ?? []), ...decisions.remove];
  refuseProtected(touched.map((name) => findSheet(book, name)).filter((s) => s !== null));

  const userSheet = book.ActiveSheet?.Name ?? null;
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    return await atomically(app, book, touched, async () => {
      const targets: EtWorksheet[] = [];
      for (const { decision } of sheets) {
        const current = decision.current === null ? null : findSheet(book, decision.current);
        if (current) {
          clearSheet(app, current);
          if (current.Name !== decision.name) current.Name = decision.name;
          targets.push(current);
        } else {
          const last = book.Worksheets.Item(book.Worksheets.Count);
          const sheet = book.Worksheets.Add(null, last);
          sheet.Name = decision.name;
          targets.push(sheet);
        }
      }
      for (const [i, resolved] of sheets.entries())
        await writeSheet(app, targets[i] as EtWorksheet, resolved, pause);

      if (decisions.remove.length > 0) {
        // Deleting a sheet asks the user unless alerts are off; the core has decided already.
        const alerts = app.DisplayAlerts;
        app.DisplayAlerts = false;
        try {
          for (const name of decisions.remove) findSheet(book, name)?.Delete();
        } finally {
          app.DisplayAlerts = alerts;
        }
      }

      for (const n of definedNames(book))
        if (isOwnershipName(n.name)) book.Names.Item(n.name).Delete();
      for (const { name, reference } of ownershipNames(decisions.owned))
        book.Names.Add(name, reference);
      // Text constants the plan names (a ledger's identifier): replaced, others left alone.
      for (const { name, text } of plan.textNames ?? [])
        book.Names.Add(name, `=${textConstant(text)}`);
      options.finish?.();

      return {
        sheets: decisions.sheets.map((s) => ({ name: s.name, rows: s.rows, action: s.action })),
        owned: decisions.owned,
        retired: decisions.remove,
      };
    });
  } finally {
    if (userSheet !== null) findSheet(book, userSheet)?.Activate();
    app.ScreenUpdating = screen;
  }
}
