import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runRectify } from '../support/cli';
import { PYTHON } from '../support/xlsx-parts';
import {
  editWithOpenpyxl,
  readBack,
  resaveWithLibreOffice,
  rowsByHeader,
  type Cell,
  type ReadBack,
} from './support';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SPLIT_DAY = '2026-11-30';
const COLLECT_DAY = '2026-12-01';
const A = '县林业局';
const B = '县卫健局';

let work: string;
let master: string;
let before: ReadBack;

const unitsOf = (cell: Cell | undefined) =>
  String(cell ?? '')
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
const key = (r: Record<string, Cell>) => `${r['问题序号']}|${r['措施序号']}`;
const ledgerRows = (book: ReadBack) => rowsByHeader(book.sheets['台账'] ?? []);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rectify-cycle-'));
  master = join(work, '整改台账.xlsx');
  await mkdir(join(work, 'units'));
  await mkdir(join(work, 'other-units'));
  const made = await runRectify(['workbook', '--out', master, '--today', SPLIT_DAY]);
  expect(made.code, made.stderr).toBe(0);
  const other = join(work, '另一台账.xlsx');
  expect((await runRectify(['workbook', '--out', other, '--today', SPLIT_DAY])).code).toBe(0);
  const split = await runRectify(['split', other, '--out-dir', join(work, 'other-units')]);
  expect(split.code, split.stderr).toBe(0);
  before = await readBack(master);
}, 120_000);

describe('rectify split', () => {
  it('writes one marked file per unit with its rows, document columns locked', async () => {
    const result = await runRectify([
      'split',
      master,
      '--out-dir',
      join(work, 'units'),
      '--today',
      SPLIT_DAY,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const rows = ledgerRows(before);
    const units = [...new Set(rows.flatMap((r) => unitsOf(r['责任单位'])))];
    const files = (await readdir(join(work, 'units'))).sort();
    expect(files).toEqual(units.map((u) => `台账-${u}.xlsx`).sort());
    const masterId = before.names['RECTIFY_LEDGER_ID'];
    expect(masterId).toMatch(/^"[0-9a-f-]{36}"$/);
    for (const unit of [A, B]) {
      const path = join(work, 'units', `台账-${unit}.xlsx`);
      expect(result.stdout).toContain(`${path}\t${unit}\t`);
      const book = await readBack(path);
      expect(book.names['RECTIFY_CYCLE_MASTER']).toBe(masterId);
      expect(book.names['RECTIFY_CYCLE_UNIT']).toBe(`"${unit}"`);
      expect(book.names['RECTIFY_CYCLE_SPLIT']).toBe(`"${SPLIT_DAY}"`);
      const mine = rows.filter((r) => unitsOf(r['责任单位']).includes(unit));
      expect(ledgerRows(book).map(key)).toEqual(mine.map(key));
      expect(ledgerRows(book)).toEqual(mine);
      expect(book.protected['台账']).toBe(true);
      expect(book.states['分发底稿']).toBe('hidden');
      // 整改措施 (C) is locked, 状态 (H) and 整改进展 (J) are open.
      expect(book.locked?.['C2']).toBe(true);
      expect(book.locked?.['H2']).toBe(false);
      expect(book.locked?.['J2']).toBe(false);
      const readme = (book.sheets['说明'] ?? []).flat().join(' ');
      expect(readme).toContain(unit);
      expect(readme).toContain('整改进展');
      const items = new Set(mine.map((r) => r['问题序号']));
      expect(rowsByHeader(book.sheets['清单'] ?? []).map((r) => r['序号'])).toEqual([...items]);
    }
  }, 120_000);

  it('refuses a plain workbook and a missing folder, writing nothing', async () => {
    const plain = join(work, 'plain.xlsx');
    await run(PYTHON, [
      '-c',
      `import openpyxl; openpyxl.Workbook().save(${JSON.stringify(plain)})`,
    ]);
    const notLedger = await runRectify(['split', plain, '--out-dir', work]);
    expect(notLedger.code).toBe(2);
    expect(notLedger.stderr).toContain('没有“台账”工作表');
    const noFolder = await runRectify(['split', master, '--out-dir', join(work, 'nope')]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('输出文件夹不存在');
  }, 60_000);
});

describe('rectify collect', () => {
  it('takes the units’ user columns, refuses the rest, reports conflicts, adds rows', async () => {
    const rows = ledgerRows(before);
    const ofA = rows.filter((r) => unitsOf(r['责任单位']).includes(A));
    const ofB = rows.filter(
      (r) => unitsOf(r['责任单位']).includes(B) && !unitsOf(r['责任单位']).includes(A),
    );
    const [a1, a2] = ofA as [Record<string, Cell>, Record<string, Cell>];
    const b1 = ofB[0] as Record<string, Cell>;
    const at = (r: Record<string, Cell>) => ({
      item: Number(r['问题序号']),
      measure: String(r['措施序号']),
    });
    // The office edits the master after the split.
    await run(TSX, [
      join(import.meta.dirname, 'edit-with-exceljs.ts'),
      master,
      String(a2['问题序号']),
      String(a2['措施序号']),
      '整改进展',
      '总台账分发后修改',
    ]);
    // Unit A, with a script (openpyxl).
    const fileA = join(work, 'units', `台账-${A}.xlsx`);
    await editWithOpenpyxl(fileA, [
      { op: 'set', ...at(a1), column: '整改进展', value: 'A进展' },
      { op: 'set', ...at(a1), column: '状态', value: '已完成' },
      { op: 'set', ...at(a1), column: '完成日期', value: { date: '2026-11-20' } },
      { op: 'set', ...at(a1), column: '整改措施', value: 'A改了措施' },
      { op: 'set', ...at(a2), column: '整改进展', value: 'A的不同进展' },
      {
        op: 'append',
        cells: { ...b1, 整改进展: 'A改了B的行' },
      },
      {
        op: 'append',
        cells: {
          问题序号: a1['问题序号'] ?? null,
          措施序号: '90',
          整改措施: 'A新增措施',
          责任单位: A,
          状态: '推进中',
        },
      },
    ]);
    // Unit B, saved by LibreOffice.
    const fileB = join(work, 'units', `台账-${B}.xlsx`);
    await editWithOpenpyxl(fileB, [
      { op: 'set', ...at(b1), column: '佐证材料', value: 'B佐证' },
      { op: 'set', ...at(b1), column: '更新日期', value: { date: '2026-11-25' } },
    ]);
    await resaveWithLibreOffice(fileB);
    const foreign = join(work, 'other-units', `台账-${A}.xlsx`);
    const plain = join(work, 'plain.xlsx');

    const result = await runRectify([
      'collect',
      master,
      fileA,
      fileB,
      foreign,
      plain,
      '--today',
      COLLECT_DAY,
    ]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('备份');

    const after = await readBack(master);
    const byKey = new Map(ledgerRows(after).map((r) => [key(r), r]));
    const A1 = byKey.get(key(a1))!;
    expect(A1['整改进展']).toBe('A进展');
    expect(A1['状态']).toBe('已完成');
    expect(A1['完成日期']).toBe('2026-11-20');
    expect(A1['整改措施']).toBe(a1['整改措施']);
    expect(byKey.get(key(a2))!['整改进展']).toBe('总台账分发后修改');
    const B1 = byKey.get(key(b1))!;
    expect(B1['佐证材料']).toBe('B佐证');
    expect(B1['更新日期']).toBe('2026-11-25');
    expect(B1['整改进展']).toBe(b1['整改进展']);
    const added = byKey.get(`${a1['问题序号']}|90`)!;
    expect(added['整改措施']).toBe('A新增措施');
    expect(String(added['备注'])).toContain(`【${A}于${COLLECT_DAY}回收时新增】`);
    expect(ledgerRows(after)).toHaveLength(rows.length + 1);
    // Everything else is as it was.
    for (const r of rows) {
      if ([key(a1), key(a2), key(b1)].includes(key(r))) continue;
      expect(byKey.get(key(r))).toEqual(r);
    }
    expect(after.names['RECTIFY_LEDGER_ID']).toBe(before.names['RECTIFY_LEDGER_ID']);

    const log = rowsByHeader(after.sheets['回收记录'] ?? []);
    const kinds = (kind: string) => log.filter((r) => r['结果'] === kind);
    expect(
      kinds('已采纳')
        .map((r) => `${r['单位']} ${r['列']} ${r['新值']}`)
        .sort(),
    ).toEqual(
      [
        `${A} 整改进展 A进展`,
        `${A} 状态 已完成`,
        `${A} 完成日期 2026-11-20`,
        `${B} 佐证材料 B佐证`,
        `${B} 更新日期 2026-11-25`,
      ].sort(),
    );
    const refused = kinds('未采纳').map((r) => `${r['单位']} ${r['列']} ${r['新值']}`);
    expect(refused).toContain(`${A} 整改措施 A改了措施`);
    expect(refused).toContain(`${A} 整改进展 A改了B的行`);
    const conflicts = kinds('冲突');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!['原值']).toBe('总台账分发后修改');
    expect(conflicts[0]!['新值']).toBe('A的不同进展');
    expect(kinds('新增行')).toHaveLength(1);
    expect(kinds('拒收文件').map((r) => r['文件'])).toEqual([foreign, plain]);
    expect(kinds('拒收文件')[0]!['说明']).toContain('另一份总台账');
    expect(kinds('拒收文件')[1]!['说明']).toContain('没有分发标识');
    for (const r of log) expect(r['回收日期']).toBe(COLLECT_DAY);
    // The same refusals and conflicts are on the terminal.
    expect(result.stdout).toContain('冲突');
    expect(result.stdout).toContain('拒收');
    expect(result.stdout).toContain('A改了B的行');
  }, 240_000);

  it('appends to 回收记录 on the next collect and exits 0 when everything is taken', async () => {
    const previous = rowsByHeader((await readBack(master)).sheets['回收记录'] ?? []);
    const fileB = join(work, 'units', `台账-${B}.xlsx`);
    const ofB = ledgerRows(before).find((r) => unitsOf(r['责任单位']).includes(B))!;
    await editWithOpenpyxl(fileB, [
      {
        op: 'set',
        item: Number(ofB['问题序号']),
        measure: String(ofB['措施序号']),
        column: '备注',
        value: '第二次回收',
      },
    ]);
    const out = join(work, 'collected.xlsx');
    const result = await runRectify([
      'collect',
      master,
      fileB,
      '--out',
      out,
      '--today',
      '2026-12-02',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const log = rowsByHeader((await readBack(out)).sheets['回收记录'] ?? []);
    expect(log.slice(0, previous.length)).toEqual(previous);
    expect(log.slice(previous.length)).toEqual([
      expect.objectContaining({
        回收日期: '2026-12-02',
        结果: '已采纳',
        单位: B,
        新值: '第二次回收',
      }),
    ]);
  }, 120_000);

  it('writes nothing when no file can be collected', async () => {
    const result = await runRectify(['collect', master, join(work, 'plain.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('未改动');
  }, 60_000);
});

describe('单位汇总', () => {
  it('matches an independent count from the 台账’s cells, and adds up', async () => {
    const out = join(work, 'summarized.xlsx');
    const result = await runRectify(['summarize', master, '--out', out, '--today', COLLECT_DAY]);
    expect([0, 1]).toContain(result.code);
    const book = await readBack(out);
    const rows = ledgerRows(book);
    const sheet = book.sheets['单位汇总'] ?? [];
    const header = (sheet[4] ?? []).map(String);
    expect(header).toEqual([
      '责任单位',
      '问题数',
      '措施数',
      '已完成',
      '推进中',
      '持续推进',
      '未启动',
      '状态有误',
      '逾期',
      '临期',
      '最近更新',
    ]);
    const table = sheet.slice(5).filter((r) => r[0] !== null);
    const totalAt = table.findIndex((r) => r[0] === '合计');
    const units = table.slice(0, totalAt);
    const horizon = '2026-12-31'; // COLLECT_DAY + 30 days
    const expected = (mine: Record<string, Cell>[], name: string) => {
      const status = (s: string) => mine.filter((r) => String(r['状态'] ?? '').trim() === s).length;
      const done = status('已完成') + status('已销号');
      const open = mine.filter(
        (r) => !['已完成', '已销号'].includes(String(r['状态'] ?? '').trim()),
      );
      const deadline = (r: Record<string, Cell>) =>
        typeof r['截止日期'] === 'string' ? r['截止日期'] : null;
      const updates = mine
        .map((r) => r['更新日期'])
        .filter((d): d is string => typeof d === 'string');
      return [
        name,
        new Set(mine.map((r) => r['问题序号'])).size,
        mine.length,
        done,
        status('推进中'),
        status('持续推进'),
        status('未启动'),
        mine.length - done - status('推进中') - status('持续推进') - status('未启动'),
        open.filter((r) => deadline(r) !== null && deadline(r)! < COLLECT_DAY).length,
        open.filter(
          (r) => deadline(r) !== null && deadline(r)! >= COLLECT_DAY && deadline(r)! <= horizon,
        ).length,
        updates.length === 0 ? null : updates.sort().at(-1),
      ];
    };
    const names = [...new Set(rows.flatMap((r) => unitsOf(r['责任单位'])))];
    expect(units.map((u) => u[0]).sort()).toEqual([...names].sort());
    for (const u of units) {
      const mine = rows.filter((r) => unitsOf(r['责任单位']).includes(String(u[0])));
      expect(u).toEqual(expected(mine, String(u[0])));
      const statuses = (u.slice(3, 8) as number[]).reduce((a, b) => a + b, 0);
      expect(statuses).toBe(u[2]);
    }
    expect(table[totalAt]).toEqual(expected(rows, '合计'));
    // Most overdue first.
    const overdue = units.map((u) => u[8] as number);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect(units.some((u) => u[0] === B && u[10] === '2026-11-25')).toBe(true);
  }, 120_000);
});
