// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeOperations } from './support/fake-operations';
import { renderPane, TODAY } from './support/render-pane';

afterEach(cleanup);

describe('设置', () => {
  it('shows the saved windows and saves new ones in the document', async () => {
    const operations = new FakeOperations();
    operations.settings = { dueSoonDays: 15, staleDays: 60 };
    operations.state = { hasLedger: true, ledgerRows: 89 };
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole('tab', { name: '设置' }));
    const dueSoon = await screen.findByRole('spinbutton', { name: '临期提醒（天）' });
    const stale = screen.getByRole('spinbutton', { name: '长期未更新（天）' });
    expect((dueSoon as HTMLInputElement).value).toBe('15');
    expect((stale as HTMLInputElement).value).toBe('60');

    await user.clear(dueSoon);
    await user.type(dueSoon, '45');
    await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
    expect(await screen.findByText('设置已保存在此工作簿中。')).toBeTruthy();
    expect(operations.callsOf('saveSettings')[0]!.args[0]).toEqual({
      dueSoonDays: 45,
      staleDays: 60,
    });

    // The validation now uses the saved stale window.
    await user.click(screen.getByRole('tab', { name: '校验' }));
    await user.click(screen.getByRole('button', { name: '校验台账' }));
    await waitFor(() => expect(operations.callsOf('validateLedger')).toHaveLength(1));
    expect(operations.callsOf('validateLedger')[0]!.args[0]).toEqual({
      today: TODAY,
      staleDays: 60,
      writeSheet: false,
    });
  });

  it('refuses a window that is not a whole number of days in range', async () => {
    const { user, operations } = await renderPane();
    await user.click(screen.getByRole('tab', { name: '设置' }));
    const dueSoon = await screen.findByRole('spinbutton', { name: '临期提醒（天）' });
    await user.clear(dueSoon);
    await user.type(dueSoon, '0');
    expect(screen.getByText('「临期提醒（天）」须为 1 到 365 之间的整数。')).toBeTruthy();
    const save = screen.getByRole('button', { name: '保存到工作簿' });
    expect(save.hasAttribute('disabled')).toBe(true);
    await user.click(save);
    expect(operations.callsOf('saveSettings')).toHaveLength(0);
  });

  it('explains a failed save, and falls back to the defaults when loading fails', async () => {
    const operations = new FakeOperations();
    operations.failWith('loadSettings', 'settings unreadable');
    operations.failWith('saveSettings', 'read only');
    const { user } = await renderPane({ operations });
    expect((await screen.findByRole('alert')).textContent).toContain(
      '未能读取保存的设置，暂用默认值（临期 30 天、未更新 90 天）',
    );
    await user.click(screen.getByRole('tab', { name: '设置' }));
    const dueSoon = await screen.findByRole('spinbutton', { name: '临期提醒（天）' });
    expect((dueSoon as HTMLInputElement).value).toBe('30');
    await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(),
      ).toContain('未能保存设置。请确认工作簿未受保护、未处于只读状态，然后重试。'),
    );
  });
});

describe('outside Excel', () => {
  it('says plainly that it is not in Excel and still previews the embedded list', async () => {
    const { operations } = await renderPane({ status: { kind: 'no-host' } });
    const notice = screen.getByTestId('host-notice');
    expect(notice.textContent).toContain('未在 Excel 中打开');
    expect(notice.textContent).not.toContain('Office.js');
    expect(screen.getByText('预览（只读）')).toBeTruthy();
    expect(screen.getByTestId('preview-counts').textContent).toBe('问题 25 项，整改措施 89 项');
    expect(screen.queryByRole('button', { name: '导入到工作簿' })).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(operations.calls).toHaveLength(0);
  });

  it('says when Office.js itself could not be loaded', async () => {
    await renderPane({ status: { kind: 'no-host' }, officeJsMissing: true });
    expect(screen.getByTestId('host-notice').textContent).toContain('未能加载 Office.js');
  });

  it('tells the user of an Excel too old for ExcelApi 1.8, read only', async () => {
    await renderPane({ status: { kind: 'excel-too-old', message: 'ExcelApi 1.8 not supported' } });
    expect(screen.getByTestId('host-notice').textContent).toContain('此版本的 Excel 太旧');
    expect(screen.getByTestId('preview-counts')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '导入到工作簿' })).toBeNull();
  });

  it('speaks English when Office does', async () => {
    await renderPane({ status: { kind: 'no-host' }, english: true });
    expect(screen.getByTestId('host-notice').textContent).toContain('Not running in Excel');
    expect(screen.getByTestId('preview-counts').textContent).toBe('25 problems, 89 measures');
  });
});

describe('keyboard and accessible names', () => {
  // Arrow keys between tabs (tabster) are driven in real Chromium by the end-to-end test.
  it('switches tabs with the keyboard and names every control', async () => {
    const { user } = await renderPane();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '导入到工作簿' }).hasAttribute('disabled')).toBe(
        false,
      ),
    );
    screen.getByRole('tab', { name: '校验' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: '校验' }).getAttribute('aria-selected')).toBe('true');
    screen.getByRole('tab', { name: '设置' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('tab', { name: '设置' }).getAttribute('aria-selected')).toBe('true');
    for (const role of ['button', 'tab', 'radio', 'spinbutton', 'textbox'] as const) {
      for (const element of screen.queryAllByRole(role, { hidden: true })) {
        const named =
          element.getAttribute('aria-label') ||
          element.getAttribute('aria-labelledby') ||
          element.textContent?.trim() ||
          (element.id && document.querySelector(`label[for="${element.id}"]`));
        expect(named, `${role} ${element.outerHTML.slice(0, 80)}`).toBeTruthy();
      }
    }
  });
});
