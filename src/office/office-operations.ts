import { languageOfTag, message, t } from '../core/i18n';
import type { IsoDate } from '../core/dates';
import { SHEETS } from '../core/ledger/model';
import type { RectificationList } from '../core/list/schema';
import type { WorkbookPlan } from '../core/plan/types';
import { readLedger } from '../core/ledger/read';
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
import { writtenSheets } from '../core/shell/written';
import type { OverdueOverview } from '../core/summary/types';
import { validationSheetPlan } from '../core/validate/sheet-plan';
import { validateWorkbook } from '../core/validate/validate';
import type { ValidationReport } from '../core/validate/types';
import { buildLedgerWorkbookPlan } from '../core/workbook/plan';
import { marksOfSheets, type SheetTop } from '../core/workbook/marks';
import { HEADER_PROBE, ledgerRowsBelowHeader } from '../core/workbook/ledger-layout';
import type { SettingsReading } from '../core/settings';
import {
  type ApplyOptions,
  applied,
  queuePlan,
  resolveOn,
  scopeOf,
  workbookState,
} from './apply-plan';
import { RectifyError } from './errors';
import type { XlContext, XlRun } from './excel-api';
import { HOST_TOO_OLD, type OfficeLike, hostStatus } from './office-global';
import { rebuildRisks } from '../core/rebuild-risks';
import { MERGED_SHEETS, mergeLedgerInWorkbook, mergeOutcome, readRichSheets } from './merge-ledger';
import type {
  ImportOutcome,
  RectifyOperations,
  SheetWritten,
  WorkbookState,
} from '../operations/contract';
import { readGrids, snapshotOf } from './read-grid';
import { usedBox } from './read-used';
import { runBatch } from './run-batch';
import { queueSettingsRead, readSettings, writeSettings } from './settings';
import { writeAtomically } from './transaction';
import { type WorkbookLook, isOwned, queueLook, sameName } from './workbook-look';
import { queueMarks } from './write-marks';

export interface OfficeHost {
  /** `Excel.run` in the add-in; the double's `run` in tests. */
  readonly run: XlRun;
  readonly office: OfficeLike;
  /** When an import happens, as shown on 说明: the face's clock (src/clock.ts), asked once. */
  readonly now: () => string;
}

/** The sheets the validator and the summaries read. */
const LEDGER_SHEETS = [SHEETS.ledger, SHEETS.items, SHEETS.milestones, SHEETS.lists];

/** The summaries also read 说明, whose cells hold the workbook's 临期提醒天数. */
const SUMMARY_SHEETS = [...LEDGER_SHEETS, SHEETS.readme];

/** Reads sheets as grids with the look at the workbook in the same first request. */
async function lookAndRead(context: XlContext, sheets: readonly string[]) {
  let look: (() => WorkbookLook) | undefined;
  const grids = await readGrids(context, sheets, () => {
    look = queueLook(context);
  });
  return { look: look!(), grids };
}

/** Carries a plan out atomically over what the look saw; the shell's one way of writing a plan. */
async function writePlan(
  context: XlContext,
  look: WorkbookLook,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
) {
  const resolved = resolveOn(look, plan, options);
  const { syncs } = await writeAtomically(context, look, scopeOf(resolved), (writer) =>
    queuePlan(context, look, resolved, writer, options.office),
  );
  return applied(resolved, syncs);
}

/** The language Office shows its UI in, for the messages the shell words. */
const languageOf = (office: OfficeLike) => languageOfTag(office.context.displayLanguage);

/** The operations the ribbon and the task pane share, carried out on the open workbook. */
export function createOfficeOperations(host: OfficeHost): RectifyOperations {
  const { office } = host;
  const reading = <T>(batch: (context: XlContext) => Promise<T>) =>
    runBatch(host.run, office, false, batch);
  const writing = <T>(batch: (context: XlContext) => Promise<T>) =>
    runBatch(host.run, office, true, batch);

  /** Every operation starts here: an Excel older than ExcelApi 1.8 gets a clear message. */
  function requireExcel(): void {
    const status = hostStatus(office);
    if (status.kind === 'excel-too-old') throw new RectifyError(HOST_TOO_OLD);
    if (status.kind === 'no-host') throw new RectifyError(message('office.cycle.notInExcel'));
  }

  function requireOwnedLedger(look: WorkbookLook): void {
    const ledger = look.sheets.find((s) => sameName(s.name, SHEETS.ledger))?.name;
    if (ledger === undefined)
      throw new RectifyError(message('shell.noLedger', { sheet: SHEETS.ledger }));
    if (!isOwned(look, ledger))
      throw new RectifyError(message('shell.notOwned', { sheet: ledger }));
  }

  return {
    async inspectWorkbook(): Promise<WorkbookState> {
      requireExcel();
      return reading(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(SHEETS.ledger);
        const used = sheet.getUsedRangeOrNullObject(true);
        // The first rows, to find the header (a new 台账 has its title and 填报 line above it).
        // Null objects all the way down: no 台账 costs nothing.
        const top = used.getIntersectionOrNullObject(HEADER_PROBE.range).load('address,values');
        sheet.load('name');
        used.load('address');
        await context.sync();
        if (sheet.isNullObject) return { hasLedger: false, ledgerRows: 0 };
        const ledger = sheetTop(used, top);
        return {
          hasLedger: true,
          ledgerRows: ledger.bottom < 0 ? 0 : ledgerRowsBelowHeader(ledger.top, ledger.bottom),
          reimportLimits: t(languageOf(office), 'office.reimportLimits'),
        };
      });
    },

    async importList(
      list: RectificationList,
      options: { readonly today: IsoDate },
    ): Promise<ImportOutcome> {
      requireExcel();
      const lang = languageOf(office);
      const baseOptions = {
        today: options.today,
        sourceName: sourceNameOf(list),
        generatedAt: host.now(),
      };
      return writing(async (context) => {
        // One request looks at the workbook and reads every sheet either path needs.
        let seen: (() => WorkbookLook) | undefined;
        let settings: (() => SettingsReading) | undefined;
        const rich = await readRichSheets(context, MERGED_SHEETS, () => {
          seen = queueLook(context);
          settings = queueSettingsRead(context);
        });
        const before = seen!();
        // A re-import keeps the numbers the user set in 说明 (defaults in a new workbook).
        const planOptions = { ...baseOptions, settings: settings!().settings };
        const plan = buildLedgerWorkbookPlan(list, planOptions);
        const diagnostics = diagnosticLines(plan, lang);
        // A ledger this add-in made is re-imported by merging: the document's columns follow the
        // new list, everything the user typed stays on its row (issue 9). So is one another
        // program rebuilt without our marks, when its header shows it is ours (adopted).
        const sheetNames = before.sheets.map((s) => s.name);
        const toRecognise = adoptionSheetsToRead(sheetNames, before.owned);
        const recognised =
          toRecognise.length > 0 ? await readGrids(context, toRecognise) : new Map();
        const route = importRoute({
          sheets: sheetNames,
          names: workbookState(before).names,
          grid: (sheet) => recognised.get(sheet) ?? null,
        });
        if (route.kind === 'merge') {
          const merged = await mergeLedgerInWorkbook(
            context,
            list,
            { ...planOptions, office, adopted: route.adopted },
            {
              look: before,
              sheets: rich,
            },
          );
          const outcome = mergeOutcome(merged, lang);
          return {
            ...outcome,
            changes: [...adoptionLines(route, lang), ...outcome.changes, ...diagnostics],
          };
        }
        const replacing = sheetsToRebuild(plan, before.owned);
        const grids = replacing.length > 0 ? await readGrids(context, replacing) : new Map();
        const rebuild = rebuildDecision(
          replacing,
          rebuildRisks((s) => grids.get(s) ?? null, plan),
          lang,
        );
        if (!rebuild.ok) throw new RectifyError(rebuild.refusal);
        const result = await writePlan(context, before, plan, { office });
        return {
          sheets: writtenSheets(plan, result.sheets),
          changes: [...rebuild.changes, ...diagnostics],
        };
      });
    },

    async validateLedger(options): Promise<ValidationReport> {
      requireExcel();
      const batch = async (context: XlContext) => {
        const { look, grids } = await lookAndRead(context, LEDGER_SHEETS);
        const sheetNames = look.sheets.map((s) => s.name);
        const report = validateWorkbook(snapshotOf(sheetNames, grids), {
          today: options.today,
          staleDays: options.staleDays,
        });
        if (options.writeSheet)
          await writePlan(context, look, validationSheetPlan(report), { office });
        return report;
      };
      return options.writeSheet ? writing(batch) : reading(batch);
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      requireExcel();
      await reading(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name');
        await context.sync();
        if (ws.isNullObject) throw new RectifyError(message('shell.noSheet', { sheet }));
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },

    async overdueOverview(options): Promise<OverdueOverview> {
      requireExcel();
      return reading(async (context) => {
        const grids = await readGrids(context, [SHEETS.ledger]);
        const grid = grids.get(SHEETS.ledger);
        if (grid === undefined)
          throw new RectifyError(message('shell.noLedger', { sheet: SHEETS.ledger }));
        return overdueOverview(readLedger(grid).rows, {
          today: options.today,
          dueSoonDays: options.dueSoonDays,
        });
      });
    },

    async buildSummaries(options): Promise<readonly SheetWritten[]> {
      requireExcel();
      return writing(async (context) => {
        const { look, grids } = await lookAndRead(context, SUMMARY_SHEETS);
        const sheetNames = look.sheets.map((s) => s.name);
        let summaries: Summaries;
        try {
          // No dueSoonDays given: the core reads the workbook's own from 说明.
          summaries = buildSummaries(snapshotOf(sheetNames, grids), { today: options.today });
        } catch (error) {
          // The core's own plain message, shown as it is.
          if (error instanceof SummaryError) throw new RectifyError(error.said);
          throw error;
        }
        const { plan } = summaries;
        const result = await writePlan(context, look, plan, {
          retire: (owned) => staleSummarySheets(owned, plan),
          office,
        });
        return writtenSheets(plan, result.sheets, summaries.sheets);
      });
    },

    async refreshMarks(): Promise<void> {
      requireExcel();
      await writing(async (context) => {
        const { worksheets } = context.workbook;
        const seen = queueLook(context);
        // Each sheet's first rows, to find its header (a ledger made earlier has it in row 1).
        const probe = (name: string) => {
          const used = worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
          used.load('address');
          const top = used.getIntersectionOrNullObject(HEADER_PROBE.range).load('address,values');
          return () => sheetTop(used, top);
        };
        const ledgerTop = probe(SHEETS.ledger);
        const milestonesTop = probe(SHEETS.milestones);
        await context.sync();
        const before = seen();
        requireOwnedLedger(before);
        const hasMilestones = isOwned(before, SHEETS.milestones);
        const marks = marksOfSheets(ledgerTop(), hasMilestones ? milestonesTop() : null);
        const targets: { name: string; marks: typeof marks.ledger }[] = [
          { name: SHEETS.ledger, marks: marks.ledger },
        ];
        if (hasMilestones) targets.push({ name: SHEETS.milestones, marks: marks.milestones });
        const scope = { changes: targets.map((t) => t.name), creates: [] };
        await writeAtomically(context, before, scope, async (writer) => {
          for (const { name, marks: m } of targets) {
            const sheet = worksheets.getItem(name);
            await writer.add(200, () => {
              const all = sheet.getRange();
              all.conditionalFormats.clearAll();
              all.dataValidation.clear();
            });
            await queueMarks(sheet, m, writer);
          }
        });
      });
    },

    async loadSettings() {
      requireExcel();
      return reading((context) => readSettings(context));
    },

    async saveSettings(settings) {
      requireExcel();
      await writing((context) => writeSettings(context, office, settings));
    },
  };
}

/** A sheet's first rows (from A1) and last used row, as loaded (used range and its top block). */
function sheetTop(
  used: { isNullObject: boolean; address: string },
  top: { isNullObject: boolean; address: string; values: unknown[][] },
): SheetTop {
  if (used.isNullObject) return { top: [], bottom: -1 };
  const above = top.isNullObject ? 0 : usedBox(top.address).top;
  return {
    top: top.isNullObject ? [] : [...Array<unknown[]>(above).fill([]), ...top.values],
    bottom: usedBox(used.address).bottom,
  };
}
