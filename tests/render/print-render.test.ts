/**
 * What a person holds in their hands (issue 19): the seed ledger and its summaries printed
 * through LibreOffice. Every page carries the running header and page numbers; the 台账 its title
 * row and 填报单位 / 填报日期 line above the table; a leader sheet its title row, and its long measures in full (rows tall
 * enough for their wrapped text, none cut to one line). openpyxl, an independent reader, finds a
 * named font on every styled cell of every generated sheet.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_NAME } from '../../src/core/workbook/print';
import { load, rectify, table, writeSeedLedger } from '../cli/summarize-support';
import { PYTHON } from '../support/xlsx-parts';

const run = promisify(execFile);
const TODAY = '2026-11-29';

let dir: string;
let xlsx: string;
let pdf: string;
let pages: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-print-'));
  xlsx = join(dir, 'ledger.xlsx');
  await writeSeedLedger(xlsx);
  await rectify('summarize', xlsx, '--today', TODAY);
  await run(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      xlsx,
    ],
    { timeout: 180_000 },
  );
  pdf = join(dir, 'ledger.pdf');
  const { stdout } = await run('pdfinfo', [pdf]);
  const count = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
  pages = [];
  for (let p = 1; p <= count; p++) {
    const text = await run('pdftotext', ['-f', `${p}`, '-l', `${p}`, pdf, '-']);
    pages.push(text.stdout.replace(/\s+/g, ''));
  }
}, 240_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the printed workbook', () => {
  it('numbers every page in its footer and heads it with the list title', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const [i, text] of pages.entries()) {
      expect(text, `page ${i + 1}`).toMatch(/第\d+页共\d+页/);
      expect(text, `page ${i + 1}`).toContain('保靖县');
    }
  });

  it('prints the 台账 with its title row and 填报 line above the table, and long measures in full', async () => {
    // The title row (the list's title + 整改台账) and the 填报 line lead the 台账's first page.
    // (说明 starts with the list's title then 整改台账（由…生成）: not the ledger's title row.)
    const isTitle = (t: string) => /整改清单整改台账(?!（)/.test(t);
    const first = pages.findIndex(isTitle);
    expect(first).toBeGreaterThan(0);
    expect(pages[first]).toContain('填报单位：');
    expect(pages[first]).toContain('填报日期：');
    expect(pages[first]).toContain('问题序号');
    // Print titles repeat the header row only: the title is printed once.
    expect(pages.filter(isTitle)).toHaveLength(1);
    // The 台账's pages: from its first page up to 时间节点's, each with the header again.
    const end = pages.findIndex((t, i) => i > first && t.includes('节点内容'));
    const ledgerPages = pages.slice(first, end);
    expect(ledgerPages.length).toBeGreaterThan(1);
    for (const text of ledgerPages) expect(text).toContain('措施序号');
    const printed = ledgerPages.join('');
    const book = await load(xlsx);
    const measures = table(book.getWorksheet('台账') as ExcelJS.Worksheet, 13)
      .slice(3)
      .map((r) => String(r[2] ?? ''))
      .sort((x, y) => y.length - x.length)
      .slice(0, 10);
    expect(measures[0]!.length).toBeGreaterThan(150);
    // Each long measure's first and last words are on the page: no row cut to one line.
    for (const text of measures) {
      const flat = text.replace(/\s+/g, '').replace(/[。；;，,.]+$/, '');
      expect(printed, flat).toContain(flat.slice(0, 6));
      expect(printed, flat).toContain(flat.slice(-4));
    }
  });

  it('shows a leader sheet with its title row and every long measure in full', async () => {
    const book = await load(xlsx);
    const sheet = book.getWorksheet('汇总-田明') as ExcelJS.Worksheet;
    const measures = table(sheet, 9)
      .slice(7)
      .map((r) => String(r[2] ?? ''));
    const longest = measures.reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(longest.length).toBeGreaterThan(150);
    const printed = pages.filter((t) => t.includes('汇总-田明')).join('');
    expect(printed).toContain('督办县领导田明督办事项整改情况');
    // The whole text is drawn: a row cut to one line would lose all but its first few words, so
    // each measure's last words must be on the page too. (Lines of wrapped neighbouring cells
    // interleave in the PDF's text, so the measure is checked by its ends, not as one string.)
    for (const text of measures) {
      const flat = text.replace(/\s+/g, '').replace(/[。；;，,.]+$/, '');
      expect(printed, flat).toContain(flat.slice(0, 6));
      expect(printed, flat).toContain(flat.slice(-4));
    }
    expect(printed).toContain('完成日期');
  });

  it('names a font on every styled cell of every generated sheet (read by openpyxl)', async () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    styled = [c for row in ws.iter_rows() for c in row if c.has_style]
    out[ws.title] = [len(styled), sorted({c.font.name for c in styled if c.font is not None and c.font.name})]
print(json.dumps(out, ensure_ascii=False))
`;
    const { stdout } = await run(PYTHON, ['-c', script, xlsx], { maxBuffer: 64 * 1024 * 1024 });
    const fonts = JSON.parse(stdout) as Record<string, [number, string[]]>;
    expect(Object.keys(fonts)).toContain('汇总-田明');
    for (const [sheet, [styled, names]] of Object.entries(fonts)) {
      expect(styled, sheet).toBeGreaterThan(0);
      expect(names, sheet).toEqual([FONT_NAME]);
    }
  });
});
