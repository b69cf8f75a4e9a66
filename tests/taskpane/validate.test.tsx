// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../src/core/validate/types';
import { renderPane, TODAY } from './support/render-pane';

afterEach(cleanup);

function issue(partial: Partial<ValidationIssue>): ValidationIssue {
  return {
    severity: 'error',
    code: 'bad-status',
    sheet: '台账',
    cell: 'H12',
    row: 12,
    column: '状态',
    value: '差不多',
    message: '状态“差不多”不在名录中',
    messageEn: 'status "差不多" is not in the list',
    ...partial,
  };
}

async function openValidate(options: Parameters<typeof renderPane>[0] = {}) {
  const pane = await renderPane(options);
  pane.operations.state = { hasLedger: true, ledgerRows: 89 };
  await pane.user.click(screen.getByRole('tab', { name: options.english ? 'Check' : '校验' }));
  return pane;
}

describe('校验台账', () => {
  it('groups findings by rule, errors first, each with its count, and says 不可报送', async () => {
    const { user, operations } = await openValidate();
    operations.report = {
      today: TODAY,
      errors: 3,
      warnings: 1,
      issues: [
        issue({
          severity: 'warning',
          code: 'stale',
          cell: 'L3',
          row: 3,
          message: '超过 90 天未更新',
        }),
        issue({}),
        issue({ code: 'bad-date', cell: 'G20', row: 20, message: '截止日期不是日期' }),
        issue({ cell: 'H30', row: 30, message: '状态“完成”不在名录中' }),
      ],
    };
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.textContent).toContain('不可报送');
    expect(verdict.textContent).toContain('错误 3 个，警告 1 个');
    const headers = within(screen.getByTestId('finding-groups')).getAllByRole('button', {
      expanded: undefined,
    });
    const headings = headers.filter((b) => b.hasAttribute('aria-expanded'));
    expect(headings.map((h) => h.textContent)).toEqual([
      '错误 · 状态无效（2 个）',
      '错误 · 日期无法识别（1 个）',
      '警告 · 久未更新（1 个）',
    ]);
    // The first group is open, the others collapsed until asked for.
    expect(headings.map((h) => h.getAttribute('aria-expanded'))).toEqual([
      'true',
      'false',
      'false',
    ]);
    expect(screen.getAllByRole('button', { name: /^台账!H/ }).map((b) => b.textContent)).toEqual([
      '台账!H12：状态“差不多”不在名录中',
      '台账!H30：状态“完成”不在名录中',
    ]);
    await user.click(headings[2]!);
    expect(screen.getByRole('button', { name: '台账!L3：超过 90 天未更新' })).toBeTruthy();
    await user.click(headings[0]!);
    expect(screen.queryByRole('button', { name: /^台账!H12/ })).toBeNull();
    const [call] = operations.callsOf('validateLedger');
    expect(call!.args[0]).toEqual({ today: TODAY, staleDays: 90, writeSheet: false });
  });

  it('filters the findings by severity and goes to the first one shown', async () => {
    const { user, operations } = await openValidate();
    operations.report = {
      today: TODAY,
      errors: 1,
      warnings: 1,
      issues: [
        issue({
          severity: 'warning',
          code: 'stale',
          cell: 'L3',
          row: 3,
          message: '超过 90 天未更新',
        }),
        issue({}),
      ],
    };
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    await screen.findByTestId('verdict');
    const groups = () =>
      within(screen.getByTestId('finding-groups'))
        .getAllByRole('button')
        .filter((b) => b.hasAttribute('aria-expanded'))
        .map((b) => b.textContent);
    await user.click(screen.getByRole('button', { name: '转到第一个问题' }));
    await waitFor(() => expect(operations.callsOf('selectCell')).toHaveLength(1));
    expect(operations.callsOf('selectCell')[0]!.args).toEqual(['台账', 'H12']);

    await user.click(screen.getByRole('radio', { name: '警告' }));
    expect(groups()).toEqual(['警告 · 久未更新（1 个）']);
    await user.click(screen.getByRole('button', { name: '转到第一个问题' }));
    await waitFor(() => expect(operations.callsOf('selectCell')).toHaveLength(2));
    expect(operations.callsOf('selectCell')[1]!.args).toEqual(['台账', 'L3']);

    await user.click(screen.getByRole('radio', { name: '错误' }));
    expect(groups()).toEqual(['错误 · 状态无效（1 个）']);
    await user.click(screen.getByRole('radio', { name: '全部' }));
    expect(groups()).toHaveLength(2);
  });

  it('says what the tab does before its first run', async () => {
    await openValidate();
    expect(screen.getByTestId('validate-empty').textContent).toBe(
      '还没有校验。点击“校验台账”检查当前工作簿。',
    );
    expect(
      screen.getByText('逐行检查“台账”，指出报送前必须改正的错误和值得留意的警告。'),
    ).toBeTruthy();
  });

  it('selects the cell of a clicked issue, by keyboard too', async () => {
    const { user, operations } = await openValidate();
    operations.report = { today: TODAY, errors: 1, warnings: 0, issues: [issue({})] };
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    await user.click(
      await screen.findByRole('button', { name: '台账!H12：状态“差不多”不在名录中' }),
    );
    await waitFor(() => expect(operations.callsOf('selectCell')).toHaveLength(1));
    expect(operations.callsOf('selectCell')[0]!.args).toEqual(['台账', 'H12']);

    screen.getByRole('button', { name: '台账!H12：状态“差不多”不在名录中' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(operations.callsOf('selectCell')).toHaveLength(2));
  });

  it('says 可以报送 when there are no errors', async () => {
    const { user, operations } = await openValidate();
    operations.report = {
      today: TODAY,
      errors: 0,
      warnings: 1,
      issues: [issue({ severity: 'warning', cell: '', row: 0, message: '缺少“时间节点”工作表' })],
    };
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.textContent).toContain('可以报送');
    expect(verdict.textContent).not.toContain('不可报送');
    // A whole-sheet issue has no cell to go to: plain text, not a button.
    expect(screen.getByText('「台账」：缺少“时间节点”工作表')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /缺少/ })).toBeNull();
  });

  it('uses the English messages in the English pane', async () => {
    const { user, operations } = await openValidate({ english: true });
    operations.report = { today: TODAY, errors: 1, warnings: 0, issues: [issue({})] };
    await user.click(screen.getByRole('button', { name: 'Validate ledger' }));
    expect((await screen.findByTestId('verdict')).textContent).toContain('Not ready to submit');
    expect(
      screen.getByRole('button', { name: '台账!H12: status "差不多" is not in the list' }),
    ).toBeTruthy();
  });

  it('shows the first 50 issues of a group and the rest on request', async () => {
    const { user, operations } = await openValidate();
    const many = Array.from({ length: 120 }, (_, i) =>
      issue({ cell: `H${i + 2}`, row: i + 2, message: `错误 ${i + 1}` }),
    );
    operations.report = { today: TODAY, errors: 120, warnings: 0, issues: many };
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    await screen.findByTestId('verdict');
    expect(screen.getAllByRole('button', { name: /^台账!H\d+/ })).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: '显示其余 70 个' }));
    expect(screen.getAllByRole('button', { name: /^台账!H\d+/ })).toHaveLength(120);
  });

  it('sends the user to import when there is no ledger', async () => {
    const { user, operations } = await openValidate();
    operations.state = { hasLedger: false, ledgerRows: 0 };
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    expect(await screen.findByText('工作簿中还没有台账')).toBeTruthy();
    expect(operations.callsOf('validateLedger')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '前往导入' }));
    expect(screen.getByRole('tab', { name: '导入' }).getAttribute('aria-selected')).toBe('true');
  });

  it('explains a failed validation and what to do next', async () => {
    const { user, operations } = await openValidate();
    operations.failWith('validateLedger', '找不到表头“状态”');
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('请确认“台账”工作表存在且表头未被改动');
    expect(alert.textContent).toContain('原因：找不到表头“状态”');
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  it('explains a cell that cannot be selected', async () => {
    const { user, operations } = await openValidate();
    operations.report = { today: TODAY, errors: 1, warnings: 0, issues: [issue({})] };
    operations.failWith('selectCell', 'ItemNotFound');
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    await user.click(await screen.findByRole('button', { name: /^台账!H12/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('未能选中该单元格。该工作表可能已被重命名或删除');
    expect(alert.textContent).toContain('原因：ItemNotFound');
  });

  it('shows progress while validating and cannot be started twice', async () => {
    const { user, operations } = await openValidate();
    const release = operations.hold('validateLedger');
    const button = screen.getByRole('button', { name: '校验台账' });
    await user.click(button);
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((s) => s.textContent === '正在校验台账…')).toBe(
        true,
      ),
    );
    await user.click(button);
    release();
    await screen.findByTestId('verdict');
    expect(operations.callsOf('validateLedger')).toHaveLength(1);
  });
});
