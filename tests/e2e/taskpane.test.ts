import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OFFICE_JS,
  OFFICE_JS_OUTSIDE_OFFICE,
  openPane,
  overflowsHorizontally,
  tabTo,
} from './support/browser';
import { buildForEndToEnd, ROOT } from './support/build';
import { probeOf } from './support/probe';
import { serveFolder, type StaticServer } from './support/server';

const SHOTS = join(ROOT, 'tests', '.artifacts', 'taskpane');
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(await buildForEndToEnd());
}, 600_000);

afterAll(async () => {
  await server?.close();
});

async function shot(page: Page, name: string, fullPage = false): Promise<string> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

const TAB_FILES = ['import', 'validate', 'overdue', 'summary', 'cycle', 'settings'];
const WORDS = {
  zh: {
    tabs: ['导入', '校验', '逾期', '汇总', '分发', '设置'],
    import: '导入到工作簿',
    validate: '校验台账',
    overdue: '刷新逾期概览',
    summary: '生成领导汇总',
    summaryDone: /^已生成 \d+ 张工作表/,
    confirmImport: '继续导入',
    adopted: /没有整改台账助手留下的标记/,
  },
  en: {
    tabs: ['Import', 'Check', 'Overdue', 'Summary', 'Cycle', 'Settings'],
    import: 'Import into workbook',
    validate: 'Validate ledger',
    overdue: 'Refresh overview',
    summary: 'Build leader summaries',
    summaryDone: /^\d+ sheets built/,
    confirmImport: 'Import',
    adopted: /carry none of the tool's marks/,
  },
} as const;

/**
 * Nothing sticks out to the right of the 320-pixel pane: neither the page (a scroll bar) nor any
 * visible element (one clipped by an overflow-hidden parent, such as a tab past the tab bar's end).
 */
async function expectFits(page: Page, where: string): Promise<void> {
  expect(await overflowsHorizontally(page), where).toBe(false);
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 0.5;
      })
      .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').slice(0, 30)}"`);
  });
  expect(outside, where).toEqual([]);
}

describe('the task pane in a plain browser (no Office host)', () => {
  it('says Office.js could not load and still previews the embedded list', async () => {
    const pane = await openPane(`${server.origin}/taskpane.html`);
    try {
      const { page } = pane;
      await page.getByText('未在 Excel 中打开').waitFor();
      await expect(page.getByTestId('host-notice').textContent()).resolves.toContain(
        '未能加载 Office.js',
      );
      await expect(page.getByTestId('preview-counts').textContent()).resolves.toBe(
        '问题 25 项，整改措施 89 项',
      );
      expect(await page.getByRole('button', { name: '导入到工作簿' }).count()).toBe(0);
      // The read-only item list opens with the keyboard.
      await tabTo(page, page.getByRole('button', { name: '逐项查看' }));
      await page.keyboard.press('Enter');
      await page.getByText('二十五、', { exact: false }).first().waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
      expect(pane.outside).toEqual([OFFICE_JS]);
      await shot(page, '00-browser-preview');
    } finally {
      await pane.close();
    }
  });

  it('says it is not in Excel when Office.onReady reports no host', async () => {
    const pane = await openPane(`${server.origin}/taskpane.html`, OFFICE_JS_OUTSIDE_OFFICE);
    try {
      const { page } = pane;
      await page.getByText('未在 Excel 中打开').waitFor();
      await expect(page.getByTestId('host-notice').textContent()).resolves.not.toContain(
        'Office.js',
      );
      await expect(page.getByTestId('preview-counts').textContent()).resolves.toBe(
        '问题 25 项，整改措施 89 项',
      );
    } finally {
      await pane.close();
    }
  });
});

describe('the task pane in Excel (the in-memory Excel double as host)', () => {
  it('imports, validates, selects the cell of an issue, shows overdue and builds summaries', async () => {
    const pane = await openPane(`${server.origin}/taskpane-e2e.html`);
    try {
      const { page } = pane;
      const probe = probeOf(page);
      const importButton = page.getByRole('button', { name: '导入到工作簿' });
      await importButton.waitFor();
      await expect(page.getByTestId('preview-counts').textContent()).resolves.toBe(
        '问题 25 项，整改措施 89 项',
      );
      expect(await overflowsHorizontally(page)).toBe(false);
      await shot(page, '01-import-preview');

      // Import with the keyboard alone.
      await page.waitForFunction(
        () => !document.querySelector('button[disabled]')?.textContent?.includes('导入到工作簿'),
      );
      await tabTo(page, importButton);
      await page.keyboard.press('Enter');
      await page.getByText('导入完成').waitFor();
      const sheets = await probe.sheetNames();
      expect(sheets).toEqual(expect.arrayContaining(['清单', '台账', '时间节点', '名录']));
      expect(sheets).toContain('Sheet1');
      await shot(page, '02-imported');

      // A user types a status that is not in 名录 into the ledger.
      const status = await probe.findHeader('台账', '状态');
      expect(status).not.toBeNull();
      const cell = `${status!.column}${status!.row + 3}`;
      await probe.edit('台账', cell, '差不多');

      // Arrow keys move along the tabs; Enter opens 校验.
      await page.getByRole('tab', { name: '导入' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(
        page.getByRole('tab', { name: '校验' }).getAttribute('aria-selected'),
      ).resolves.toBe('true');
      await page.getByRole('button', { name: '校验台账' }).click();
      const verdict = page.getByTestId('verdict');
      await verdict.waitFor();
      await expect(verdict.textContent()).resolves.toContain('不可报送');
      const issue = page.getByRole('button', { name: new RegExp(`^台账!${cell}`) }).first();
      await issue.waitFor();
      await shot(page, '03-validated');

      await issue.click();
      await probe.waitForSelection(cell);
      expect(await probe.selection()).toEqual({ sheet: '台账', address: cell });
      expect(await probe.activeSheet()).toBe('台账');
      await shot(page, '04-issue-selected');

      await page.getByRole('tab', { name: '逾期' }).click();
      await page.getByRole('button', { name: '刷新逾期概览' }).click();
      await page.getByTestId('overdue-count').waitFor();
      await shot(page, '05-overdue');

      await page.getByRole('tab', { name: '汇总' }).click();
      await page.getByRole('button', { name: '生成领导汇总' }).click();
      await page.getByText(/^已生成 \d+ 张工作表/).waitFor();
      const after = await probe.sheetNames();
      expect(after).toContain('领导汇总');
      const leaderSheet = after.find((n) => n.startsWith('汇总-'));
      expect(leaderSheet).toBeDefined();
      await shot(page, '06-summaries');
      await page.getByRole('button', { name: new RegExp(leaderSheet!) }).click();
      await probe.waitForActiveSheet(leaderSheet!);
      expect(await overflowsHorizontally(page)).toBe(false);

      // Settings are kept in the document.
      await page.getByRole('tab', { name: '设置' }).click();
      const dueSoon = page.getByRole('spinbutton', { name: '临期提醒（天）' });
      await dueSoon.fill('60');
      await page.getByRole('button', { name: '保存到工作簿' }).click();
      await page.getByText('设置已保存在此工作簿中。').waitFor();
      expect(JSON.stringify(await probe.savedSettings())).toContain('60');

      // Importing again over the ledger asks first; Escape leaves everything as it was.
      await page.getByRole('tab', { name: '导入' }).click();
      await importButton.click();
      const dialog = page.getByRole('dialog', { name: '工作簿已有台账' });
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain('保持不变');
      await shot(page, '07-reimport-confirm');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(pane.outside).toEqual([OFFICE_JS]);
    } catch (error) {
      await shot(pane.page, 'failed');
      throw error;
    } finally {
      await pane.close();
    }
  });

  it('speaks English when Office does', async () => {
    const pane = await openPane(`${server.origin}/taskpane-e2e.html?lang=en-US`);
    try {
      await pane.page.getByRole('tab', { name: 'Check' }).waitFor();
      await expect(pane.page.getByTestId('preview-counts').textContent()).resolves.toBe(
        '25 problems, 89 measures',
      );
      await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    } finally {
      await pane.close();
    }
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`shows every tab at 320 px without horizontal overflow (${lang})`, async () => {
      const words = WORDS[lang];
      const query = lang === 'en' ? '?lang=en-US' : '';
      const pane = await openPane(`${server.origin}/taskpane-e2e.html${query}`);
      try {
        const { page } = pane;
        const probe = probeOf(page);
        // Before anything: each tab as a first-time user sees it (its empty state).
        await page.getByRole('button', { name: words.import }).waitFor();
        for (const [i, tab] of words.tabs.entries()) {
          await page.getByRole('tab', { name: tab }).click();
          await expectFits(page, `${lang} ${tab} (empty)`);
          await shot(page, `tab-${lang}-${i + 1}-${TAB_FILES[i]}-empty`, true);
        }
        // Then after its work: imported, validated (with a finding), counted, summarised.
        await page.getByRole('tab', { name: words.tabs[0] }).click();
        await page.getByRole('button', { name: words.import }).click();
        await page.getByTestId('import-done').waitFor();
        await expectFits(page, `${lang} import (done)`);
        await shot(page, `tab-${lang}-1-import`, true);
        const status = await probe.findHeader('台账', '状态');
        await probe.edit('台账', `${status!.column}${status!.row + 3}`, '差不多');
        await page.getByTestId('import-done').getByRole('button', { name: words.validate }).click();
        await page.getByTestId('verdict').waitFor();
        await expectFits(page, `${lang} validate`);
        await shot(page, `tab-${lang}-2-validate`, true);
        await page.getByRole('tab', { name: words.tabs[2] }).click();
        await page.getByRole('button', { name: words.overdue }).click();
        await page.getByTestId('overdue-count').waitFor();
        await expectFits(page, `${lang} overdue`);
        await shot(page, `tab-${lang}-3-overdue`, true);
        await page.getByRole('tab', { name: words.tabs[3] }).click();
        await page.getByRole('button', { name: words.summary }).click();
        await page.getByText(words.summaryDone).waitFor();
        await expectFits(page, `${lang} summary`);
        await shot(page, `tab-${lang}-4-summary`, true);
        await page.getByRole('tab', { name: words.tabs[5] }).click();
        await expectFits(page, `${lang} settings`);
        await shot(page, `tab-${lang}-6-settings`, true);
      } catch (error) {
        await shot(pane.page, `failed-tabs-${lang}`, true);
        throw error;
      } finally {
        await pane.close();
      }
    });
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`merges into a ledger that lost its marks, and says so in one line (${lang})`, async () => {
      const words = WORDS[lang];
      const pane = await openPane(
        `${server.origin}/taskpane-e2e.html${lang === 'en' ? '?lang=en-US' : ''}`,
      );
      try {
        const { page } = pane;
        const probe = probeOf(page);
        const importButton = page.getByRole('button', { name: words.import });
        await importButton.click();
        await page.getByTestId('import-done').waitFor();
        const progress = await probe.findHeader('台账', '整改进展');
        const cell = `${progress!.column}${progress!.row + 1}`;
        await probe.edit('台账', cell, '已完成初步排查');
        await probe.dropMarks();

        await importButton.click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await dialog.getByRole('button', { name: words.confirmImport, exact: true }).click();
        await page.getByText(words.adopted).waitFor();
        expect(await probe.cellValue('台账', cell)).toBe('已完成初步排查');
        await expectFits(page, `${lang} adopted`);
        await shot(page, `adopt-${lang}`, true);
      } catch (error) {
        await shot(pane.page, `failed-adopt-${lang}`, true);
        throw error;
      } finally {
        await pane.close();
      }
    });
  }

  it('tells an Excel older than ExcelApi 1.8 to update, and stays read only', async () => {
    const pane = await openPane(`${server.origin}/taskpane-e2e.html?excelApi=1.7`);
    try {
      await pane.page.getByText('此版本的 Excel 太旧').waitFor();
      expect(await pane.page.getByRole('button', { name: '导入到工作簿' }).count()).toBe(0);
      expect(await probeOf(pane.page).sheetNames()).toEqual(['Sheet1']);
    } finally {
      await pane.close();
    }
  });
});
