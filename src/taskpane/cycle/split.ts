import { buildSplit, CycleError, ledgerIdentity } from '../../core/cycle';
import type { IsoDate } from '../../core/dates';
import type { CycleLedger } from '../../office/cycle-operations';
import { newWorkbookBytes } from './workbook-bytes';

export interface UnitWorkbook {
  readonly unit: string;
  readonly fileName: string;
  /** The unit's 台账 rows. */
  readonly rows: number;
  readonly bytes: Uint8Array;
}

/** A failure the pane shows as it is (the core's message, Chinese then English). */
export class CycleStepError extends Error {
  readonly userFacing = true;
}

/**
 * One workbook per responsible unit, as `rectify split` makes them (the core's buildSplit),
 * written to bytes in the browser: nothing touches the open workbook.
 */
export async function unitWorkbooks(
  ledger: CycleLedger,
  today: IsoDate,
  now: Date,
): Promise<UnitWorkbook[]> {
  const identity = ledgerIdentity(ledger.names, ledger.snapshot);
  if (identity === null)
    throw new CycleStepError(
      '台账没有标识，也没有可识别的“清单”表，无法分发 (the ledger has no identifier and no 清单 sheet)',
    );
  let files;
  try {
    files = buildSplit({
      snapshot: ledger.snapshot,
      masterId: identity.id,
      listId: identity.listId,
      today,
    });
  } catch (error) {
    if (error instanceof CycleError) throw new CycleStepError(error.message);
    throw error;
  }
  const out: UnitWorkbook[] = [];
  for (const f of files) {
    out.push({
      unit: f.unit,
      fileName: f.fileName,
      rows: f.rows,
      bytes: await newWorkbookBytes(f.plan, now),
    });
  }
  return out;
}
