import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../core/list/seed-fixture';
import { toFodt } from '../documents/support/compose';
import { convert } from '../documents/support/office';
import { seedPieces } from '../documents/support/seed-documents';
import { openPane } from './support/browser';
import { buildForEndToEnd, ROOT } from './support/build';
import { probeOf } from './support/probe';
import { serveFolder, type StaticServer } from './support/server';

/**
 * The task pane imports the list from a Word file and from a PDF in headless Chromium, on the
 * Excel double: the file is read in the browser (the .docx reader, pdf.js and its worker loaded
 * when the file is chosen), the preview shows first, and only then is anything written.
 */
const SHOTS = join(ROOT, 'tests', '.artifacts', 'import-documents');
let server: StaticServer;
let docx: string;
let pdf: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [docx, pdf] = await Promise.all([
    convert('seed', SEED_TEXT, 'txt', 'docx'),
    convert(
      'seed',
      toFodt(seedPieces(), {
        header: '保靖县第二轮中央生态环境保护督察整改清单',
        pageNumbers: true,
      }),
      'fodt',
      'pdf',
    ),
  ]);
  server = await serveFolder(await buildForEndToEnd('e2e-dist-documents'));
}, 600_000);

afterAll(async () => {
  await server?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByRole('radio', { name: '文本文件' }).check();
  await page.getByLabel('整改清单文本文件').setInputFiles(path);
}

describe('importing a Word file and a PDF in the task pane', () => {
  for (const [kind, file] of [
    ['docx', () => docx],
    ['pdf', () => pdf],
  ] as const) {
    it(`reads the seed as a .${kind}, previews it, then imports it`, async () => {
      const pane = await openPane(`${server.origin}/taskpane-e2e.html`);
      try {
        const { page } = pane;
        const probe = probeOf(page);
        const importButton = page.getByRole('button', { name: '导入到工作簿' });
        await importButton.waitFor();
        await chooseFile(page, file());
        await page.getByText(`已选择文件：${file().split('/').pop() ?? ''}`).waitFor();
        // The preview of the file's reading, before anything is written.
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid="preview-counts"]')?.textContent ===
            '问题 25 项，整改措施 89 项',
          undefined,
          { timeout: 60_000 },
        );
        expect(await page.getByRole('alert').count()).toBe(0);
        expect(await probe.sheetNames()).toEqual(['Sheet1']);
        await shot(page, `${kind}-1-preview`);

        await importButton.click();
        await page.getByText('导入完成').waitFor();
        const sheets = await probe.sheetNames();
        expect(sheets).toEqual(expect.arrayContaining(['清单', '台账', '时间节点', '名录']));
        const header = await probe.findHeader('台账', '整改措施');
        expect(header).not.toBeNull();
        await shot(page, `${kind}-2-imported`);
      } finally {
        await pane.close();
      }
    });
  }
});
