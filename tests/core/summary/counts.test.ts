import { describe, expect, it } from 'vitest';
import { summarizeLedger } from '../../../src/core/summary/counts';
import { statusVocabulary } from '../../../src/core/status';
import type { LeaderCounts } from '../../../src/core/summary/types';
import { LEADER_TABLE_HEADER_ROW } from '../../../src/core/summary/leader-sheet';
import { summaryPlanFromRows } from '../../../src/core/summary/summary-plan';
import { ledgerRow } from './rows';

const options = { today: '2026-11-29', dueSoonDays: 30 };

const leaderCounts = (rows: Parameters<typeof summarizeLedger>[0]) =>
  summarizeLedger(rows, options).leaders.map((l) => l.counts);
const leaderOrder = (rows: Parameters<typeof summarizeLedger>[0], listOrder: string[] = []) =>
  summarizeLedger(rows, options, listOrder).leaders.map((l) => l.counts.leader);

/** The status columns of a row of 领导汇总 add up to its measures. */
function addsUp(c: LeaderCounts): boolean {
  return c.done + c.inProgress + c.ongoing + c.notStarted + c.invalidStatus === c.measures;
}

describe('summarizeLedger', () => {
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
    expect(leaderCounts(rows)).toEqual([
      {
        leader: '张三',
        items: 2,
        measures: 3,
        done: 2,
        inProgress: 1,
        ongoing: 0,
        notStarted: 0,
        invalidStatus: 0,
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
        invalidStatus: 0,
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
        invalidStatus: 0,
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
    // A status outside the list counts as a measure (and as overdue) and in 状态有误.
    expect(s.leaders[0]?.counts).toEqual({
      leader: '张三',
      items: 1,
      measures: 2,
      done: 1,
      inProgress: 0,
      ongoing: 0,
      notStarted: 0,
      invalidStatus: 1,
      overdue: 1,
      dueSoon: 0,
    });
    // An empty status is not a status either.
    expect(s.total).toEqual({
      leader: '合计',
      items: 1,
      measures: 3,
      done: 1,
      inProgress: 0,
      ongoing: 0,
      notStarted: 0,
      invalidStatus: 2,
      overdue: 1,
      dueSoon: 1,
    });
    expect(s.unassigned).toBe(1);
    expect([...s.leaders.map((l) => l.counts), s.total].every(addsUp)).toBe(true);
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

  it('counts a status added to 名录 in the category beside it', () => {
    const statuses = statusVocabulary([
      { status: '推进中', category: null },
      { status: '已完成', category: null },
      { status: '暂缓', category: 'notStarted' },
      { status: '已验收', category: 'done' },
      // Listed without a category: it could be counted nowhere, so it is not a valid status.
      { status: '待定', category: null },
    ]);
    const rows = [
      ledgerRow({ row: 2, status: '暂缓', deadline: '2026-01-01' }),
      ledgerRow({ row: 3, status: '已验收', deadline: '2026-01-01' }),
      ledgerRow({ row: 4, status: '待定' }),
      ledgerRow({ row: 5, status: '推进中' }),
    ];
    const s = summarizeLedger(rows, { ...options, statuses });
    expect(s.total).toMatchObject({
      measures: 4,
      done: 1,
      inProgress: 1,
      ongoing: 0,
      notStarted: 1,
      invalidStatus: 1,
      // 已验收 is done: not overdue although its deadline passed.
      overdue: 1,
    });
    expect(addsUp(s.total)).toBe(true);
  });

  it('gives a name 名录 does not list no sheet, and lists its rows instead', () => {
    const rows = [
      ledgerRow({ row: 2, leaders: ['彭健'] }),
      ledgerRow({ row: 3, leaders: ['张三'] }),
      ledgerRow({ row: 4, leaders: ['彭健', '张三'], status: '完成' }),
    ];
    const s = summarizeLedger(rows, { ...options, knownLeaders: new Set(['彭健']) });
    expect(s.leaders.map((l) => l.counts.leader)).toEqual(['彭健']);
    expect(s.leaders[0]?.counts).toMatchObject({ measures: 2, inProgress: 1, invalidStatus: 1 });
    expect(s.unrecognized).toEqual([{ name: '张三', rows: [3, 4] }]);
    // Every measure is still in the total once.
    expect(s.total.measures).toBe(3);
    expect(s.unassigned).toBe(0);
  });
});
