// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OverdueEntry } from '../../src/core/summary/types';
import { FakeOperations } from './support/fake-operations';
import { renderPane, TODAY } from './support/render-pane';

afterEach(cleanup);

function entry(row: number, daysOverdue: number): OverdueEntry {
  return {
    row,
    item: row - 1,
    measure: '2',
    measureText: `措施 ${row}`,
    deadline: '2026-01-31',
    daysOverdue,
    leaders: ['杨志慧', '田明'],
  };
}

async function openTab(name: string) {
  const pane = await renderPane();
  pane.operations.state = { hasLedger: true, ledgerRows: 89 };
  await pane.user.click(screen.getByRole('tab', { name }));
  return pane;
}

describe('逾期概览', () => {
  it('shows the counts and the five most overdue, each a way to its row', async () => {
    const { user, operations } = await openTab('逾期');
    operations.overview = {
      today: TODAY,
      overdue: 7,
      dueSoon: 3,
      mostOverdue: [120, 90, 60, 30, 20, 10, 5].map((d, i) => entry(i + 2, d)),
    };
    await user.click(screen.getByRole('button', { name: '刷新逾期概览' }));
    expect((await screen.findByTestId('overdue-count')).textContent).toContain('7');
    expect(screen.getByTestId('due-soon-count').textContent).toBe('30 天内到期3项措施');
    const list = screen.getByRole('region', { name: '逾期最久' });
    const links = within(list).getAllByRole('button');
    expect(links).toHaveLength(5);
    expect(links[0]!.textContent).toBe('问题 1 措施 2：逾期 120 天');
    expect(list.textContent).toContain('截止 2026-01-31；杨志慧、田明；措施 2');
    expect(operations.callsOf('overdueOverview')[0]!.args[0]).toEqual({
      today: TODAY,
      dueSoonDays: 30,
    });
    await user.click(links[1]!);
    await waitFor(() => expect(operations.callsOf('selectCell')).toHaveLength(1));
    expect(operations.callsOf('selectCell')[0]!.args).toEqual(['台账', 'A3']);
  });

  it('says when nothing is overdue', async () => {
    const { user } = await openTab('逾期');
    await user.click(screen.getByRole('button', { name: '刷新逾期概览' }));
    expect(await screen.findByText('没有逾期的措施。')).toBeTruthy();
  });

  it('re-applies the overdue marks on request, and explains a failure', async () => {
    const { user, operations } = await openTab('逾期');
    await user.click(screen.getByRole('button', { name: '重新应用逾期标记' }));
    expect(await screen.findByText('逾期标记已重新应用。')).toBeTruthy();
    operations.failWith('refreshMarks', '台账 not found');
    await user.click(screen.getByRole('button', { name: '重新应用逾期标记' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      '未能重新应用逾期标记。请确认“台账”工作表存在',
    );
    expect(screen.queryByText('逾期标记已重新应用。')).toBeNull();
  });

  it('explains a failed overview', async () => {
    const { user, operations } = await openTab('逾期');
    operations.failWith('overdueOverview', 'boom');
    await user.click(screen.getByRole('button', { name: '刷新逾期概览' }));
    expect((await screen.findByRole('alert')).textContent).toContain('未能统计逾期');
  });

  it('uses the due-soon window from the settings', async () => {
    const operations = new FakeOperations();
    operations.settings = { dueSoonDays: 14, staleDays: 60 };
    operations.state = { hasLedger: true, ledgerRows: 89 };
    const pane = await renderPane({ operations });
    // Settings are read when the pane opens.
    await waitFor(() => expect(pane.operations.callsOf('loadSettings')).toHaveLength(1));
    await pane.user.click(screen.getByRole('tab', { name: '逾期' }));
    await pane.user.click(await screen.findByRole('button', { name: '刷新逾期概览' }));
    await waitFor(() => expect(pane.operations.callsOf('overdueOverview')).toHaveLength(1));
    expect(pane.operations.callsOf('overdueOverview')[0]!.args[0]).toEqual({
      today: TODAY,
      dueSoonDays: 14,
    });
    expect(await screen.findByText('14 天内到期')).toBeTruthy();
  });
});

describe('逾期 before its first count', () => {
  it('says what to do, and explains its two buttons in one sentence each', async () => {
    await openTab('逾期');
    expect(screen.getByTestId('overdue-empty').textContent).toContain('还没有统计');
    expect(screen.getByText(/重新统计已逾期和临期的措施.*不改动工作簿/)).toBeTruthy();
    expect(screen.getByText(/重新写入逾期红色、临期黄色的条件格式/)).toBeTruthy();
  });
});

describe('生成领导汇总', () => {
  it('builds the summaries in one click and links to each sheet', async () => {
    const { user, operations } = await openTab('汇总');
    operations.summarySheets = [
      { name: '领导汇总', rows: 20 },
      { name: '汇总-杨志慧', rows: 31 },
    ];
    await user.click(screen.getByRole('button', { name: '生成领导汇总' }));
    expect(await screen.findByText('已生成 2 张工作表，点击可前往：')).toBeTruthy();
    expect(operations.callsOf('buildSummaries')[0]!.args[0]).toEqual({ today: TODAY });
    // Without the counts of leaders and measures, the sheet's rows are called rows.
    await user.click(screen.getByRole('button', { name: '「汇总-杨志慧」31 行' }));
    await waitFor(() => expect(operations.callsOf('selectCell')).toHaveLength(1));
    expect(operations.callsOf('selectCell')[0]!.args).toEqual(['汇总-杨志慧', 'A1']);
  });

  it('names what it counts: leaders on 领导汇总, measures on a leader’s sheet', async () => {
    const { user, operations } = await openTab('汇总');
    const counted = [
      { name: '领导汇总', rows: 20, leaders: 12 },
      { name: '汇总-杨志慧', rows: 31, measures: 5 },
    ];
    operations.summarySheets = counted;
    await user.click(screen.getByRole('button', { name: '生成领导汇总' }));
    expect(await screen.findByRole('button', { name: '领导汇总（12 位领导）' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '汇总-杨志慧（5 项措施）' })).toBeTruthy();
  });

  it('says what the tab does before its first run', async () => {
    await openTab('汇总');
    expect(screen.getByTestId('summary-empty').textContent).toContain('还没有生成汇总');
  });

  it('shows progress, cannot be started twice, and explains a failure', async () => {
    const { user, operations } = await openTab('汇总');
    const release = operations.hold('buildSummaries');
    operations.failWith('buildSummaries', '台账有 3 处错误');
    const button = screen.getByRole('button', { name: '生成领导汇总' });
    await user.click(button);
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('正在生成汇总表…'),
    );
    expect(button.hasAttribute('disabled')).toBe(true);
    // Every other operation waits too: they all touch the same workbook.
    await user.click(screen.getByRole('tab', { name: '校验' }));
    expect(screen.getByRole('button', { name: '校验台账' }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('tab', { name: '汇总' }));
    await user.click(button);
    release();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('未能生成汇总表。请先运行校验并改正错误，然后重试。');
    expect(alert.textContent).toContain('原因：台账有 3 处错误');
    expect(operations.callsOf('buildSummaries')).toHaveLength(1);
  });

  it('sends the user to import when there is no ledger', async () => {
    const { user, operations } = await openTab('汇总');
    operations.state = { hasLedger: false, ledgerRows: 0 };
    await user.click(screen.getByRole('button', { name: '生成领导汇总' }));
    expect(await screen.findByText('请先在“导入”中把整改清单导入工作簿。')).toBeTruthy();
    expect(operations.callsOf('buildSummaries')).toHaveLength(0);
  });
});
