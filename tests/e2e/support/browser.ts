import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * What Office.js does in a plain browser tab: `Office.onReady` resolves with no host. Served in
 * place of the CDN script (unreachable here) for the "opened outside Excel" case.
 */
export const OFFICE_JS_OUTSIDE_OFFICE = `window.Office = {
  HostType: { Excel: 'Excel' },
  onReady: function (callback) {
    var info = { host: null, platform: null };
    if (callback) callback(info);
    return Promise.resolve(info);
  },
  context: {}
};`;

export interface Pane {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to anywhere but the local server (all refused). */
  readonly outside: string[];
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with a fresh profile and a narrow window like Excel's task pane.
 * Nothing leaves 127.0.0.1: Office.js is either refused (as when the CDN is unreachable) or
 * replaced by `officeJs` when given.
 */
export async function openPane(url: string, officeJs?: string): Promise<Pane> {
  const profile = mkdtempSync(join(tmpdir(), 'rectify-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 320, height: 900 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const target = route.request().url();
    if (target.startsWith('http://127.0.0.1:')) return route.continue();
    outside.push(target);
    if (target === OFFICE_JS && officeJs !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs });
    }
    return route.abort('internetdisconnected');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return {
    context,
    page,
    outside,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}

/** Presses Tab until `target` has the focus (keyboard-only use); fails after `limit` presses. */
export async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** True when the page is wider than the window (a horizontal scroll bar at pane width). */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}
