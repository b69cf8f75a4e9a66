import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { expect, it } from 'vitest';

it('the Excel double and the operations run in headless Chromium', async () => {
  const out = mkdtempSync(join(tmpdir(), 'rectify-double-'));
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: out,
      emptyOutDir: false,
      lib: {
        entry: join(import.meta.dirname, 'browser', 'entry.ts'),
        formats: ['iife'],
        name: 'doubleCheck',
        fileName: () => 'bundle.js',
      },
    },
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script src="bundle.js"></script>',
  );
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${join(out, 'index.html')}`);
    await page.waitForFunction(() => document.title.length > 0, null, { timeout: 30_000 });
    const result = JSON.parse(await page.title()) as { sheets?: string[]; error?: string };
    expect(result.error).toBeUndefined();
    expect(result.sheets).toEqual([
      'Sheet1',
      '说明',
      '清单',
      '台账',
      '时间节点',
      '名录',
      '校验结果',
    ]);
  } finally {
    await browser.close();
  }
});
