/**
 * The reminder window lives in the workbook (issue 16): with 临期提醒天数 at 60, a row due in 45
 * days is amber in the 台账 as LibreOffice renders it (the conditional format reads 说明!B5, so no
 * add-in is needed), `rectify summarize` counts it as due soon, and the legend says 60. The
 * deadlines are relative to the real date, since LibreOffice evaluates TODAY() when it prints.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoFromParts, type IsoDate } from '../../src/core/dates';
import { SHEETS } from '../../src/core/ledger/model';
import type { ListItem, RectificationList } from '../../src/core/list/schema';
import type { Settings } from '../../src/core/settings';
import { MARK_COLOURS } from '../../src/core/workbook/palette';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { load, rectify, table } from '../cli/summarize-support';
import { colourBands, loadPage, renderWorkbook } from '../support/render';
import { PYTHON } from '../support/xlsx-parts';

const run = promisify(execFile);

const now = new Date();
const TODAY: IsoDate = isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());

function item(no: number, date: IsoDate): ListItem {
  return {
    no,
    numeral: String(no),
    problem: `问题${no}`,
    goal: '',
    leadUnits: ['县住建局'],
    coopUnits: [],
    leaders: ['张三'],
    openEnded: { leadUnits: false, coopUnits: false, leaders: false },
    measures: [{ id: '1', group: null, text: `措施${no}`, milestones: [] }],
    deadline: { text: `${date}。`, kind: 'date', date, reportedDone: false },
    lines: [no, no],
  };
}

/** Row 2 due in 45 days (amber at 60, not at 30), row 3 in 100 days (never amber here). */
const LIST: RectificationList = {
  title: '提醒设置测试清单',
  diagnostics: [],
  items: [item(1, addDays(TODAY, 45)), item(2, addDays(TODAY, 100))],
};

/** 台账 first (so it is the first printed page), then 名录 and 说明, which its colours read. */
async function writeLedger(path: string, settings?: Settings): Promise<void> {
  const plan = buildLedgerWorkbookPlan(LIST, {
    today: TODAY,
    sourceName: 'settings.txt',
    generatedAt: TODAY,
    ...(settings ? { settings } : {}),
  });
  const sheet = (name: string) => plan.sheets.filter((s) => s.name === name);
  await writeNewWorkbook(
    { sheets: [...sheet(SHEETS.ledger), ...sheet(SHEETS.lists), ...sheet(SHEETS.readme)] },
    path,
  );
}

/** The amber rows of the printed 台账, and the printed text of every page (whitespace removed). */
async function printed(path: string, out: string): Promise<{ amber: number; text: string }> {
  const rendering = await renderWorkbook(path, join(dir, out));
  const page = loadPage(rendering.pages[0] as string);
  const { stdout } = await run('pdftotext', [rendering.pdf, '-']);
  return {
    amber: colourBands(page, MARK_COLOURS.dueSoon.fill).length,
    text: stdout.replace(/\s+/g, ''),
  };
}

async function amberRows(path: string, out: string): Promise<number> {
  return (await printed(path, out)).amber;
}

/** Types a number into 说明!B5 with openpyxl, as another program would (no add-in, no product). */
async function typeDueSoonDays(path: string, days: number): Promise<void> {
  const script = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb['说明']['A5'].value == '临期提醒天数'
wb['说明']['B5'] = int(sys.argv[2])
wb.save(sys.argv[1])
`;
  await run(PYTHON, ['-c', script, path, String(days)]);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-settings-render-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('临期提醒天数 in the workbook', () => {
  it('leaves a row due in 45 days uncoloured at the default 30 (control)', async () => {
    const path = join(dir, 'default.xlsx');
    await writeLedger(path);
    expect(await amberRows(path, 'default')).toBe(0);
  });

  it('colours it amber when 60 is typed into the cell, with no add-in', async () => {
    const path = join(dir, 'typed.xlsx');
    await writeLedger(path);
    const before = await printed(path, 'typed-before');
    expect(before.text).toContain('30天内到期，尚未完成');
    await typeDueSoonDays(path, 60);
    const after = await printed(path, 'typed');
    expect(after.amber).toBe(1);
    // The legend is our formula on B5: it says the number typed there, not the one generated.
    expect(after.text).toContain('60天内到期，尚未完成');
    expect(after.text).toContain('60天内到期显示为黄色');
    expect(after.text).not.toContain('30天内到期，尚未完成');
  });

  it('at 60 set by the plan: amber in the sheet, due soon in summarize, 60 in the legend', async () => {
    const path = join(dir, 'sixty.xlsx');
    await writeLedger(path, { dueSoonDays: 60, staleDays: 90 });
    const sixty = await printed(path, 'sixty');
    expect(sixty.amber).toBe(1);
    expect(sixty.text).toContain('60天内到期，尚未完成');

    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const overview = table((await load(path)).getWorksheet('领导汇总') as ExcelJS.Worksheet, 10);
    expect(overview[4]?.at(-1)).toBe('60天内到期');
    const total = overview.find((row) => row[0] === '合计');
    expect(total?.at(-1)).toBe(1);
    // The flag overrides the workbook for one run.
    await rectify('summarize', path, '--today', TODAY, '--due-soon-days', '30');
    const again = table((await load(path)).getWorksheet('领导汇总') as ExcelJS.Worksheet, 10);
    expect(again.find((row) => row[0] === '合计')?.at(-1)).toBe(0);
  });
});
