import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintRibbon } from '../support/ribbon-lint';
import { openPane, overflowsHorizontally } from './support/browser';
import { ROOT } from './support/build';
import { probeOf } from './support/probe';
import { serveFolder, type StaticServer } from './support/server';

const SHOTS = join(ROOT, 'tests', '.artifacts', 'wps');
let out: string;
let server: StaticServer;

/**
 * A production build of the WPS package and its end-to-end page only (RECTIFY_E2E=wps), in a
 * folder of its own (tests/e2e/taskpane builds into another, maybe at the same time).
 * RECTIFY_E2E_WPS_DIST reuses one built earlier.
 */
async function build(): Promise<string> {
  const reuse = process.env.RECTIFY_E2E_WPS_DIST;
  if (reuse) return reuse;
  const dir = join(ROOT, 'tests', '.artifacts', 'e2e-wps-dist');
  rmSync(dir, { recursive: true, force: true });
  await promisify(execFile)('npx', ['webpack', '--mode', 'production', '--output-path', dir], {
    cwd: ROOT,
    env: { ...process.env, RECTIFY_E2E: 'wps' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return dir;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  out = await build();
  server = await serveFolder(out);
}, 600_000);

afterAll(async () => {
  await server?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('dist/wps, the WPS add-in package', () => {
  it('holds the page, the pane, the ribbon, the icons and the publish templates', () => {
    const wps = join(out, 'wps');
    for (const file of [
      'index.html',
      'taskpane.html',
      'ribbon.xml',
      'publish.xml',
      'jsplugins.xml',
      'assets/icon-32.png',
    ])
      expect(existsSync(join(wps, file)), file).toBe(true);
    const page = readFileSync(join(wps, 'index.html'), 'utf8');
    const pane = readFileSync(join(wps, 'taskpane.html'), 'utf8');
    // No Office.js in WPS, and nothing fetched from elsewhere.
    expect(`${page}${pane}`).not.toMatch(/https?:/);
  });

  it("passes the ribbon lint against the built page's own script", () => {
    const wps = join(out, 'wps');
    const page = readFileSync(join(wps, 'index.html'), 'utf8');
    const src = /<script[^>]*src="?([^"\s>]+)/.exec(page)?.[1] ?? '';
    const script = readFileSync(join(wps, src.replace(/^(\.\.\/wps\/|\.\/)/, '')), 'utf8');
    // The page's script as WPS runs it: with the `wps` global, its globals left on window.
    const window: Record<string, unknown> = {
      location: { href: 'https://addins.example.gov.cn/rectify/wps/index.html' },
      wps: { EtApplication: () => ({}) },
      // What a browser page has and the bundle uses at load.
      TextEncoder,
      TextDecoder,
      URL,
      setTimeout,
      clearTimeout,
      console,
    };
    window['window'] = window;
    runInNewContext(script, window);
    const handlers = new Set(Object.keys(window).filter((k) => typeof window[k] === 'function'));
    const getImage = window['GetImage'] as (control: { Id: string }) => string;
    const lint = lintRibbon(readFileSync(join(wps, 'ribbon.xml'), 'utf8'), {
      handlers,
      imageFor: (id) => getImage({ Id: id }),
      assetExists: (path) => existsSync(join(wps, path)),
    });
    expect(lint.problems).toEqual([]);
    expect(lint.buttons.map((b) => b.label)).toEqual(['打开助手', '校验台账', '生成领导汇总']);
    expect(readdirSync(join(wps, 'assets'))).toContain('icon-32.png');
  });
});

describe('the task pane in WPS表格 (the ET double behind the wps global)', () => {
  it('finds WPS, imports, validates, selects the cell of an issue and builds summaries', async () => {
    const pane = await openPane(`${server.origin}/wps-e2e.html`);
    try {
      const { page } = pane;
      const probe = probeOf(page);
      const importButton = page.getByRole('button', { name: '导入到工作簿' });
      await importButton.waitFor();
      await expect(page.evaluate(() => document.documentElement.dataset['host'])).resolves.toBe(
        'wps',
      );
      await shot(page, '01-import-preview');

      await page.waitForFunction(
        () => !document.querySelector('button[disabled]')?.textContent?.includes('导入到工作簿'),
      );
      await importButton.click();
      await page.getByText('导入完成').waitFor();
      expect(await probe.sheetNames()).toEqual([
        'Sheet1',
        '说明',
        '清单',
        '台账',
        '时间节点',
        '名录',
      ]);
      await shot(page, '02-imported');

      const status = await probe.findHeader('台账', '状态');
      expect(status).not.toBeNull();
      const cell = `${status!.column}${status!.row + 3}`;
      await probe.edit('台账', cell, '差不多');

      await page.getByRole('tab', { name: '校验' }).click();
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

      await page.getByRole('tab', { name: '汇总' }).click();
      await page.getByRole('button', { name: '生成领导汇总' }).click();
      await page.getByText(/^已生成 \d+ 张工作表/).waitFor();
      const after = await probe.sheetNames();
      expect(after).toContain('领导汇总');
      const leaderSheet = after.find((n) => n.startsWith('汇总-'));
      expect(leaderSheet).toBeDefined();
      await shot(page, '05-summaries');
      await page.getByRole('button', { name: new RegExp(leaderSheet!) }).click();
      await probe.waitForActiveSheet(leaderSheet!);
      expect(await overflowsHorizontally(page)).toBe(false);

      await page.getByRole('tab', { name: '设置' }).click();
      await page.getByRole('spinbutton', { name: '临期提醒（天）' }).fill('60');
      await page.getByRole('button', { name: '保存到工作簿' }).click();
      await page.getByText('设置已保存在此工作簿中。').waitFor();
      expect(await probe.savedSettings()).toMatchObject({ dueSoonDays: 60 });
      await shot(page, '06-settings');
      // WPS pages load nothing from elsewhere, not even Office.js.
      expect(pane.outside).toEqual([]);
    } catch (error) {
      await shot(pane.page, 'failed');
      throw error;
    } finally {
      await pane.close();
    }
  });

  it('outside both hosts the same pane stays the browser preview', async () => {
    const pane = await openPane(`${server.origin}/wps/taskpane.html`);
    try {
      await pane.page.getByText('未在 Excel 中打开').waitFor();
      await expect(
        pane.page.evaluate(() => document.documentElement.dataset['host']),
      ).resolves.toBe('none');
      expect(await pane.page.getByRole('button', { name: '导入到工作簿' }).count()).toBe(0);
      await shot(pane.page, '00-outside-both');
    } finally {
      await pane.close();
    }
  });
});
