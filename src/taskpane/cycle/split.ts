import { CycleError } from '../../core/cycle';
import type { IsoDate } from '../../core/dates';
import type { CycleLedger } from '../../office/cycle-operations';
import { splitLedgerBytes, type UnitFileBytes } from '../../xlsx/cycle-bytes';

export type UnitWorkbook = UnitFileBytes;

/** A failure the pane shows as it is (the core's message, Chinese then English). */
export class CycleStepError extends Error {
  readonly userFacing = true;
}

/**
 * One workbook per responsible unit, as `rectify split` makes them, from the open workbook's
 * grids and names, written to bytes in the browser: nothing touches the open workbook.
 */
export async function unitWorkbooks(
  ledger: CycleLedger,
  today: IsoDate,
  now: Date,
): Promise<readonly UnitWorkbook[]> {
  try {
    const split = await splitLedgerBytes(
      { snapshot: ledger.snapshot, names: ledger.names },
      { today, now },
    );
    return split.files;
  } catch (error) {
    if (error instanceof CycleError) throw new CycleStepError(error.message);
    throw error;
  }
}
