import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromParts } from '../../../src/core/dates';
import { summarizeLedger } from '../../../src/core/summary/counts';
import { isValidSheetName } from '../../../src/core/summary/sheet-names';
import { summaryPlanFromRows } from '../../../src/core/summary/summary-plan';
import { URGENCY_RANK } from '../../../src/core/summary/urgency';
import { ledgerRow } from './rows';

const leader = fc.oneof(
  fc.constantFrom('张三', '李四', 'Abc', 'aBC', 'a/b'),
  fc.string({ maxLength: 40 }),
);
const date = fc
  .record({
    y: fc.integer({ min: 2020, max: 2028 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => isoFromParts(y, m, d));
const rows = fc
  .array(
    fc.record({
      item: fc.option(fc.integer({ min: 1, max: 30 })),
      leaders: fc.array(leader, { maxLength: 4 }),
      status: fc.oneof(
        fc.constantFrom('未启动', '推进中', '持续推进', '已完成', '已销号'),
        fc.string({ maxLength: 5 }),
      ),
      deadline: fc.option(date),
    }),
    { maxLength: 60 },
  )
  .map((list) => list.map((r, i) => ledgerRow({ row: i + 2, ...r })));

describe('summaries of any ledger', () => {
  it('never throw, keep every count consistent and list each leader’s measures in order', () => {
    fc.assert(
      fc.property(rows, (ledger) => {
        const options = { today: '2026-11-29', dueSoonDays: 30 };
        const plan = summaryPlanFromRows({
          ...options,
          rows: ledger,
          listOrder: [],
          ledgerErrors: 0,
        });
        for (const sheet of plan.sheets) expect(isValidSheetName(sheet.name)).toBe(true);
        const summary = summarizeLedger(ledger, options);
        // 领导汇总, one sheet per leader, 单位汇总.
        expect(plan.sheets).toHaveLength(summary.leaders.length + 2);
        for (const { counts, rows: mine } of [
          ...summary.leaders,
          { counts: summary.total, rows: [] },
        ]) {
          const statuses = counts.done + counts.inProgress + counts.ongoing + counts.notStarted;
          expect(statuses).toBeLessThanOrEqual(counts.measures);
          expect(counts.overdue + counts.dueSoon).toBeLessThanOrEqual(
            counts.measures - counts.done,
          );
          expect(counts.items).toBeLessThanOrEqual(counts.measures);
          if (counts.leader !== '合计') expect(mine).toHaveLength(counts.measures);
          for (let i = 1; i < mine.length; i++) {
            const [a, b] = [mine[i - 1], mine[i]];
            expect(URGENCY_RANK[a!.urgency]).toBeLessThanOrEqual(URGENCY_RANK[b!.urgency]);
          }
        }
        expect(summary.total.measures).toBe(ledger.length);
      }),
      { numRuns: 200 },
    );
  });
});
