import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/ledger/model';
import type { ListItem, RectificationList } from '../../src/core/list/schema';
import { MARK_COLOURS } from '../../src/core/workbook/palette';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { colourBands, countColour, inkIn, loadPage, renderWorkbook } from '../support/render';
import { PYTHON } from '../support/xlsx-parts';

const run = promisify(execFile);

// Fixed dates far from any day the test runs: 2020/2021 are always past, 2099 never due soon.
const PAST = '2020-06-30';
const ALSO_PAST = '2021-03-31';
const FAR = '2099-12-31';

function item(no: number, date: string | null, texts: string[], done = false): ListItem {
  return {
    no,
    numeral: String(no),
    problem: `问题${no}`,
    goal: '',
    leadUnits: ['县住建局'],
    coopUnits: [],
    leaders: ['张三'],
    openEnded: { leadUnits: false, coopUnits: false, leaders: false },
    measures: texts.map((text, i) => ({ id: String(i + 1), group: null, text, milestones: [] })),
    deadline: {
      text: date ? `${date}。` : '持续推进。',
      kind: date ? 'date' : 'ongoing',
      date,
      reportedDone: done,
    },
    lines: [no, no],
  };
}

/**
 * Ledger rows 2 and 3 are overdue and differ only in their measure text: a one-stroke character
 * against a 29-stroke one, so their ink shows whether CJK glyphs are drawn (missing glyphs all
 * render as the same box). Row 4 is far in the future, row 5 ongoing, row 6 overdue again.
 */
function renderList(allDone: boolean): RectificationList {
  return {
    title: '渲染测试清单',
    diagnostics: [],
    items: [
      item(1, PAST, ['一'.repeat(24), '鬱'.repeat(24)], allDone),
      item(2, FAR, ['远期事项'], allDone),
      item(3, allDone ? FAR : null, ['持续推进事项'], allDone),
      item(4, ALSO_PAST, ['逾期事项'], allDone),
    ],
  };
}

/**
 * Writes the 台账 first (so the first printed page is the ledger), then the sheets its colours
 * look up: 名录 (状态类别 of the statuses) and 说明 (临期提醒天数).
 */
async function ledgerOnly(list: RectificationList, path: string): Promise<void> {
  const plan = buildLedgerWorkbookPlan(list, {
    today: '2026-11-29',
    sourceName: 'render.txt',
    generatedAt: '2026-11-29',
  });
  const named = (name: string) => plan.sheets.filter((s) => s.name === name);
  await writeNewWorkbook(
    { sheets: [...named(SHEETS.ledger), ...named(SHEETS.lists), ...named(SHEETS.readme)] },
    path,
  );
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-render-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the ledger as LibreOffice prints it', () => {
  it('paints overdue rows red and draws the Chinese text', async () => {
    const xlsx = join(dir, 'overdue.xlsx');
    await ledgerOnly(renderList(false), xlsx);
    const rendering = await renderWorkbook(xlsx, join(dir, 'overdue'), { dpi: 220 });
    expect(rendering.pages.length).toBeGreaterThanOrEqual(1);
    const page = loadPage(rendering.pages[0] as string);
    const red = colourBands(page, MARK_COLOURS.overdue.fill);
    expect(red).toHaveLength(3);
    expect(red.map((b) => b.top)).toEqual([...red.map((b) => b.top)].sort((a, b) => a - b));
    expect(countColour(page, MARK_COLOURS.done.fill)).toBe(0);
    // 鬱 carries far more ink than 一; boxes drawn for missing glyphs would carry the same.
    const [simple, complex] = red as [(typeof red)[0], (typeof red)[0]];
    expect(inkIn(page, complex)).toBeGreaterThan(inkIn(page, simple) * 1.5);
    const fonts = await run('pdffonts', [rendering.pdf]);
    expect(fonts.stdout).toMatch(/CJK/);
  });

  it('paints nothing red when every row is done (negative control)', async () => {
    const xlsx = join(dir, 'done.xlsx');
    await ledgerOnly(renderList(true), xlsx);
    const rendering = await renderWorkbook(xlsx, join(dir, 'done'));
    const page = loadPage(rendering.pages[0] as string);
    expect(countColour(page, MARK_COLOURS.overdue.fill)).toBe(0);
    expect(colourBands(page, MARK_COLOURS.done.fill)).toHaveLength(5);
  });
});

describe('a status the user adds to 名录 (issue 16)', () => {
  it('colours rows green by its category: 已完成 in 状态类别 counts as done', async () => {
    const xlsx = join(dir, 'custom.xlsx');
    await ledgerOnly(renderList(false), xlsx);
    // The user adds 已验收 (category 已完成) and 暂缓 (推进中) to 名录 and uses them on 台账,
    // with openpyxl as another program would; row 4 (overdue, 已验收) must turn green, row 5
    // (overdue, 暂缓) stay red.
    const script = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
lists, ledger = wb['名录'], wb['台账']
r = lists.max_row + 1
lists.cell(r, 1, '已验收'); lists.cell(r, 2, '已完成')
lists.cell(r + 1, 1, '暂缓'); lists.cell(r + 1, 2, '推进中')
header = next(i for i in range(1, 11) if ledger.cell(i, 1).value == '问题序号')
status = [c.value for c in ledger[header]].index('状态') + 1
ledger.cell(header + 1, status, '已验收')
ledger.cell(header + 2, status, '暂缓')
wb.save(sys.argv[1])
`;
    await run(PYTHON, ['-c', script, xlsx]);
    const rendering = await renderWorkbook(xlsx, join(dir, 'custom'));
    const page = loadPage(rendering.pages[0] as string);
    // Overdue rows were 3 (two measures of item 1, item 4): one is now done.
    expect(colourBands(page, MARK_COLOURS.overdue.fill)).toHaveLength(2);
    expect(colourBands(page, MARK_COLOURS.done.fill)).toHaveLength(1);
  });
});
