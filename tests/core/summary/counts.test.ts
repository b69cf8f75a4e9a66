import { describe, expect, it } from 'vitest';
import { leaderCounts, leaderOrder, summarizeLedger } from '../../../src/core/summary/counts';
import { LEADER_TABLE_HEADER_ROW } from '../../../src/core/summary/leader-sheet';
import { summaryPlanFromRows } from '../../../src/core/summary/summary-plan';
import { ledgerRow } from './rows';

const options = { today: '2026-11-29', dueSoonDays: 30 };

describe('leaderCounts', () => {
  it('counts every measure for every leader it names, items once per leader', () => {
    const rows = [
      ledgerRow({ row: 2, item: 1, leaders: ['张三', '李四'], status: '已完成' }),
      ledgerRow({ row: 3, item: 1, leaders: ['张三'], status: '已销号' }),
      ledgerRow({ row: 4, item: 2, leaders: ['李四', '张三'], deadline: '2026-01-01' }),
      ledgerRow({ row: 5, item: 2, leaders: ['李四'], status: '未启动', deadline: '2026-12-01' }),
      ledgerRow({ row: 6, item: 3, leaders: ['王五'], status: '持续推进' }),
      // Named twice in one cell: counted once.
      ledgerRow({ row: 7, item: 3, leaders: ['王五', '王五'], status: '推进中' }),
    ];
    expect(leaderCounts(rows, options)).toEqual([
      {
        leader: '张三',
        items: 2,
        measures: 3,
        done: 2,
        inProgress: 1,
        ongoing: 0,
        notStarted: 0,
        overdue: 1,
        dueSoon: 0,
      },
      {
        leader: '李四',
        items: 2,
        measures: 3,
        done: 1,
        inProgress: 1,
        ongoing: 0,
        notStarted: 1,
        overdue: 1,
        dueSoon: 1,
      },
      {
        leader: '王五',
        items: 1,
        measures: 2,
        done: 0,
        inProgress: 1,
        ongoing: 1,
        notStarted: 0,
        overdue: 0,
        dueSoon: 0,
      },
    ]);
  });

  it('still counts rows with errors where it can, and totals each measure once', () => {
    const rows = [
      ledgerRow({
        row: 2,
        item: null,
        leaders: ['张三'],
        status: '完成了',
        deadline: '2026-01-01',
      }),
      ledgerRow({ row: 3, item: 4, leaders: [], status: '', deadline: '2026-12-01' }),
      ledgerRow({ row: 4, item: 4, leaders: ['张三', '李四'], status: '已完成' }),
    ];
    const s = summarizeLedger(rows, options);
    // A status outside the list counts as a measure (and as overdue) but in no status column.
    expect(s.leaders[0]?.counts).toMatchObject({
      leader: '张三',
      items: 1,
      measures: 2,
      done: 1,
      inProgress: 0,
      overdue: 1,
    });
    expect(s.total).toEqual({
      leader: '合计',
      items: 1,
      measures: 3,
      done: 1,
      inProgress: 0,
      ongoing: 0,
      notStarted: 0,
      overdue: 1,
      dueSoon: 1,
    });
    expect(s.unassigned).toBe(1);
  });

  it('counts items once per leader whatever their numbers and order, and shows each number', () => {
    // Small, huge and fractional item numbers, not in order, interleaved between leaders.
    const items = [3, 900_000_000, 3, 2.5, 70_000, 900_000_000, 2.5, 1, 70_000, 3];
    const rows = items.map((item, i) =>
      ledgerRow({ row: i + 2, item, leaders: i % 2 === 0 ? ['张三'] : ['张三', '李四'] }),
    );
    const s = summarizeLedger(rows, options);
    expect(s.leaders.map((l) => [l.counts.leader, l.counts.items])).toEqual([
      ['张三', 5],
      ['李四', 4],
    ]);
    expect(s.total.items).toBe(5);
    const plan = summaryPlanFromRows({ ...options, rows, listOrder: [], ledgerErrors: 0 });
    const shown = plan.sheets[1]?.rows.slice(LEADER_TABLE_HEADER_ROW + 1).map((r) => r[0]);
    expect(shown).toEqual(items.map((number) => ({ number })));
  });

  it('orders leaders as the list first names them, then leaders found only in the ledger', () => {
    const rows = [
      ledgerRow({ row: 2, leaders: ['李四', '张三'] }),
      ledgerRow({ row: 3, leaders: ['赵六'] }),
      ledgerRow({ row: 4, leaders: ['王五', '张三'] }),
    ];
    expect(leaderOrder(rows)).toEqual(['李四', '张三', '赵六', '王五']);
    // 钱七 is in the list but no longer in the ledger: left out.
    expect(leaderOrder(rows, ['张三', '钱七', '王五'])).toEqual(['张三', '王五', '李四', '赵六']);
  });

  it('gives each leader their measures in urgency order', () => {
    const rows = [
      ledgerRow({ row: 2, leaders: ['张三'], status: '已完成' }),
      ledgerRow({ row: 3, leaders: ['张三', '李四'], deadline: '2026-12-01' }),
      ledgerRow({ row: 4, leaders: ['张三'], deadline: '2026-01-01' }),
    ];
    const s = summarizeLedger(rows, options);
    expect(s.leaders.map((l) => l.rows.map((r) => r.row.row))).toEqual([[4, 3, 2], [3]]);
  });
});
