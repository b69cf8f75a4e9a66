import { describe, expect, it } from 'vitest';
import type { Grid, GridCell, WorkbookSnapshot } from '../../../src/core/grid';
import { LEDGER_COLUMNS } from '../../../src/core/ledger/model';
import {
  buildSummaries,
  buildSummaryPlan,
  staleSummarySheets,
  SummaryError,
} from '../../../src/core/summary';
import { listLeaderOrder } from '../../../src/core/summary/list-order';

const options = { today: '2026-11-29', dueSoonDays: 30 };

function snapshot(sheets: Record<string, GridCell[][]>): WorkbookSnapshot {
  return {
    sheetNames: Object.keys(sheets),
    grid: (name): Grid | null => {
      const rows = sheets[name];
      return rows === undefined ? null : { sheet: name, rows };
    },
  };
}

/** A 台账 row by header, everything else empty. */
function ledgerRow(values: Partial<Record<(typeof LEDGER_COLUMNS)[number], GridCell>>): GridCell[] {
  return LEDGER_COLUMNS.map((c) => values[c] ?? null);
}

const items: GridCell[][] = [
  ['序号', '问题', '整改目标', '牵头单位', '配合单位', '督办县领导'],
  [1, '问题一', '', '县委办', '', '李四、张三'],
  [2, '问题二', '', '县委办', '', '王五'],
];

describe('buildSummaryPlan', () => {
  it('reads the 台账 grid as it is: text dates, reordered leaders, blank rows, bad values', () => {
    const ledger: GridCell[][] = [
      [...LEDGER_COLUMNS],
      ledgerRow({
        问题序号: 1,
        措施序号: '1',
        整改措施: 'a',
        责任单位: '县委办',
        督办县领导: '张三、李四',
        截止日期: '2026/6/30',
        状态: '推进中',
      }),
      [],
      ledgerRow({
        问题序号: '1',
        措施序号: '2',
        整改措施: 'b',
        责任单位: '县委办',
        督办县领导: '张三',
        截止日期: { date: '2026-12-01' },
        状态: '已完成',
        完成日期: { date: '2026-11-01' },
      }),
      ledgerRow({
        问题序号: 2,
        措施序号: '1',
        整改措施: 'c',
        责任单位: '县委办',
        督办县领导: '王五',
        截止日期: '明年',
        状态: '推进中',
      }),
      ledgerRow({
        问题序号: 2,
        措施序号: '2',
        整改措施: 'd',
        责任单位: '县委办',
        督办县领导: '王五',
        截止日期: { error: '#REF!' },
        状态: '完成了',
      }),
    ];
    const s = buildSummaries(snapshot({ 清单: items, 台账: ledger }), options);
    expect(s.plan.sheets.map((x) => x.name)).toEqual([
      '领导汇总',
      '汇总-李四',
      '汇总-张三',
      '汇总-王五',
      '单位汇总',
    ]);
    expect(s.sheets.map((x) => x.rows)).toEqual([3, 1, 2, 2, 1]);
    // bad-date (明年), cell-error (#REF!), bad-status (完成了), overdue-no-progress (row 2) at least.
    expect(s.ledgerErrors).toBeGreaterThanOrEqual(4);
    const overview = s.plan.sheets[0]?.rows ?? [];
    expect(overview[2]?.[1]).toEqual({
      text: `台账有 ${s.ledgerErrors} 个错误：本汇总按台账现状统计，报送前请先校验并改正`,
    });
    // 王五's unreadable deadlines show what the cell held.
    const wang = s.plan.sheets[3]?.rows.slice(7).map((r) => r[4]);
    expect(wang).toEqual([{ text: '明年' }, { text: '#REF!' }]);
    expect(buildSummaryPlan(snapshot({ 清单: items, 台账: ledger }), options)).toEqual(s.plan);
  });

  it('refuses a workbook without 台账 or without a 督办县领导 column, in plain words', () => {
    expect(() => buildSummaryPlan(snapshot({ 清单: items }), options)).toThrow(SummaryError);
    expect(() => buildSummaryPlan(snapshot({ 清单: items }), options)).toThrow(/没有“台账”工作表/);
    const noLeaders = [LEDGER_COLUMNS.filter((c) => c !== '督办县领导'), [1, '1', 'a']];
    expect(() => buildSummaryPlan(snapshot({ 台账: noLeaders }), options)).toThrow(/督办县领导/);
  });

  it('says each refusal in English too, naming only the workbook sheet and column in Chinese', () => {
    const refusal = (sheets: Record<string, GridCell[][]>): SummaryError => {
      try {
        buildSummaryPlan(snapshot(sheets), options);
      } catch (error) {
        if (error instanceof SummaryError) return error;
      }
      throw new Error('no SummaryError');
    };
    const noLedger = refusal({ 清单: items });
    expect(noLedger.text('en')).toBe(
      'the workbook has no “台账” sheet, so no leader summaries can be built; import the rectification list first',
    );
    const noLeaders = refusal({
      台账: [LEDGER_COLUMNS.filter((c) => c !== '督办县领导'), [1, '1', 'a']],
    });
    expect(noLeaders.text('en').replace(/台账|督办县领导/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(noLeaders.text('zh')).toMatch(/^“台账”工作表的表头中没有“督办县领导”列/);
  });

  it('takes leader order from 清单 when it has one, and copes without it', () => {
    expect(listLeaderOrder({ sheet: '清单', rows: items })).toEqual(['李四', '张三', '王五']);
    expect(listLeaderOrder(null)).toEqual([]);
    expect(listLeaderOrder({ sheet: '清单', rows: [['序号'], [1]] })).toEqual([]);
  });
});

describe('staleSummarySheets', () => {
  it('names only owned leader sheets the new plan no longer wants', () => {
    const plan = buildSummaryPlan(
      snapshot({ 台账: [[...LEDGER_COLUMNS], ledgerRow({ 问题序号: 1, 督办县领导: '张三' })] }),
      options,
    );
    expect(
      staleSummarySheets(['台账', '领导汇总', '汇总-张三', '汇总-李四', '校验结果'], plan),
    ).toEqual(['汇总-李四']);
  });
});
