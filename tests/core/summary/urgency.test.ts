import { describe, expect, it } from 'vitest';
import { rankRows, urgencyOf, urgencyWindow } from '../../../src/core/summary/urgency';
import { overdueOverview } from '../../../src/core/summary/overview';
import { ledgerRow } from './rows';

const today = '2026-11-29';
const options = { today, dueSoonDays: 30 };

describe('urgency', () => {
  it('draws the due-soon window from today to today+30, both included', () => {
    const w = urgencyWindow(options);
    const at = (deadline: string, status = '推进中') =>
      urgencyOf(ledgerRow({ row: 2, deadline, status }), w);
    expect(at('2026-11-28')).toBe('overdue');
    expect(at('2026-11-29')).toBe('dueSoon');
    expect(at('2026-12-29')).toBe('dueSoon');
    expect(at('2026-12-30')).toBe('later');
    expect(at('2020-01-01', '已完成')).toBe('done');
    expect(at('2020-01-01', '已销号')).toBe('done');
    expect(at('2020-01-01', '未启动')).toBe('overdue');
    // A status outside the list is not done: an unreadable status never hides an overdue row.
    expect(at('2020-01-01', '完成了')).toBe('overdue');
    expect(urgencyOf(ledgerRow({ row: 2, deadline: null }), w)).toBe('ongoing');
  });

  it('orders overdue (most days first), due soon, later by deadline, ongoing, then done', () => {
    const rows = [
      ledgerRow({ row: 2, deadline: '2027-06-30' }), // later
      ledgerRow({ row: 3, deadline: null, status: '持续推进' }), // ongoing
      ledgerRow({ row: 4, deadline: '2026-01-01', status: '已完成' }), // done
      ledgerRow({ row: 5, deadline: '2026-11-01' }), // overdue 28
      ledgerRow({ row: 6, deadline: '2026-12-10' }), // due soon
      ledgerRow({ row: 7, deadline: '2022-06-30', status: '未启动' }), // overdue, most
      ledgerRow({ row: 8, deadline: '2027-01-31' }), // later, earlier than row 2
      ledgerRow({ row: 9, deadline: '2026-11-30' }), // due soon, first
      ledgerRow({ row: 10, deadline: null, status: '已销号' }), // done
      ledgerRow({ row: 11, deadline: '2026-11-01' }), // overdue 28, tie → sheet order
      ledgerRow({ row: 12, deadline: null }), // ongoing
    ];
    const ranked = rankRows(rows, options);
    expect(ranked.map((r) => r.row.row)).toEqual([7, 5, 11, 9, 6, 8, 2, 3, 12, 4, 10]);
    expect(ranked.map((r) => r.daysOverdue).slice(0, 4)).toEqual([1613, 28, 28, 0]);
    // Sorting does not depend on the input order.
    expect(rankRows([...rows].reverse(), options).map((r) => r.row.row)).toEqual(
      ranked.map((r) => r.row.row),
    );
  });
});

describe('overdueOverview', () => {
  it('counts overdue and due-soon measures and lists the overdue ones, most overdue first', () => {
    const rows = [
      ledgerRow({ row: 2, deadline: '2026-11-01', leaders: ['张三', '李四'] }),
      ledgerRow({ row: 3, deadline: '2025-11-29', item: null }),
      ledgerRow({ row: 4, deadline: '2026-12-01' }),
      ledgerRow({ row: 5, deadline: '2020-01-01', status: '已完成' }),
      ledgerRow({ row: 6, deadline: '2026-12-29' }),
    ];
    const o = overdueOverview(rows, options);
    expect(o).toMatchObject({ today, overdue: 2, dueSoon: 2 });
    expect(o.mostOverdue).toEqual([
      {
        row: 3,
        item: null,
        measure: '3',
        measureText: '措施 3',
        deadline: '2025-11-29',
        daysOverdue: 365,
        leaders: ['张三'],
      },
      {
        row: 2,
        item: 1,
        measure: '2',
        measureText: '措施 2',
        deadline: '2026-11-01',
        daysOverdue: 28,
        leaders: ['张三', '李四'],
      },
    ]);
    expect(overdueOverview(rows, { today, dueSoonDays: 1 }).dueSoon).toBe(0);
  });
});
