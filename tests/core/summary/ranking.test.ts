/**
 * `rankRows` against the definition, checked independently of its comparator: the result is the
 * rows once each; urgency falls in order overdue, due soon, later, ongoing, done; deadlines rise
 * within the dated groups; ties keep sheet order; days overdue agree with the engine's calendar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromParts } from '../../../src/core/dates';
import type { LedgerRow } from '../../../src/core/ledger/row';
import { rankRows, type RankedRow } from '../../../src/core/summary/urgency';
import { ledgerRow } from './rows';

const options = { today: '2026-11-29', dueSoonDays: 30 };
const HORIZON = '2026-12-29';
const utcDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The urgency a person would give the row, by the definition in the 领导汇总 notes. */
function expectedUrgency(row: LedgerRow): string {
  if (['已完成', '已销号'].includes(row.status.trim())) return 'done';
  if (row.deadline === null) return 'ongoing';
  if (row.deadline < options.today) return 'overdue';
  return row.deadline <= HORIZON ? 'dueSoon' : 'later';
}
const ORDER = ['overdue', 'dueSoon', 'later', 'ongoing', 'done'];

function checkRanking(rows: readonly LedgerRow[], ranked: readonly RankedRow[]): void {
  expect(new Set(ranked.map((r) => r.row))).toEqual(new Set(rows));
  expect(ranked).toHaveLength(rows.length);
  for (const r of ranked) {
    expect(r.urgency).toBe(expectedUrgency(r.row));
    const days = r.urgency === 'overdue' ? utcDays(options.today) - utcDays(r.row.deadline!) : 0;
    expect(r.daysOverdue).toBe(days);
  }
  for (let i = 1; i < ranked.length; i++) {
    const a = ranked[i - 1]!;
    const b = ranked[i]!;
    const byRank = ORDER.indexOf(a.urgency) - ORDER.indexOf(b.urgency);
    expect(byRank).toBeLessThanOrEqual(0);
    if (byRank < 0) continue;
    const dated = ['overdue', 'dueSoon', 'later'].includes(a.urgency);
    if (dated && a.row.deadline !== b.row.deadline) {
      expect(a.row.deadline! < b.row.deadline!).toBe(true);
    } else {
      expect(a.row.row).toBeLessThanOrEqual(b.row.row);
    }
  }
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
  it('ranks rows by the definition, deadlines near today', () => {
    fc.assert(
      fc.property(ledger(dateIn(2024, 2029)), (list) => {
        const rows = sheetRows(list);
        checkRanking(rows, rankRows(rows, options));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks rows by the definition, deadlines over centuries', () => {
    fc.assert(
      fc.property(ledger(dateIn(1900, 9999)), (list) => {
        const rows = sheetRows(list);
        checkRanking(rows, rankRows(rows, options));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks rows given in any order by the definition', () => {
    fc.assert(
      fc.property(ledger(dateIn(2024, 2029)), fc.infiniteStream(fc.nat()), (list, shuffle) => {
        const rows = sheetRows(list)
          .map((row) => ({ row, key: shuffle.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map((r) => r.row);
        checkRanking(rows, rankRows(rows, options));
      }),
      { numRuns: 300 },
    );
  });
});
