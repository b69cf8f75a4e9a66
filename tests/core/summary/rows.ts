import type { IsoDate } from '../../../src/core/dates';
import type { LedgerRow } from '../../../src/core/ledger/row';

/** A ledger row as readLedger would give it, with only the fields a test cares about spelled out. */
export function ledgerRow(
  fields: Partial<Omit<LedgerRow, 'leaders' | 'deadline'>> & {
    row: number;
    leaders?: readonly string[];
    deadline?: IsoDate | null;
  },
): LedgerRow {
  return {
    item: 1,
    measure: String(fields.row),
    measureText: `措施 ${fields.row}`,
    units: ['县委办'],
    leaders: ['张三'],
    deadlineText: '',
    deadline: null,
    status: '推进中',
    doneDate: null,
    progress: '',
    evidence: '',
    updated: null,
    note: '',
    sheetRow: [],
    at: {},
    ...fields,
  };
}
