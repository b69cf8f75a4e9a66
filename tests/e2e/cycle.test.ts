import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/xlsx/reader';
import { editWithOpenpyxl, readBack, rowsByHeader, type Cell } from '../cycle/support';
import { runRectify } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';
import { OFFICE_JS, openPane, overflowsHorizontally } from './support/browser';
import { buildForEndToEnd, ROOT } from './support/build';
import { probeOf } from './support/probe';
import { serveFolder, type StaticServer } from './support/server';

/**
 * The 分发与回收 tab end to end (issue 18): the real pane and Office.js shell on the Excel double,
 * in headless Chromium. Split the imported seed ledger into unit files (downloads), edit one with
 * openpyxl as a unit would, collect it with a file of another ledger and a plain workbook,
 * check the preview, confirm, check the workbook, download the report. Both languages, 320 px.
 */

const run = promisify(execFile);
const OTHER_LIST = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["清单"]
for row in ws.iter_rows():
    for c in row:
        if c.value == "问题":
            below = ws.cell(c.row + 1, c.column)
            below.value = "另一县的问题：" + str(below.value)
            wb.save(sys.argv[1])
            sys.exit(0)
sys.exit("no 问题 header in 清单")
`;
const SHOTS = join(ROOT, 'tests', '.artifacts', 'cycle');
let server: StaticServer;
let work: string;
let otherLedgerFile: string;
let plainWorkbook: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'rectify-e2e-cycle-'));
  // A unit file split from another ledger (the CLI's, with its own RECTIFY_LEDGER_ID) and a plain
  // workbook with no marker, made while the pane builds.
  const others = (async () => {
    const other = join(work, '另一台账.xlsx');
    mkdirSync(join(work, 'other-units'));
    expect((await runRectify(['workbook', '--out', other])).code).toBe(0);
    // Another county's list: one problem worded differently, so even the 清单 fingerprint a
    // pane-imported ledger is known by differs.
    await run(PYTHON, ['-c', OTHER_LIST, other]);
    const split = await runRectify(['split', other, '--out-dir', join(work, 'other-units')]);
    expect(split.code, split.stderr).toBe(0);
    const first = readdirSync(join(work, 'other-units')).sort()[0];
    otherLedgerFile = join(work, 'other-units', first!);
    plainWorkbook = join(work, '普通工作簿.xlsx');
    await run(PYTHON, [
      '-c',
      'import openpyxl,sys; wb=openpyxl.Workbook(); wb.active["A1"]="随手记"; wb.save(sys.argv[1])',
      plainWorkbook,
    ]);
  })();
  const [folder] = await Promise.all([buildForEndToEnd('e2e-dist-cycle', 'pane'), others]);
  server = await serveFolder(folder);
}, 600_000);

afterAll(async () => {
  await server?.close();
});

const WORDS = {
  zh: {
    query: '',
    tabs: ['导入', '校验', '逾期', '汇总', '分发', '设置'],
    cycleTab: '分发',
    import: '导入到工作簿',
    split: '生成单位文件',
    downloadAll: '全部下载',
    confirm: '确认写入台账',
    report: '生成进展报告',
    otherMaster: '另一份总台账',
    noMarker: '没有分发标识',
  },
  en: {
    query: '?lang=en-US',
    tabs: ['Import', 'Check', 'Overdue', 'Summary', 'Cycle', 'Settings'],
    cycleTab: 'Cycle',
    import: 'Import into workbook',
    split: 'Make unit files',
    downloadAll: 'Download all',
    confirm: 'Write into the ledger',
    report: 'Make progress report',
    // The core's reasons, said in the pane's language (issue 16).
    otherMaster: 'split from another master ledger',
    noMarker: 'no cycle marker',
  },
} as const;

type Window = {
  rectifyProbe: { cellValue: (sheet: string, address: string) => Cell; sheetNames: () => string[] };
};

/** The 台账 as the double holds it: header row and rows of values, read cell by cell. */
async function ledgerGrid(page: Page): Promise<Cell[][]> {
  return page.evaluate(() => {
    const probe = (window as unknown as Window).rectifyProbe;
    const letter = (c: number) =>
      c < 26 ? String.fromCharCode(65 + c) : `A${String.fromCharCode(65 + c - 26)}`;
    const rows: Cell[][] = [];
    // Rows above the header (a title) may be blank; the table ends at the first blank row below.
    let header = false;
    for (let r = 1; r < 1000; r++) {
      const row = Array.from({ length: 30 }, (_, c) => probe.cellValue('台账', `${letter(c)}${r}`));
      const blank = row.every((v) => v === null || v === '');
      if (blank && header) break;
      header ||= row.includes('问题序号');
      rows.push(row);
    }
    return rows;
  });
}

const cellValue = (page: Page, address: string) =>
  page.evaluate((a) => (window as unknown as Window).rectifyProbe.cellValue('台账', a), address);

/** Text of every match (a preview may list several entries of a kind). */
const textOf = async (locator: ReturnType<Page['locator']>) =>
  (await locator.allTextContents()).join('\n');

const letterOf = (c: number) =>
  c < 26 ? String.fromCharCode(65 + c) : `A${String.fromCharCode(65 + c - 26)}`;

const unitsOf = (cell: Cell | undefined) =>
  String(cell ?? '')
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Nothing sticks out to the right of the 320-pixel pane, neither the page nor any element. */
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

/** The tab bar: every tab whole (no label cut), in one row (zh) or a deliberate 3 × 2 grid (en). */
async function expectTabBar(page: Page, lang: 'zh' | 'en'): Promise<void> {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('[role="tab"]')].map((tab) => {
      const box = tab.getBoundingClientRect();
      const clipped = [...tab.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth + 1);
      return { top: Math.round(box.top), left: box.left, right: box.right, clipped };
    }),
  );
  expect(boxes).toHaveLength(6);
  for (const box of boxes) {
    expect(box.clipped).toBe(false);
    expect(box.right).toBeLessThanOrEqual(320);
  }
  const rows = new Set(boxes.map((b) => b.top));
  expect(rows.size).toBe(lang === 'zh' ? 1 : 2);
  if (lang === 'en') {
    // Three and three, columns aligned.
    const tops = boxes.map((b) => b.top);
    expect(tops.slice(0, 3).every((t) => t === tops[0])).toBe(true);
    expect(tops.slice(3).every((t) => t === tops[3])).toBe(true);
    for (let i = 0; i < 3; i++)
      expect(Math.abs(boxes[i]!.left - boxes[i + 3]!.left)).toBeLessThan(1);
  }
}

describe('the 分发与回收 tab in Excel (the Excel double as host)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`splits, collects with a preview, writes on confirm and downloads the report (${lang})`, async () => {
      const words = WORDS[lang];
      const pane = await openPane(`${server.origin}/taskpane-e2e.html${words.query}`);
      const shot = (name: string) =>
        pane.page.screenshot({ path: join(SHOTS, `${lang}-${name}.png`), fullPage: true });
      const downloads: Download[] = [];
      pane.page.on('download', (d) => downloads.push(d));
      try {
        const { page } = pane;
        const probe = probeOf(page);
        const dir = join(work, lang);
        mkdirSync(dir, { recursive: true });

        // The tab before any ledger: the steps, and the empty state (no ledger yet).
        await page.getByRole('button', { name: words.import }).waitFor();
        await expectTabBar(page, lang);
        await page.getByRole('tab', { name: words.cycleTab }).click();
        await page.getByRole('button', { name: words.split }).waitFor();
        await page.getByRole('button', { name: lang === 'zh' ? '前往导入' : /import/i }).waitFor();
        await expectFits(page, `${lang} cycle (no ledger)`);
        await shot('01-no-ledger');

        // Import the seed list, then split.
        await page.getByRole('tab', { name: words.tabs[0] }).click();
        await page.getByRole('button', { name: words.import }).click();
        await page.getByTestId('import-done').waitFor();
        const grid = await ledgerGrid(page);
        const headerAt = grid.findIndex((r) => r.includes('问题序号'));
        const header = grid[headerAt]!.map((h) => String(h ?? ''));
        const col = (name: string) => header.indexOf(name);
        const body = grid.slice(headerAt + 1);
        const expectedUnits = [...new Set(body.flatMap((r) => unitsOf(r[col('责任单位')])))];
        expect(expectedUnits.length).toBeGreaterThan(3);

        await page.getByRole('tab', { name: words.cycleTab }).click();
        await page.getByRole('button', { name: words.split }).click();
        const made = page.getByTestId('cycle-split-done');
        await made.waitFor();
        const links = made.getByRole('link');
        const names = await links.allTextContents();
        expect(names).toHaveLength(expectedUnits.length);
        expect([...names].sort()).toEqual(expectedUnits.map((u) => `台账-${u}.xlsx`).sort());
        expect(await probe.sheetNames()).not.toContain('回收记录'); // the split wrote nothing
        await expectFits(page, `${lang} split`);
        await shot('02-split');

        await page.getByRole('button', { name: words.downloadAll }).click();
        await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(names.length);
        expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([...names].sort());
        // A unit with at least three rows: one to take, one refused, one in conflict.
        const rowsOf = (u: string) => body.filter((r) => unitsOf(r[col('责任单位')]).includes(u));
        const unit = expectedUnits.find((u) => rowsOf(u).length >= 3)!;
        const unitFile = join(dir, `台账-${unit}.xlsx`);
        await downloads
          .find((d) => d.suggestedFilename() === `台账-${unit}.xlsx`)!
          .saveAs(unitFile);
        downloads.length = 0;

        // Our reader reads the downloaded file back: the unit's rows and its marker.
        const reading = readWorkbook(new Uint8Array(readFileSync(unitFile)));
        expect(reading.sheetNames).toEqual(
          expect.arrayContaining(['说明', '台账', '清单', '名录']),
        );
        const names_ = Object.fromEntries(reading.definedNames.map((n) => [n.name, n.reference]));
        expect(names_['RECTIFY_CYCLE_UNIT']).toBe(`"${unit}"`);
        const unitRows = rowsByHeader((reading.grid('台账')?.rows ?? []) as Cell[][]);
        expect(unitRows.map((r) => `${r['问题序号']}-${r['措施序号']}`)).toEqual(
          rowsOf(unit).map((r) => `${r[col('问题序号')]}-${r[col('措施序号')]}`),
        );

        // The unit edits its file with openpyxl: progress on its first row, the measure's wording
        // (a document column) on its second, progress on a third that the office edits too.
        const returned = rowsByHeader((await readBack(unitFile)).sheets['台账'] ?? []);
        const [r1, r2, r3] = returned as [
          Record<string, Cell>,
          Record<string, Cell>,
          Record<string, Cell>,
        ];
        const at = (r: Record<string, Cell>) => ({
          item: Number(r['问题序号']),
          measure: String(r['措施序号']),
        });
        await editWithOpenpyxl(unitFile, [
          { op: 'set', ...at(r1), column: '整改进展', value: '已完成排查，整改中' },
          { op: 'set', ...at(r2), column: '整改措施', value: '单位改写的措施' },
          { op: 'set', ...at(r3), column: '整改进展', value: '单位填写的进展' },
        ]);
        const masterRow = (r: Record<string, Cell>) =>
          1 +
          grid.findIndex(
            (g) =>
              String(g[col('问题序号')]) === String(r['问题序号']) &&
              String(g[col('措施序号')]) === String(r['措施序号']),
          );
        const progress = letterOf(col('整改进展'));
        const measure = letterOf(col('整改措施'));
        const c1 = `${progress}${masterRow(r1)}`;
        const c2 = `${measure}${masterRow(r2)}`;
        const c3 = `${progress}${masterRow(r3)}`;
        const measureBefore = await cellValue(page, c2);
        // The office edits r3's progress in the master after the split: a conflict.
        await probe.edit('台账', c3, '总台账更新的进展');

        // Collect: the unit's file, a file of another ledger, a plain workbook.
        await page
          .getByTestId('cycle-returned-files')
          .setInputFiles([unitFile, otherLedgerFile, plainWorkbook]);
        const preview = page.getByTestId('cycle-preview');
        await preview.waitFor();
        const files = preview.getByTestId('cycle-preview-file');
        await expect(files.count()).resolves.toBe(3);
        const first = files.nth(0);
        await expect(first.locator('[data-kind="taken"]').count()).resolves.toBe(1);
        expect(await textOf(first.locator('[data-kind="taken"]'))).toContain('已完成排查，整改中');
        expect(await textOf(first.locator('[data-kind="refused"]'))).toContain('整改措施');
        expect(await textOf(first.locator('[data-kind="conflict"]'))).toContain('总台账更新的进展');
        expect(await textOf(files.nth(1).locator('[data-kind="file-refused"]'))).toContain(
          words.otherMaster,
        );
        expect(await textOf(files.nth(2).locator('[data-kind="file-refused"]'))).toContain(
          words.noMarker,
        );
        // Nothing is written before the user confirms.
        expect(await cellValue(page, c1)).not.toBe('已完成排查，整改中');
        expect(await probe.sheetNames()).not.toContain('回收记录');
        await expectFits(page, `${lang} preview`);
        await shot('03-preview');

        await preview.getByRole('button', { name: words.confirm }).click();
        await page.getByTestId('cycle-collect-done').waitFor();
        expect(await cellValue(page, c1)).toBe('已完成排查，整改中');
        expect(await cellValue(page, c2)).toBe(measureBefore);
        expect(await cellValue(page, c3)).toBe('总台账更新的进展');
        const sheets = await probe.sheetNames();
        expect(sheets).toContain('回收记录');
        expect(sheets.filter((s) => s.startsWith('RECTIFY_'))).toEqual([]);
        const logKinds = await page.evaluate(() => {
          const probe = (window as unknown as Window).rectifyProbe;
          const out: Cell[] = [];
          for (let r = 2; probe.cellValue('回收记录', `B${r}`) !== null; r++)
            out.push(probe.cellValue('回收记录', `B${r}`));
          return out;
        });
        expect(logKinds).toEqual(expect.arrayContaining(['已采纳', '未采纳', '冲突', '拒收文件']));
        await expectFits(page, `${lang} collected`);
        await shot('04-collected');

        // The progress report downloads as .docx.
        const reportDownload = page.waitForEvent('download');
        await page.getByRole('button', { name: words.report }).click();
        const report = await reportDownload;
        expect(report.suggestedFilename()).toMatch(/^整改进展情况-\d{4}-\d{2}-\d{2}\.docx$/);
        const docx = join(dir, report.suggestedFilename());
        await report.saveAs(docx);
        const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']!);
        const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
        expect(text).toContain('整改进展情况');
        expect(text).toContain(unit);
        await page.getByTestId('cycle-report-done').waitFor();
        await expectFits(page, `${lang} report`);
        await shot('05-report');
        expect(pane.outside).toEqual([OFFICE_JS]);
      } catch (error) {
        await shot('failed');
        throw error;
      } finally {
        await pane.close();
      }
    }, 180_000);
  }
});
