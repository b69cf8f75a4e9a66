import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fingerprint,
  iso,
  load,
  plain,
  rectify,
  table,
  writeSeedLedger,
} from './summarize-support';
import { openpyxlDump } from '../support/openpyxl-dump';
import { LEDGER_HEADER_ROW } from '../../src/core/workbook/ledger-layout';

/** 1-based row of the 台账's header (a title row and the 填报 line sit above it). */
const HEADER = LEDGER_HEADER_ROW + 1;

const TODAY = '2026-11-29';
const HORIZON = '2026-12-29'; // today + 30
const COUNT_HEADERS = [
  '问题数',
  '措施数',
  '已完成',
  '推进中',
  '持续推进',
  '未启动',
  '状态有误',
  '逾期',
  '30天内到期',
];
const STATUS_NAMES = ['已完成', '已销号', '推进中', '持续推进', '未启动'];

let dir: string;
let seed: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-summarize-'));
  seed = join(dir, 'seed.xlsx');
  await writeSeedLedger(seed);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function copyOfSeed(name: string): Promise<string> {
  const path = join(dir, name);
  await copyFile(seed, path);
  return path;
}

/** Adds names to 名录's 督办县领导 column, as a user does before using a new leader's name. */
function addLeadersToLists(book: ExcelJS.Workbook, names: readonly string[]): void {
  const ws = book.getWorksheet('名录') as ExcelJS.Worksheet;
  const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const c = header.indexOf('督办县领导');
  let r = 2;
  while (ws.getRow(r).getCell(c).value !== null) r++;
  for (const name of names) ws.getRow(r++).getCell(c).value = name;
}

// ---- What the summaries should say, worked out here from the raw 台账 cells (not by the product).

interface Measure {
  row: number;
  item: number;
  measure: string;
  leaders: string[];
  status: string;
  deadline: string | null;
}

function measuresOf(book: ExcelJS.Workbook): Measure[] {
  const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
  const header = (ws.getRow(HEADER).values as unknown[]).map((v) => String(v ?? ''));
  const col = (name: string) => header.indexOf(name);
  const out: Measure[] = [];
  for (let r = HEADER + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (name: string) => row.getCell(col(name)).value;
    if (get('问题序号') === null && get('整改措施') === null) continue;
    out.push({
      row: r,
      item: Number(get('问题序号')),
      measure: String(get('措施序号')),
      leaders: [
        ...new Set(
          String(get('督办县领导') ?? '')
            .split('、')
            .map((s) => s.trim()),
        ),
      ].filter((s) => s !== ''),
      status: String(get('状态') ?? '').trim(),
      deadline: iso(get('截止日期')),
    });
  }
  return out;
}

const isDone = (m: Measure) => m.status === '已完成' || m.status === '已销号';
const isOverdue = (m: Measure) => !isDone(m) && m.deadline !== null && m.deadline < TODAY;
const isDueSoon = (m: Measure) =>
  !isDone(m) && m.deadline !== null && m.deadline >= TODAY && m.deadline <= HORIZON;

function expectedCounts(measures: Measure[]): number[] {
  const by = (s: string) => measures.filter((m) => m.status === s).length;
  return [
    new Set(measures.map((m) => m.item)).size,
    measures.length,
    by('已完成') + by('已销号'),
    by('推进中'),
    by('持续推进'),
    by('未启动'),
    measures.filter((m) => !STATUS_NAMES.includes(m.status)).length,
    measures.filter(isOverdue).length,
    measures.filter(isDueSoon).length,
  ];
}

function listLeaders(book: ExcelJS.Workbook): string[] {
  const ws = book.getWorksheet('清单') as ExcelJS.Worksheet;
  const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const c = header.indexOf('督办县领导');
  const names: string[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    for (const n of String(ws.getRow(r).getCell(c).value ?? '').split('、')) {
      if (n.trim() !== '' && !names.includes(n.trim())) names.push(n.trim());
    }
  }
  return names;
}

function expectedOverview(book: ExcelJS.Workbook): unknown[][] {
  const measures = measuresOf(book);
  const inLedger = new Set(measures.flatMap((m) => m.leaders));
  const order = [...listLeaders(book), ...measures.flatMap((m) => m.leaders)].filter(
    (n, i, all) => inLedger.has(n) && all.indexOf(n) === i,
  );
  return [
    ...order.map((leader) => [
      leader,
      ...expectedCounts(measures.filter((m) => m.leaders.includes(leader))),
    ]),
    ['合计', ...expectedCounts(measures)],
  ];
}

/** Urgency group, then deadline, then sheet row: the order a leader's sheet must list measures in. */
function expectedOrder(measures: Measure[]): string[] {
  const group = (m: Measure) =>
    isDone(m) ? 4 : m.deadline === null ? 3 : isOverdue(m) ? 0 : isDueSoon(m) ? 1 : 2;
  return [...measures]
    .sort(
      (a, b) =>
        group(a) - group(b) ||
        (group(a) < 3 ? (a.deadline as string).localeCompare(b.deadline as string) : 0) ||
        a.row - b.row,
    )
    .map((m) => `${m.item}/${m.measure}`);
}

function overviewRows(book: ExcelJS.Workbook): unknown[][] {
  const ws = book.getWorksheet('领导汇总') as ExcelJS.Worksheet;
  const rows = table(ws, 10);
  expect(rows[4]).toEqual(['督办县领导', ...COUNT_HEADERS]);
  const end = rows.findIndex((r) => r[0] === '合计');
  return rows.slice(5, end + 1);
}

function checkLeaderSheets(book: ExcelJS.Workbook): void {
  const measures = measuresOf(book);
  for (const [leader] of overviewRows(book).slice(0, -1) as [string][]) {
    const mine = measures.filter((m) => m.leaders.includes(leader));
    const ws = book.getWorksheet(`汇总-${leader}`) as ExcelJS.Worksheet;
    expect(ws, leader).toBeDefined();
    const rows = table(ws, 9);
    expect(rows[0]?.[0]).toBe(`督办县领导 ${leader} 督办事项整改情况`);
    expect([rows[1]?.[0], rows[1]?.[4], rows[1]?.[5]]).toEqual(['填报单位：', '填报日期：', TODAY]);
    expect(rows[3]).toEqual(COUNT_HEADERS);
    expect(rows[4]).toEqual(expectedCounts(mine));
    expect(rows[6]).toEqual([
      '问题序号',
      '措施序号',
      '整改措施',
      '责任单位',
      '截止日期',
      '状态',
      '完成日期',
      '逾期天数',
      '整改进展',
    ]);
    const body = rows.slice(7);
    expect(
      body.map((r) => `${r[0]}/${r[1]}`),
      leader,
    ).toEqual(expectedOrder(mine));
    body.forEach((r, i) => {
      const m = mine.find((x) => `${x.item}/${x.measure}` === `${r[0]}/${r[1]}`) as Measure;
      const fill = (ws.getRow(8 + i).getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor
        ?.argb;
      const days =
        m.deadline === null ? 0 : (Date.parse(TODAY) - Date.parse(m.deadline)) / 86_400_000;
      expect([r[7], fill], `${leader} ${r[0]}/${r[1]}`).toEqual(
        isOverdue(m) ? [days, 'FFFFC7CE'] : isDueSoon(m) ? [null, 'FFFFEB9C'] : [null, undefined],
      );
    });
  }
}

describe('rectify summarize on the seed ledger', () => {
  let book: ExcelJS.Workbook;
  let result: Awaited<ReturnType<typeof rectify>>;
  beforeAll(async () => {
    const path = await copyOfSeed('counts.xlsx');
    result = await rectify('summarize', path, '--today', TODAY);
    book = await load(path);
  });

  it('counts what the ledger says, per leader in list order, with a total', () => {
    const rows = overviewRows(book);
    expect(rows).toEqual(expectedOverview(book));
    // Sanity on the independent side: the seed has 89 measures and leaders supervise them.
    expect(rows.at(-1)?.[2]).toBe(89);
    expect(rows.length).toBeGreaterThan(5);
  });

  it('states the as-of date and the ledger errors, and exits 1 because there are errors', () => {
    const ws = book.getWorksheet('领导汇总') as ExcelJS.Worksheet;
    expect(plain(ws.getCell('B2').value)).toBe(TODAY);
    // The fresh seed ledger's errors are its overdue rows without progress (issue 5).
    const overdue = measuresOf(book).filter(isOverdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(String(plain(ws.getCell('B3').value))).toMatch(new RegExp(`^台账有 ${overdue} 个错误`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${overdue} 个错误`);
  });

  it('lists each leader’s measures by urgency, overdue rows red and due-soon rows amber', () => {
    checkLeaderSheets(book);
  });

  it('puts the summary sheets after the ledger sheets and marks them as owned', () => {
    const names = book.worksheets.map((w) => w.name);
    expect(names.slice(0, 6)).toEqual(['说明', '清单', '台账', '时间节点', '名录', '领导汇总']);
    const owned = (book.definedNames as unknown as { model: { name: string }[] }).model.filter(
      (n) => n.name.startsWith('RECTIFY_OWNED_'),
    );
    expect(owned).toHaveLength(names.length);
  });
});

describe('running again', () => {
  it('gives the same workbook as running once', async () => {
    const path = await copyOfSeed('twice.xlsx');
    await rectify('summarize', path, '--today', TODAY);
    const once = await load(path);
    const second = await rectify('summarize', path, '--today', TODAY);
    expect(second.stdout).toContain('更新 领导汇总');
    const twice = await load(path);
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
    for (const ws of once.worksheets) {
      expect(fingerprint(twice.getWorksheet(ws.name) as ExcelJS.Worksheet), ws.name).toEqual(
        fingerprint(ws),
      );
    }
    expect((twice.definedNames as unknown as { model: unknown }).model).toEqual(
      (once.definedNames as unknown as { model: unknown }).model,
    );
  });
});

describe("the user's own sheets", () => {
  async function withUserSheets(name: string, sheetNames: string[]): Promise<string> {
    const path = await copyOfSeed(name);
    const book = await load(path);
    for (const sheetName of sheetNames) {
      const ws = book.addWorksheet(sheetName);
      ws.getCell('A1').value = '我自己的统计';
      ws.getCell('A1').font = { bold: true, color: { argb: 'FF0000FF' } };
      ws.getCell('B2').value = 42;
      ws.getCell('B3').value = { formula: 'B2*2+COUNTA(台账!A:A)', result: 174 };
      ws.getCell('C4').value = new Date(Date.UTC(2026, 0, 5));
      ws.getCell('C4').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('D5').value = '=不是公式';
      ws.mergeCells('E1:F2');
      ws.getColumn(1).width = 33;
    }
    book.definedNames.add(`'${sheetNames[0]}'!$B$2`, 'MyTotal');
    await book.xlsx.writeFile(path);
    return path;
  }

  it('survive a summarize cell for cell, with their names', async () => {
    const path = await withUserSheets('user.xlsx', ['我的笔记']);
    const before = await load(path);
    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.code).toBe(1);
    const after = await load(path);
    expect(fingerprint(after.getWorksheet('我的笔记') as ExcelJS.Worksheet)).toEqual(
      fingerprint(before.getWorksheet('我的笔记') as ExcelJS.Worksheet),
    );
    const model = (after.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
      .model;
    expect(model.find((n) => n.name === 'MyTotal')?.ranges).toEqual(["'我的笔记'!$B$2"]);
    // Running again still leaves it alone.
    await rectify('summarize', path, '--today', TODAY);
    expect(fingerprint((await load(path)).getWorksheet('我的笔记') as ExcelJS.Worksheet)).toEqual(
      fingerprint(before.getWorksheet('我的笔记') as ExcelJS.Worksheet),
    );
  });

  it('stop the command when one holds a wanted name: it is named and nothing is written', async () => {
    const path = await withUserSheets('collide.xlsx', ['汇总-田明']);
    const bytes = await readFile(path);
    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('汇总-田明');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await readFile(path)).equals(bytes)).toBe(true);
    // Excel ignores case in sheet names, so a user's 汇总-LI holds the name of leader Li's sheet.
    const path2 = await withUserSheets('collide-case.xlsx', ['汇总-LI']);
    const book = await load(path2);
    const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
    const header = (ws.getRow(HEADER).values as unknown[]).map((v) => String(v ?? ''));
    ws.getRow(HEADER + 1).getCell(header.indexOf('督办县领导')).value = 'Li';
    addLeadersToLists(book, ['Li']);
    await book.xlsx.writeFile(path2);
    const bytes2 = await readFile(path2);
    const r2 = await rectify('summarize', path2, '--today', TODAY);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('汇总-LI');
    expect((await readFile(path2)).equals(bytes2)).toBe(true);
  });
});

describe('a ledger edited by hand', () => {
  it('is summarized as it is now: changed statuses, added rows, a new and a removed leader', async () => {
    const path = await copyOfSeed('edited.xlsx');
    await rectify('summarize', path, '--today', TODAY); // summaries of the fresh ledger first
    const book = await load(path);
    const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
    const header = (ws.getRow(HEADER).values as unknown[]).map((v) => String(v ?? ''));
    const col = (name: string) => header.indexOf(name);
    // Mark the first ten overdue measures done (with a date and progress), start others over.
    let changed = 0;
    for (let r = HEADER + 1; r <= ws.rowCount && changed < 10; r++) {
      const row = ws.getRow(r);
      const deadline = iso(row.getCell(col('截止日期')).value);
      if (deadline !== null && deadline < TODAY && row.getCell(col('状态')).value !== '已完成') {
        row.getCell(col('状态')).value = '已完成';
        row.getCell(col('完成日期')).value = new Date(Date.UTC(2026, 10, 1));
        row.getCell(col('整改进展')).value = '已完成整改';
        changed++;
      }
    }
    ws.getRow(HEADER + 4).getCell(col('状态')).value = '未启动';
    ws.getRow(HEADER + 5).getCell(col('状态')).value = '已销号';
    ws.getRow(HEADER + 5).getCell(col('完成日期')).value = new Date(Date.UTC(2026, 9, 1));
    // A status outside the list is a validation error; the row still counts where it can.
    ws.getRow(HEADER + 6).getCell(col('状态')).value = '完成了';
    // Every measure of the last leader in the list goes to a new leader instead.
    const leaders = listLeaders(book);
    const gone = leaders.at(-1) as string;
    for (let r = HEADER + 1; r <= ws.rowCount; r++) {
      const cell = ws.getRow(r).getCell(col('督办县领导'));
      cell.value = String(cell.value ?? '').replace(gone, '新领导');
    }
    // Two rows typed below the table, one with a due-soon deadline.
    const add = (values: Record<string, ExcelJS.CellValue>) => {
      const row = ws.getRow(ws.rowCount + 1);
      for (const [k, v] of Object.entries(values)) row.getCell(col(k)).value = v;
    };
    add({
      问题序号: 1,
      措施序号: '6',
      整改措施: '新增措施',
      责任单位: '县委办',
      督办县领导: `${leaders[0]}、新领导`,
      截止日期: new Date(Date.UTC(2026, 11, 10)),
      状态: '推进中',
    });
    add({
      问题序号: 2,
      措施序号: '5',
      整改措施: '另一项',
      责任单位: '县委办',
      督办县领导: '新领导',
      截止日期: new Date(Date.UTC(2026, 5, 30)),
      状态: '未启动',
      整改进展: '延期',
    });
    addLeadersToLists(book, ['新领导']);
    await book.xlsx.writeFile(path);

    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.stdout).toContain(`删除 汇总-${gone}`);
    const after = await load(path);
    expect(changed).toBe(10);
    expect(overviewRows(after)).toEqual(expectedOverview(after));
    expect(overviewRows(after).map((row) => row[0])).toContain('新领导');
    expect(after.getWorksheet(`汇总-${gone}`)).toBeUndefined();
    checkLeaderSheets(after);
  });
});

describe('hostile leader names', () => {
  it('become legal, distinct sheet names that Excel files keep, each linked from the overview', async () => {
    const path = await copyOfSeed('hostile.xlsx');
    const book = await load(path);
    const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
    const header = (ws.getRow(HEADER).values as unknown[]).map((v) => String(v ?? ''));
    const hostile = ['a/b', 'a:b', "O'Brien'", 'Abc', 'ABC', '[x]*?', '=1+1', '长'.repeat(40)];
    hostile.forEach((name, i) => {
      ws.getRow(HEADER + 1 + i).getCell(header.indexOf('督办县领导')).value = name;
    });
    addLeadersToLists(book, hostile);
    await book.xlsx.writeFile(path);
    await rectify('summarize', path, '--today', TODAY);
    const after = await load(path);
    const expected = [
      '汇总-a_b',
      '汇总-a_b(2)',
      "汇总-O'Brien",
      '汇总-Abc',
      '汇总-ABC(2)',
      '汇总-_x___',
      '汇总-=1+1',
      '汇总-' + '长'.repeat(28),
    ];
    const names = after.worksheets.map((w) => w.name);
    for (const name of expected) expect(names).toContain(name);
    // Links are real in-workbook hyperlinks (a location, no relationship), read here by openpyxl.
    const dumped = await openpyxlDump(path);
    const overview = dumped.sheets.find((s) => s.name === '领导汇总');
    for (const [i, leader] of hostile.entries()) {
      const sheet = after.getWorksheet(expected[i] as string) as ExcelJS.Worksheet;
      expect(sheet.getCell('A1').value, leader).toBe(`督办县领导 ${leader} 督办事项整改情况`);
      const link = Object.values(overview?.cells ?? {}).find((c) => c.v === leader);
      expect(link?.link, leader).toBe(`'${(expected[i] as string).replace(/'/g, "''")}'!A1`);
    }
    // Document text stays text: the leader named =1+1 is not a formula anywhere.
    expect(after.getWorksheet('汇总-=1+1')?.getCell('A1').formula).toBeUndefined();
  });
});

describe('the command line', () => {
  it('writes to --out and leaves the input untouched', async () => {
    const path = await copyOfSeed('in.xlsx');
    const bytes = await readFile(path);
    const missing = join(dir, 'nested', 'out.xlsx');
    const refused = await rectify('summarize', path, '--out', missing, '--today', TODAY);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`文件夹 ${join(dir, 'nested')} 不存在`);
    const out = join(dir, 'out.xlsx');
    const r = await rectify('summarize', path, '--out', out, '--today', TODAY);
    expect(r.code).toBe(1);
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect((await load(out)).getWorksheet('领导汇总')).toBeDefined();
  });

  it('exits 2 with one plain line for unreadable files and bad dates', async () => {
    const notXlsx = join(dir, 'notes.xlsx');
    await writeFile(notXlsx, '这不是工作簿');
    for (const args of [[join(dir, 'missing.xlsx')], [notXlsx], [seed, '--today', '2026-02-30']]) {
      const r = await rectify('summarize', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 2 on a workbook without 台账, and 0 when the ledger has no errors', async () => {
    const path = await copyOfSeed('clean.xlsx');
    const book = await load(path);
    const ws = book.getWorksheet('台账') as ExcelJS.Worksheet;
    const header = (ws.getRow(HEADER).values as unknown[]).map((v) => String(v ?? ''));
    for (let r = HEADER + 1; r <= ws.rowCount; r++) {
      ws.getRow(r).getCell(header.indexOf('整改进展')).value ??= '按计划推进';
    }
    await book.xlsx.writeFile(path);
    const r = await rectify('summarize', path, '--today', TODAY);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(plain((await load(path)).getWorksheet('领导汇总')!.getCell('B3').value)).toMatch(
      /^台账校验无错误/,
    );

    book.removeWorksheet(ws.id);
    await book.xlsx.writeFile(path);
    const none = await rectify('summarize', path, '--today', TODAY);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('台账');
  });

  it('runs as `npm run -s rectify -- summarize` with the documented help', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npm', ['run', '-s', 'rectify', '--', 'summarize', '--help'], {
      cwd: join(import.meta.dirname, '..', '..'),
    });
    expect(stdout).toContain('用法： rectify summarize');
    expect(stdout).toContain('本命令会停止并说出该表名');
  });
});
