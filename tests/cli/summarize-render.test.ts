import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rectify, writeSeedLedger } from './summarize-support';

const run = promisify(execFile);

/**
 * What a person sees: the summarized seed ledger opened by LibreOffice (own profile), printed to
 * PDF, and the pages of two leaders rendered to pixels. 田明 has overdue measures at 2026-11-29;
 * 杨志慧's are all ongoing without a deadline, so his page is the negative control.
 */
let dir: string;
let pdf: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-summary-render-'));
  const path = join(dir, 'ledger.xlsx');
  await writeSeedLedger(path);
  await rectify('summarize', path, '--today', '2026-11-29');
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      path,
    ],
    { timeout: 180_000 },
  );
  pdf = join(dir, 'ledger.pdf');
}, 200_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

async function pageCount(): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
}

async function pageText(page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', `${page}`, '-l', `${page}`, pdf, '-']);
  return stdout;
}

/** The first page with the leader's title row (below the running header). */
async function leaderPage(leader: string): Promise<number> {
  const pages = await pageCount();
  for (let p = 1; p <= pages; p++) {
    const text = (await pageText(p)).replace(/\s+/g, '');
    if (text.includes(`督办县领导${leader}督办事项整改情况`)) return p;
  }
  throw new Error(`no page for ${leader}`);
}

/** Pixels of a page close to a colour, from a binary PPM rendering. */
async function pixelsNear(page: number, [r, g, b]: [number, number, number]): Promise<number> {
  const base = join(dir, `page-${page}`);
  await run('pdftoppm', ['-f', `${page}`, '-l', `${page}`, '-r', '50', '-singlefile', pdf, base]);
  const ppm = await readFile(`${base}.ppm`);
  // Header: P6\n<w> <h>\n255\n
  let offset = 0;
  for (let fields = 0; fields < 4;) {
    while (/\s/.test(String.fromCharCode(ppm[offset] as number))) offset++;
    while (!/\s/.test(String.fromCharCode(ppm[offset] as number))) offset++;
    fields++;
  }
  offset++;
  let count = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) {
    const near =
      Math.abs((ppm[i] as number) - r) < 12 &&
      Math.abs((ppm[i + 1] as number) - g) < 12 &&
      Math.abs((ppm[i + 2] as number) - b) < 12;
    if (near) count++;
  }
  return count;
}

const OVERDUE_FILL: [number, number, number] = [0xff, 0xc7, 0xce];

describe('summary sheets as LibreOffice prints them', () => {
  it('show the leader in Chinese and overdue rows red; a leader with nothing overdue has no red', async () => {
    const tian = await leaderPage('田明');
    expect(await pageText(tian)).toContain('返回领导汇总');
    expect(await pixelsNear(tian, OVERDUE_FILL)).toBeGreaterThan(2_000);
    const yang = await leaderPage('杨志慧');
    // A few anti-aliased pixels of the red warning text come close to the fill; rows do not.
    expect(await pixelsNear(yang, OVERDUE_FILL)).toBeLessThan(100);
  });

  it('print the overview with its date and no cell too narrow for its value', async () => {
    const pages = await pageCount();
    let overview = '';
    for (let p = 1; p <= pages && overview === ''; p++) {
      const text = await pageText(p);
      if (text.replace(/\s+/g, '').includes('领导汇总统计日期')) overview = text;
    }
    expect(overview).toContain('2026-11-29');
    expect(overview).toContain('合计');
    expect(overview).toContain('状态有误');
    const tian = await pageText(await leaderPage('田明'));
    expect(tian).toContain('2026-11-29');
    expect(overview + tian).not.toContain('###');
  });

  it('print a running header (list title, sheet) and a footer with page numbers on every page', async () => {
    const pages = await pageCount();
    const tian = await leaderPage('田明');
    const text = (await pageText(tian)).replace(/\s+/g, '');
    expect(text).toContain('保靖县');
    expect(text).toContain('汇总-田明');
    expect(text).toMatch(/第\d+页共\d+页/);
    expect(text).toContain('统计日期：2026-11-29');
    for (let p = 1; p <= pages; p++) {
      expect((await pageText(p)).replace(/\s+/g, ''), `page ${p}`).toMatch(/第\d+页共\d+页/);
    }
  });
});
