import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2eProbe } from './harness/boot-with-double';
import { openPane } from './support/browser';
import { buildForEndToEnd, ROOT } from './support/build';
import { probeOf } from './support/probe';
import { serveFolder, type StaticServer } from './support/server';

/**
 * The task pane after Excel fails in the middle of a re-import (the in-memory Excel double with a
 * failure injected): the pane says what happened and that nothing was lost, and the workbook is
 * exactly as it was, the user's typing included.
 */

const SHOTS = join(ROOT, 'tests', '.artifacts', 'office-failure');
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(await buildForEndToEnd());
}, 600_000);

afterAll(async () => {
  await server?.close();
});

type Window = { rectifyProbe: E2eProbe };
const snapshot = (page: Page) =>
  page.evaluate(() => (window as unknown as Window).rectifyProbe.snapshot());
const failSyncAt = (page: Page, n: number, code: string, applyFirst: number) =>
  page.evaluate(([a, b, c]) => (window as unknown as Window).rectifyProbe.failSyncAt(a, b, c), [
    n,
    code,
    applyFirst,
  ] as const);

describe('the task pane when Excel fails while writing', () => {
  it('says the sheets were put back and nothing was lost, and the workbook is as it was', async () => {
    const pane = await openPane(`${server.origin}/taskpane-e2e.html`);
    try {
      const { page } = pane;
      const probe = probeOf(page);
      const importButton = page.getByRole('button', { name: '导入到工作簿' });
      await importButton.waitFor();
      await page.waitForFunction(
        () => !document.querySelector('button[disabled]')?.textContent?.includes('导入到工作簿'),
      );
      await importButton.click();
      await page.getByText('导入完成').waitFor();

      // The user types progress into the ledger.
      const progress = await probe.findHeader('台账', '整改进展');
      expect(progress).not.toBeNull();
      const cell = `${progress!.column}${progress!.row + 1}`;
      await probe.edit('台账', cell, '已召开专题会议，逐项落实整改措施。');
      const before = await snapshot(page);

      // Re-import: the confirmation says what the add-in's re-import cannot keep.
      await importButton.click();
      await page.getByTestId('reimport-limits').waitFor();
      await expect(page.getByTestId('reimport-limits').textContent()).resolves.toMatch(/批注/);
      // Its requests: look and read, per-cell look-ups, write (with backups), remove backups. The
      // write fails after 60 of its actions: the backups exist and writing has begun.
      await failSyncAt(page, 3, 'InvalidArgument', 60);
      await page.getByRole('button', { name: '继续导入' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(/恢复为操作前的样子，没有内容丢失/);
      await alert.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, '01-write-failed-restored.png'), fullPage: true });

      expect(await snapshot(page)).toBe(before);
      expect(await probe.sheetNames()).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^RECTIFY_/)]),
      );
    } finally {
      await pane.close();
    }
  }, 120_000);
});
