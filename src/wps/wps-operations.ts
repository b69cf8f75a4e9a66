import type { IsoDate } from '../core/dates';
import { type Lang, message, quoted, t } from '../core/i18n';
import { readLedger } from '../core/ledger/read';
import { SHEETS } from '../core/ledger/model';
import type { RectificationList } from '../core/list/schema';
import {
  SummaryError,
  buildSummaries,
  overdueOverview,
  staleSummarySheets,
  type Summaries,
} from '../core/summary';
import {
  diagnosticLines,
  rebuildDecision,
  sheetsToRebuild,
  sourceNameOf,
} from '../core/shell/import';
import { adoptionLines, adoptionSheetsToRead, importRoute } from '../core/shell/import-route';
import { ownsSheet } from '../core/shell/owned';
import { writtenSheets } from '../core/shell/written';
import { validationSheetPlan } from '../core/validate/sheet-plan';
import { validateWorkbook } from '../core/validate/validate';
import { marksOfSheets, type SheetTop } from '../core/workbook/marks';
import { HEADER_PROBE, ledgerRowsBelowHeader } from '../core/workbook/ledger-layout';
import { buildLedgerWorkbookPlan } from '../core/workbook/plan';
import { RectifyError } from '../office/errors';
import { rebuildRisks } from '../core/rebuild-risks';
import type { ImportOutcome, RectifyOperations } from '../operations/contract';
import { snapshotOf } from '../office/read-grid';
import { reportLines } from '../core/merge';
import { applyPlan, ownedSheetNames } from './apply-plan';
import type { EtApplication, EtWorkbook, EtWorksheet } from './et-api';
import { mergeLedgerInWorkbook } from './merge-ledger';
import { nextTask, type Pause } from './pause';
import { readGrids } from './read-grid';
import { readSettings, writeSettings } from './settings';
import { activeBook, allSheets, definedNames, findSheet, usedExtent, valueRows } from './sheets';
import { clearMarks, writeMarks } from './write-marks';

export interface WpsHost {
  /** `wps.EtApplication()` in WPS表格; the ET double's application in tests. */
  readonly application: () => EtApplication;
  /** When an import happens, as shown on 说明: the face's clock (src/clock.ts), asked once. */
  readonly now: () => string;
  /** Awaited between chunks of synchronous ET work (a timer by default). */
  readonly pause?: Pause;
  /** The language of messages the shell words itself (WPS表格 is a Chinese program: zh by default). */
  readonly lang?: Lang;
}

const LEDGER_SHEETS = [SHEETS.ledger, SHEETS.items, SHEETS.milestones, SHEETS.lists];

/** The summaries also read 说明, whose cells hold the workbook's 临期提醒天数. */
const SUMMARY_SHEETS = [...LEDGER_SHEETS, SHEETS.readme];

/**
 * The operations the ribbon and the task pane share, carried out in WPS表格 through the ET object
 * model. Every decision is the core's, as in the Office shell (src/office/office-operations.ts);
 * only the calls differ.
 */
export function createWpsOperations(host: WpsHost): RectifyOperations {
  const pause = host.pause ?? nextTask;
  const lang = host.lang ?? 'zh';
  const noLedger = () => new RectifyError(message('shell.noLedger', { sheet: SHEETS.ledger }));
  const context = () => {
    const app = host.application();
    return { app, book: activeBook(app.ActiveWorkbook) };
  };
  const sheetNames = (book: EtWorkbook) => allSheets(book).map((s) => s.Name);

  function requireOwnedLedger(book: EtWorkbook) {
    const ledger = findSheet(book, SHEETS.ledger);
    if (!ledger) throw noLedger();
    if (!ownsSheet(ownedSheetNames(book), ledger.Name))
      throw new RectifyError(message('shell.notOwned', { sheet: ledger.Name }));
    return ledger;
  }

  return {
    async inspectWorkbook() {
      const { book } = context();
      const sheet = findSheet(book, SHEETS.ledger);
      if (!sheet) return { hasLedger: false, ledgerRows: 0 };
      return {
        hasLedger: true,
        // Rows below the header: a new 台账 has its title and 填报 line above it.
        ledgerRows: ledgerRowsOf(sheetTop(sheet)),
        reimportLimits: t(lang, 'wps.reimportLimits'),
      };
    },

    async importList(
      list: RectificationList,
      options: { readonly today: IsoDate },
    ): Promise<ImportOutcome> {
      const { app, book } = context();
      const planOptions = {
        today: options.today,
        sourceName: sourceNameOf(list),
        generatedAt: host.now(),
        // A re-import keeps the numbers the user set in 说明 (defaults in a new workbook).
        settings: (await readSettings(book, pause)).settings,
      };
      const plan = buildLedgerWorkbookPlan(list, planOptions);
      const diagnostics = diagnosticLines(plan, lang);
      const owned = ownedSheetNames(book);
      // Merged into a ledger that is ours: marked, or rebuilt by another program (adopted).
      const names = sheetNames(book);
      const toRecognise = adoptionSheetsToRead(names, owned);
      const recognised =
        toRecognise.length > 0 ? await readGrids(book, toRecognise, pause) : new Map();
      const route = importRoute({
        sheets: names,
        names: definedNames(book),
        grid: (sheet) => recognised.get(sheet) ?? null,
      });
      if (route.kind === 'merge') {
        const result = await mergeLedgerInWorkbook(
          app,
          book,
          list,
          { ...planOptions, adopted: route.adopted },
          pause,
        );
        return {
          sheets: writtenSheets(result.merge.plan, result.applied.sheets),
          changes: [
            ...adoptionLines(route, lang),
            ...reportLines(result.merge.report, lang),
            ...diagnostics,
          ],
        };
      }
      const replacing = sheetsToRebuild(plan, owned);
      const grids = replacing.length > 0 ? await readGrids(book, replacing, pause) : new Map();
      const rebuild = rebuildDecision(
        replacing,
        rebuildRisks((s) => grids.get(s) ?? null, plan),
        lang,
      );
      if (!rebuild.ok) throw new RectifyError(rebuild.refusal);
      const result = await applyPlan(app, book, plan, pause);
      return {
        sheets: writtenSheets(plan, result.sheets),
        changes: [...rebuild.changes, ...diagnostics],
      };
    },

    async validateLedger(options) {
      const { app, book } = context();
      const grids = await readGrids(book, LEDGER_SHEETS, pause);
      const report = validateWorkbook(snapshotOf(sheetNames(book), grids), {
        today: options.today,
        staleDays: options.staleDays,
      });
      if (options.writeSheet) await applyPlan(app, book, validationSheetPlan(report), pause);
      return report;
    },

    async selectCell(sheet: string, cell: string) {
      const { book } = context();
      const ws = findSheet(book, sheet);
      if (!ws) throw new RectifyError(message('shell.noSheet', { sheet }));
      ws.Activate();
      ws.Range(cell).Select();
    },

    async overdueOverview(options) {
      const { book } = context();
      const grid = (await readGrids(book, [SHEETS.ledger], pause)).get(
        findSheet(book, SHEETS.ledger)?.Name ?? '',
      );
      if (grid === undefined) throw noLedger();
      return overdueOverview(readLedger(grid).rows, {
        today: options.today,
        dueSoonDays: options.dueSoonDays,
      });
    },

    async buildSummaries(options) {
      const { app, book } = context();
      const grids = await readGrids(book, SUMMARY_SHEETS, pause);
      let summaries: Summaries;
      try {
        // No dueSoonDays given: the core reads the workbook's own from 说明.
        summaries = buildSummaries(snapshotOf(sheetNames(book), grids), { today: options.today });
      } catch (error) {
        if (error instanceof SummaryError) throw new RectifyError(error.said);
        throw error;
      }
      const { plan } = summaries;
      const result = await applyPlan(app, book, plan, pause, {
        retire: (owned) => staleSummarySheets(owned, plan),
      });
      return writtenSheets(plan, result.sheets, summaries.sheets);
    },

    async refreshMarks() {
      const { book } = context();
      const ledger = requireOwnedLedger(book);
      const owned = ownedSheetNames(book);
      const milestones = ownsSheet(owned, SHEETS.milestones)
        ? findSheet(book, SHEETS.milestones)
        : null;
      // Each sheet's header found in its first rows (a ledger made earlier has it in row 1).
      const marks = marksOfSheets(sheetTop(ledger), milestones ? sheetTop(milestones) : null);
      const targets = [{ sheet: ledger, marks: marks.ledger }];
      if (milestones) targets.push({ sheet: milestones, marks: marks.milestones });
      for (const target of targets)
        if (target.sheet.ProtectContents)
          throw new RectifyError(
            message('shell.protected', { sheets: quoted([target.sheet.Name]) }),
          );
      for (const { sheet, marks: m } of targets) {
        clearMarks(sheet);
        writeMarks(sheet, m);
      }
    },

    async loadSettings() {
      const { settings, found } = await readSettings(context().book, pause);
      return { ...settings, found };
    },

    async saveSettings(settings) {
      const { app, book } = context();
      await writeSettings(app, book, settings, pause, lang);
    },
  };
}

/** A sheet's first rows (HEADER_PROBE, from A1) and last used row. */
function sheetTop(sheet: EtWorksheet): SheetTop {
  const extent = usedExtent(sheet);
  if (extent === null) return { top: [], bottom: -1 };
  const top = valueRows(sheet.Range(HEADER_PROBE.range).Value2, HEADER_PROBE.rows, 26);
  return { top, bottom: extent.bottom };
}

function ledgerRowsOf(sheet: SheetTop): number {
  return sheet.bottom < 0 ? 0 : ledgerRowsBelowHeader(sheet.top, sheet.bottom);
}
