import type { IsoDate } from '../core/dates';
import { SHEETS } from '../core/ledger/model';
import type { RectificationList } from '../core/list/schema';
import { ownedSheets } from '../core/ownership';
import type { WorkbookPlan } from '../core/plan/types';
import { readLedger } from '../core/ledger/read';
import {
  SummaryError,
  buildSummaryPlan,
  overdueOverview,
  staleSummarySheets,
} from '../core/summary';
import type { OverdueOverview } from '../core/summary/types';
import { validationSheetPlan } from '../core/validate/sheet-plan';
import { validateWorkbook } from '../core/validate/validate';
import type { ValidationReport } from '../core/validate/types';
import { buildLedgerWorkbookPlan, ledgerMarks } from '../core/workbook/plan';
import { parseBox } from './a1';
import { applyPlan } from './apply-plan';
import { RectifyError } from './errors';
import type { XlContext, XlRun } from './excel-api';
import { type OfficeLike, hostStatus } from './host';
import { rebuildRisks } from './import-guard';
import { mergeLedgerInWorkbook, mergeOutcome } from './merge-ledger';
import type { ImportOutcome, RectifyOperations, SheetWritten, WorkbookState } from './operations';
import { definedNames } from './ownership-names';
import { BatchWriter } from './payload';
import { readGrids, snapshotOf } from './read-grid';
import { readSettings, writeSettings } from './settings';
import { queueMarks } from './write-marks';

export interface OfficeHost {
  /** `Excel.run` in the add-in; the double's `run` in tests. */
  readonly run: XlRun;
  readonly office: OfficeLike;
  /** When an import happened, as shown on 说明 (the shell may use the clock; the core may not). */
  readonly now?: () => string;
}

/** The sheets the validator and the summaries read. */
const LEDGER_SHEETS = [SHEETS.ledger, SHEETS.items, SHEETS.milestones, SHEETS.lists];

interface WorkbookLook {
  readonly sheetNames: string[];
  readonly owned: string[];
}

async function look(context: XlContext): Promise<WorkbookLook> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  await context.sync();
  return {
    sheetNames: sheets.items.map((s) => s.name),
    owned: ownedSheets(definedNames(names.items)),
  };
}

function localTimestamp(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function written(plan: WorkbookPlan, result: { sheets: readonly SheetWritten[] }): SheetWritten[] {
  return plan.sheets.map((s) => ({
    name: s.name,
    rows: result.sheets.find((w) => w.name === s.name)?.rows ?? 0,
  }));
}

/** The operations the ribbon and the task pane share, carried out on the open workbook. */
export function createOfficeOperations(host: OfficeHost): RectifyOperations {
  const { run, office } = host;

  /** Every operation starts here: an Excel older than ExcelApi 1.8 gets a clear message. */
  function requireExcel(): void {
    const status = hostStatus(office);
    if (status.kind === 'excel-too-old') throw new RectifyError(status.message);
    if (status.kind === 'no-host')
      throw new RectifyError('请在 Excel 中打开整改台账助手 (open 整改台账助手 inside Excel)');
  }

  function requireOwnedLedger(look: WorkbookLook): void {
    const ledger = look.sheetNames.find((n) => n.toLowerCase() === SHEETS.ledger.toLowerCase());
    if (ledger === undefined)
      throw new RectifyError(
        `工作簿中没有“${SHEETS.ledger}”工作表，请先导入清单 (the workbook has no ${SHEETS.ledger} sheet; import the list first)`,
      );
    if (!look.owned.some((o) => o.toLowerCase() === ledger.toLowerCase()))
      throw new RectifyError(
        `“${ledger}”工作表不是整改台账助手生成的，不会被修改 (sheet ${ledger} was not made by 整改台账助手 and is left alone)`,
      );
  }

  return {
    async inspectWorkbook(): Promise<WorkbookState> {
      requireExcel();
      return run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(SHEETS.ledger);
        const used = sheet.getUsedRangeOrNullObject(true);
        sheet.load('name');
        used.load('address');
        await context.sync();
        if (sheet.isNullObject) return { hasLedger: false, ledgerRows: 0 };
        return {
          hasLedger: true,
          ledgerRows: used.isNullObject ? 0 : parseBox(used.address).bottom,
        };
      });
    },

    async importList(
      list: RectificationList,
      options: { readonly today: IsoDate },
    ): Promise<ImportOutcome> {
      requireExcel();
      const planOptions = {
        today: options.today,
        sourceName: list.title || '整改清单',
        generatedAt: (host.now ?? localTimestamp)(),
      };
      const plan = buildLedgerWorkbookPlan(list, planOptions);
      const diagnostics = (plan.diagnostics ?? []).map(
        (d) => `${d.sheet}${d.cell ? `!${d.cell}` : ''}：${d.message} (${d.messageEn})`,
      );
      return run(async (context) => {
        const before = await look(context);
        // A ledger this add-in made is re-imported by merging: the document's columns follow the
        // new list, everything the user typed stays on its row (issue 9).
        if (before.owned.some((o) => o.toLowerCase() === SHEETS.ledger.toLowerCase())) {
          const outcome = mergeOutcome(await mergeLedgerInWorkbook(context, list, planOptions));
          return { ...outcome, changes: [...outcome.changes, ...diagnostics] };
        }
        const replacing = plan.sheets
          .map((s) => s.name)
          .filter((n) => before.owned.some((o) => o.toLowerCase() === n.toLowerCase()));
        const changes: string[] = [];
        if (replacing.length > 0) {
          const grids = await readGrids(context, replacing);
          const risks = rebuildRisks((s) => grids.get(s) ?? null, plan);
          if (risks.length > 0) {
            const shown = risks
              .slice(0, 3)
              .map((r) => `${r.sheet}!${r.cell}“${r.value}”`)
              .join('、');
            throw new RectifyError(
              `台账中已有用户填写的内容（共 ${risks.length} 处，例如 ${shown}），重新生成会覆盖这些内容，因此未做任何修改。` +
                ` (The ledger holds ${risks.length} entries typed by users, e.g. ${shown}; rebuilding would overwrite them, so nothing was changed.)`,
            );
          }
          changes.push(
            `已按清单重新生成 ${replacing.join('、')}；其中没有用户填写的内容被覆盖 (rebuilt ${replacing.join(', ')}; no user entries were overwritten)`,
          );
        }
        changes.push(...diagnostics);
        const result = await applyPlan(context, plan);
        return { sheets: written(plan, result), changes };
      });
    },

    async validateLedger(options): Promise<ValidationReport> {
      requireExcel();
      return run(async (context) => {
        const { sheetNames } = await look(context);
        const grids = await readGrids(context, LEDGER_SHEETS);
        const report = validateWorkbook(snapshotOf(sheetNames, grids), {
          today: options.today,
          staleDays: options.staleDays,
        });
        if (options.writeSheet) await applyPlan(context, validationSheetPlan(report));
        return report;
      });
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      requireExcel();
      await run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name');
        await context.sync();
        if (ws.isNullObject)
          throw new RectifyError(`找不到工作表“${sheet}” (no sheet named ${sheet})`);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },

    async overdueOverview(options): Promise<OverdueOverview> {
      requireExcel();
      return run(async (context) => {
        const grids = await readGrids(context, [SHEETS.ledger]);
        const grid = grids.get(SHEETS.ledger);
        if (grid === undefined)
          throw new RectifyError(
            `工作簿中没有“${SHEETS.ledger}”工作表，请先导入清单 (the workbook has no ${SHEETS.ledger} sheet; import the list first)`,
          );
        return overdueOverview(readLedger(grid).rows, {
          today: options.today,
          dueSoonDays: options.dueSoonDays,
        });
      });
    },

    async buildSummaries(options): Promise<readonly SheetWritten[]> {
      requireExcel();
      const { dueSoonDays } = readSettings(office);
      return run(async (context) => {
        const { sheetNames } = await look(context);
        const grids = await readGrids(context, LEDGER_SHEETS);
        let plan: WorkbookPlan;
        try {
          plan = buildSummaryPlan(snapshotOf(sheetNames, grids), {
            today: options.today,
            dueSoonDays,
          });
        } catch (error) {
          // The core's own plain message, shown as it is.
          if (error instanceof SummaryError) throw new RectifyError(error.message);
          throw error;
        }
        const result = await applyPlan(context, plan, {
          retire: (owned) => staleSummarySheets(owned, plan),
        });
        return written(plan, result);
      });
    },

    async refreshMarks(): Promise<void> {
      requireExcel();
      await run(async (context) => {
        const before = await look(context);
        requireOwnedLedger(before);
        const hasMilestones = before.owned.some(
          (o) => o.toLowerCase() === SHEETS.milestones.toLowerCase(),
        );
        const ledger = context.workbook.worksheets.getItem(SHEETS.ledger);
        const ledgerUsed = ledger.getUsedRangeOrNullObject(true).load('address');
        const milestones = context.workbook.worksheets.getItemOrNullObject(SHEETS.milestones);
        const milestonesUsed = milestones.getUsedRangeOrNullObject(true).load('address');
        await context.sync();
        const bodyRows = (used: typeof ledgerUsed) =>
          used.isNullObject ? 0 : parseBox(used.address).bottom;
        const marks = ledgerMarks({
          ledgerRows: bodyRows(ledgerUsed),
          milestoneRows: hasMilestones ? bodyRows(milestonesUsed) : 0,
        });
        const writer = new BatchWriter(context);
        const targets = [{ sheet: ledger, marks: marks.ledger }];
        if (hasMilestones) targets.push({ sheet: milestones, marks: marks.milestones });
        for (const { sheet, marks: m } of targets) {
          await writer.add(200, () => {
            const all = sheet.getRange();
            all.conditionalFormats.clearAll();
            all.dataValidation.clear();
          });
          await queueMarks(sheet, m, writer);
        }
        await writer.flush();
      });
    },

    async loadSettings() {
      requireExcel();
      return readSettings(office);
    },

    async saveSettings(settings) {
      requireExcel();
      await writeSettings(office, settings);
    },
  };
}
