import { cellAddress } from '../core/grid';
import type { IsoDate } from '../core/dates';
import {
  type CollectOutcome,
  type ReturnedWorkbook,
  COLLECT_LOG_SHEET,
  CycleError,
  collectLogSheet,
  collectReturns,
  ledgerIdNames,
  ledgerIdentity,
  masterTable,
} from '../core/cycle';
import { SHEETS } from '../core/ledger/model';
import type { WorkbookPlan } from '../core/plan/types';
import { queuePlan, resolveOn, scopeOf } from './apply-plan';
import { message } from '../core/i18n';
import { typedValue } from '../core/shell/typed-value';
import { RectifyError } from './errors';
import type { XlContext } from './excel-api';
import { writeAtomically } from './transaction';
import { type WorkbookLook, sameName } from './workbook-look';
import type { CycleLedger } from './cycle-operations';

/** What a collect will write: the core's outcome and the owned sheets (回收记录) it brings. */
export interface CollectPlanned {
  readonly outcome: CollectOutcome;
  readonly plan: WorkbookPlan;
}

export interface CollectWritten {
  readonly outcome: CollectOutcome;
  /** Cells written into 台账 (taken changes and the cells of added rows). */
  readonly cells: number;
  /** Rows now on 回收记录 below its header. */
  readonly logRows: number;
}

/**
 * The core's decision for these returned files on this ledger: which master it is (its
 * RECTIFY_LEDGER_ID, or its 清单 for a ledger imported without one), what is taken, refused or
 * in conflict, and the 回收记录 sheet with this collect's rows appended. The preview and the
 * write both come from here, so they cannot disagree.
 */
export function collectPlanned(
  ledger: CycleLedger,
  returned: readonly ReturnedWorkbook[],
  today: IsoDate,
): CollectPlanned {
  try {
    masterTable(ledger.snapshot);
  } catch (error) {
    if (error instanceof CycleError) throw new RectifyError(error.said);
    throw error;
  }
  const identity = ledgerIdentity(ledger.names, ledger.snapshot);
  if (identity === null)
    throw new RectifyError(message('office.cycle.noIdentity', { sheet: SHEETS.items }));
  const outcome = collectReturns({
    master: ledger.snapshot,
    masterId: identity.id,
    masterIdSource: identity.source,
    returned,
    today,
  });
  const log = collectLogSheet(ledger.snapshot.grid(COLLECT_LOG_SHEET), outcome.entries, today);
  const textNames = outcome.restoreLedgerId === null ? [] : ledgerIdNames(outcome.restoreLedgerId);
  return { outcome, plan: { sheets: [log], textNames } };
}

/**
 * Writes a collect in one atomic write (src/office/transaction.ts): the cells into 台账 (which
 * gets a hidden backup like every sheet the write changes) and 回收记录 as the core planned it.
 * Text goes in as text, never as a formula (typedValue); a cell the unit cleared is cleared.
 */
export async function writeCollect(
  context: XlContext,
  look: WorkbookLook,
  planned: CollectPlanned,
): Promise<CollectWritten> {
  const { outcome, plan } = planned;
  if (outcome.verdict === 'nothing')
    throw new RectifyError(message('office.cycle.nothingCollected'));
  const ledgerName = look.sheets.find((s) => sameName(s.name, SHEETS.ledger))?.name;
  if (ledgerName === undefined)
    throw new RectifyError(message('office.cycle.noLedger', { sheet: SHEETS.ledger }));
  const resolved = resolveOn(look, plan);
  const scope = scopeOf(resolved);
  const added = new Set(outcome.addedRows);
  const sheet = context.workbook.worksheets.getItem(ledgerName);
  await writeAtomically(
    context,
    look,
    { changes: [ledgerName, ...scope.changes], creates: scope.creates },
    async (writer) => {
      for (const w of outcome.writes) {
        const value = w.value === null ? '' : typedValue(w.value);
        const range = sheet.getRange(cellAddress(w.row, w.column));
        await writer.add(JSON.stringify(value).length + 40, () => {
          range.values = [[value]];
          // A date in a row the unit added gets a date format; existing cells keep theirs.
          if (w.value !== null && 'date' in w.value && added.has(w.row))
            range.numberFormat = [['yyyy-mm-dd']];
        });
      }
      await queuePlan(context, look, resolved, writer);
      for (const n of plan.textNames ?? []) {
        await writer.add(n.text.length + 80, () => {
          context.workbook.names.getItemOrNullObject(n.name).delete();
          context.workbook.names.add(n.name, `="${n.text.replace(/"/g, '""')}"`);
        });
      }
    },
  );
  const log = plan.sheets[0];
  return {
    outcome,
    cells: outcome.writes.length,
    logRows: log === undefined ? 0 : log.rows.length - 1,
  };
}
