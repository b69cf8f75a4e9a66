/**
 * `rankRows` sorts by counting (deadlines over a few thousand days), by one numeric key (deadlines
 * spread over centuries) or with a comparator (rows not in sheet order). All three must give what
 * the plain definition gives: `compareRanked` over every row, with days overdue from `daysBetween`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromParts } from '../../../src/core/dates';
import type { LedgerRow } from '../../../src/core/ledger/row';
import {
  compareRanked,
  daysOverdue,
  rankRows,
  urgencyOf,
  urgencyWindow,
} from '../../../src/core/summary/urgency';
import { ledgerRow } from './rows';

const options = { today: '2026-11-29', dueSoonDays: 30 };

function reference(rows: readonly LedgerRow[]) {
  const window = urgencyWindow(options);
  return rows
    .map((row) => {
      const urgency = urgencyOf(row, window);
      return { row, urgency, daysOverdue: daysOverdue(row, urgency, options.today), order: 0 };
    })
    .sort(compareRanked)
    .map((r, order) => ({ ...r, order }));
}

const dateIn = (minYear: number, maxYear: number) =>
  fc
    .record({
      y: fc.integer({ min: minYear, max: maxYear }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => isoFromParts(y, m, d));

const ledger = (deadline: fc.Arbitrary<string>) =>
  fc.array(
    fc.record({
      status: fc.constantFrom(
        '未启动',
        '推进中',
        '持续推进',
        '已完成',
        '已销号',
        ' 已完成 ',
        '完成了',
      ),
      deadline: fc.option(deadline),
      // Sheet rows may repeat (two readings of one sheet) or come in any order.
      step: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 80 },
  );

function sheetRows(list: { status: string; deadline: string | null; step: number }[]) {
  let row = 1;
  return list.map(({ status, deadline, step }) =>
    ledgerRow({ row: (row += step), status, deadline }),
  );
}

describe('rankRows', () => {
  it('orders rows in sheet order as the comparator does, deadlines near today', () => {
    fc.assert(
      fc.property(ledger(dateIn(2024, 2029)), (list) => {
        const rows = sheetRows(list);
        expect(rankRows(rows, options)).toEqual(reference(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('orders rows in sheet order as the comparator does, deadlines over centuries', () => {
    fc.assert(
      fc.property(ledger(dateIn(1900, 9999)), (list) => {
        const rows = sheetRows(list);
        expect(rankRows(rows, options)).toEqual(reference(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('orders rows in any order as the comparator does', () => {
    fc.assert(
      fc.property(ledger(dateIn(2024, 2029)), fc.infiniteStream(fc.nat()), (list, shuffle) => {
        const rows = sheetRows(list)
          .map((row) => ({ row, key: shuffle.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map((r) => r.row);
        // The comparator breaks ties by sheet row only; equal rows keep their input order.
        const byRow = (r: { row: LedgerRow }[]) => r.map((x) => [x.row.row, x.row.deadline]);
        expect(byRow(rankRows(rows, options))).toEqual(byRow(reference(rows)));
      }),
      { numRuns: 300 },
    );
  });
});
