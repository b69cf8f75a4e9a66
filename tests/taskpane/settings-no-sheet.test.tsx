// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeOperations } from './support/fake-operations';
import { renderPane } from './support/render-pane';

afterEach(cleanup);

describe('设置 without a 说明 sheet', () => {
  it('says the settings need the list imported first', async () => {
    const operations = new FakeOperations();
    operations.settings = { dueSoonDays: 30, staleDays: 90, found: false };
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole('tab', { name: '设置' }));
    expect(await screen.findByText(/还没有助手生成的“说明”工作表.*请先导入整改清单/)).toBeTruthy();
  });

  it('offers to save once the workbook holds them', async () => {
    const operations = new FakeOperations();
    operations.settings = { dueSoonDays: 30, staleDays: 90, found: true };
    const { user } = await renderPane({ operations });
    await user.click(screen.getByRole('tab', { name: '设置' }));
    await screen.findByRole('spinbutton', { name: '临期提醒（天）' });
    expect(screen.queryByText(/请先导入整改清单/)).toBeNull();
    expect(screen.getByRole('button', { name: '保存到工作簿' }).hasAttribute('disabled')).toBe(
      false,
    );
  });
});
