import { describe, expect, it } from 'vitest';
import type { PlanCell, SheetPlan } from '../../../src/core/plan/types';
import { MARK_COLOURS } from '../../../src/core/workbook/palette';
import { summaryPlanFromRows } from '../../../src/core/summary/summary-plan';
import { LEADER_TABLE_HEADER_ROW } from '../../../src/core/summary/leader-sheet';
import { ledgerRow } from './rows';

const base = { today: '2026-11-29', dueSoonDays: 30, listOrder: [] as string[], ledgerErrors: 0 };

/** A plan cell as the text a person would read, to compare whole rows at a glance. */
function shown(cell: PlanCell | undefined): string | number | null {
  if (cell === null || cell === undefined) return null;
  if ('text' in cell) return cell.text;
  if ('number' in cell) return cell.number;
  if ('date' in cell) return cell.date;
  if ('link' in cell) return cell.link.text;
  return JSON.stringify(cell);
}
const table = (sheet: SheetPlan | undefined) => sheet?.rows.map((r) => r.map(shown)) ?? [];

const rows = [
  ledgerRow({ row: 2, item: 1, measure: '1', leaders: ['张三', '李四'], status: '已完成' }),
  ledgerRow({
    row: 3,
    item: 1,
    measure: '2',
    leaders: ['张三'],
    deadline: '2026-12-10',
    progress: '进行中',
  }),
  ledgerRow({ row: 4, item: 2, measure: '1', leaders: ['李四', '张三'], deadline: '2026-01-01' }),
  ledgerRow({ row: 5, item: 2, measure: '2', leaders: ['张三'], deadline: '2027-03-31' }),
  ledgerRow({
    row: 6,
    item: 3,
    measure: '1',
    leaders: ['张三'],
    status: '持续推进',
    deadlineText: '长期坚持',
  }),
  ledgerRow({
    row: 7,
    item: 3,
    measure: '2',
    leaders: ['张三'],
    deadline: '2025-06-30',
    units: ['县委办', '县政府办'],
  }),
];

describe('summary plan', () => {
  const plan = summaryPlanFromRows({ ...base, rows });

  it('has the overview then one sheet per leader, in order of first appearance', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      '领导汇总',
      '汇总-张三',
      '汇总-李四',
      '单位汇总',
    ]);
  });

  it('puts the as-of date and error count above the overview table, and a total row', () => {
    const t = table(plan.sheets[0]);
    expect(t.slice(0, 6)).toEqual([
      ['领导汇总'],
      ['统计日期', '2026-11-29'],
      ['台账校验', '台账校验无错误'],
      [],
      [
        '督办县领导',
        '问题数',
        '措施数',
        '已完成',
        '推进中',
        '持续推进',
        '未启动',
        '状态有误',
        '逾期',
        '30天内到期',
      ],
      ['张三', 3, 6, 1, 4, 1, 0, 0, 2, 1],
    ]);
    expect(t[6]).toEqual(['李四', 2, 2, 1, 1, 0, 0, 0, 1, 0]);
    expect(t[7]).toEqual(['合计', 3, 6, 1, 4, 1, 0, 0, 2, 1]);
    const link = plan.sheets[0]?.rows[5]?.[0];
    expect(link).toEqual({ link: { text: '张三', target: "'汇总-张三'!A1" } });
  });

  it('states ledger errors plainly', () => {
    const withErrors = summaryPlanFromRows({ ...base, rows, ledgerErrors: 3 });
    for (const sheet of withErrors.sheets) {
      expect(shown(sheet.rows[2]?.[1])).toMatch(/^台账有 3 个错误/);
    }
  });

  it("lists a leader's measures by urgency, overdue rows red and due-soon rows amber", () => {
    const sheet = plan.sheets[1];
    const t = table(sheet);
    expect(t.slice(0, 5)).toEqual([
      [
        '督办县领导 张三 督办事项整改情况',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '返回领导汇总',
      ],
      ['填报单位：', null, null, null, '填报日期：', '2026-11-29'],
      ['台账校验', '台账校验无错误'],
      [
        '问题数',
        '措施数',
        '已完成',
        '推进中',
        '持续推进',
        '未启动',
        '状态有误',
        '逾期',
        '30天内到期',
      ],
      [3, 6, 1, 4, 1, 0, 0, 2, 1],
    ]);
    expect(t.slice(6)).toEqual([
      [
        '问题序号',
        '措施序号',
        '整改措施',
        '责任单位',
        '截止日期',
        '状态',
        '完成日期',
        '逾期天数',
        '整改进展',
      ],
      [3, '2', '措施 7', '县委办、县政府办', '2025-06-30', '推进中', null, 517, null],
      [2, '1', '措施 4', '县委办', '2026-01-01', '推进中', null, 332, null],
      [1, '2', '措施 3', '县委办', '2026-12-10', '推进中', null, null, '进行中'],
      [2, '2', '措施 5', '县委办', '2027-03-31', '推进中', null, null, null],
      [3, '1', '措施 6', '县委办', '长期坚持', '持续推进', null, null, null],
      [1, '1', '措施 2', '县委办', null, '已完成', null, null, null],
    ]);
    const colour = (range: string) => sheet?.styles.find((s) => s.range === range)?.style;
    expect(colour('A8:I9')).toMatchObject(MARK_COLOURS.overdue);
    expect(colour('A10:I10')).toMatchObject(MARK_COLOURS.dueSoon);
    expect(sheet?.freeze).toEqual({ rows: 7, columns: 0 });
    // 问题序号 and 措施序号 are aligned alike, so `15｜1` never reads as 151.
    expect(sheet?.columns[0]?.style?.horizontal).toBe('center');
    expect(sheet?.columns[1]?.style?.horizontal).toBe('center');
    expect(sheet?.textNumbers).toEqual(['B8:B13']);
  });

  it('shows the completion date and the latest line of 整改进展, with rows tall enough for it', () => {
    const long = '很长的措施'.repeat(60);
    const sheet = summaryPlanFromRows({
      ...base,
      rows: [
        ledgerRow({
          row: 2,
          measureText: long,
          status: '已完成',
          doneDate: '2026-10-01',
          progress: '2026-05-01 已开工\n2026-10-01 已完工验收',
        }),
      ],
    }).sheets[1];
    const row = sheet?.rows[LEADER_TABLE_HEADER_ROW + 1];
    expect(row?.[6]).toEqual({ date: '2026-10-01' });
    expect(row?.[8]).toEqual({ text: '2026-10-01 已完工验收' });
    // 300 CJK characters in a 56-wide column: about ten lines, not one.
    expect(sheet?.rowHeights?.[LEADER_TABLE_HEADER_ROW + 1]).toBeGreaterThan(10 * 14);
  });

  it('prints every summary sheet on A4 with a running header and page numbers', () => {
    const titled = summaryPlanFromRows({ ...base, rows, title: '某县整改清单' });
    for (const sheet of titled.sheets) {
      expect(sheet.print).toMatchObject({ paper: 'A4', fitToWidth: true });
      expect(sheet.print?.header).toBe(`&L某县整改清单&R${sheet.name}`);
      expect(sheet.print?.footer).toBe('&C第 &P 页 共 &N 页&R统计日期：2026-11-29');
    }
  });

  it('lists names 名录 does not have in a block of their own, with no sheet for them', () => {
    const typo = summaryPlanFromRows({
      ...base,
      rows: [...rows, ledgerRow({ row: 8, leaders: ['张叁'] })],
      knownLeaders: new Set(['张三', '李四']),
    });
    expect(typo.sheets.map((s) => s.name)).toEqual([
      '领导汇总',
      '汇总-张三',
      '汇总-李四',
      '单位汇总',
    ]);
    const t = table(typo.sheets[0]);
    const at = t.findIndex((r) => r[0] === '未识别的督办领导');
    expect(at).toBeGreaterThan(0);
    expect(t[at + 2]).toEqual(['台账中的姓名', '措施数', '台账行']);
    expect(t[at + 3]).toEqual(['张叁', 1, '第 8 行']);
    // The total still counts the measure once.
    expect(t.find((r) => r[0] === '合计')?.[2]).toBe(7);
  });

  it('never turns document text into a formula', () => {
    const hostile = summaryPlanFromRows({
      ...base,
      rows: [ledgerRow({ row: 2, measureText: '=HYPERLINK("http://x")', leaders: ['=1+1'] })],
    });
    const cells = hostile.sheets.flatMap((s) => s.rows.flat());
    expect(cells.some((c) => c !== null && 'formula' in c)).toBe(false);
    expect(hostile.sheets.map((s) => s.name)).toEqual(['领导汇总', '汇总-=1+1', '单位汇总']);
  });

  it('is the same plan on every run', () => {
    expect(summaryPlanFromRows({ ...base, rows })).toEqual(plan);
  });
});
