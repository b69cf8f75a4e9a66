import type { IsoDate } from '../../core/dates';
import type { CycleLedger } from '../../office/cycle-operations';
import { splitLedgerBytes, type UnitFileBytes } from '../../xlsx/cycle-bytes';

export type UnitWorkbook = UnitFileBytes;

/**
 * One workbook per responsible unit, as `rectify split` makes them, from the open workbook's
 * grids and names, written to bytes in the browser: nothing touches the open workbook. A core
 * refusal is a CycleError, which the pane says in its language (FailureMessage).
 */
export async function unitWorkbooks(
  ledger: CycleLedger,
  today: IsoDate,
  now: Date,
): Promise<readonly UnitWorkbook[]> {
  const split = await splitLedgerBytes(
    { snapshot: ledger.snapshot, names: ledger.names },
    { today, now },
  );
  return split.files;
}
