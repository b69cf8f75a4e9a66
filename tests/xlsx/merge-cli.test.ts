import { runRectify } from '../support/cli';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS } from '../../src/core/ledger/model';
import { LEDGER_HEADER_ROW } from '../../src/core/workbook/ledger-layout';
import { REMOVED_MARKER } from '../../src/core/merge';
import { readWorkbookFile } from '../support/exceljs-read';
import { saveWorkbook } from '../support/plan-workbook';

const root = join(import.meta.dirname, '..', '..');

const rectify = (...args: string[]) => runRectify(args, { viaNpm: true });

const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
  '二十一',
  '二十二',
  '二十三',
  '二十四',
  '二十五',
];

/**
 * The seed as a revised document: item 二 deleted (so every later item is renumbered one down in
 * the text) and item 八's deadline moved from 2022年12月31日 to 2023年6月30日.
 */
function revisedSeed(text: string): string {
  const lines = text.split('\n');
  const heading = (n: number) => lines.findIndex((l) => l.startsWith(`${NUMERALS[n - 1]}、`));
  const deadline = lines.findIndex((l, i) => i > heading(8) && l.startsWith('整改时限：'));
  lines[deadline] = '整改时限：2023年6月30日。';
  lines.splice(heading(2), heading(3) - heading(2));
  for (let n = 3; n <= 25; n += 1) {
    const at = heading(n);
    lines[at] = `${NUMERALS[n - 2]}、${lines[at]!.slice(NUMERALS[n - 1]!.length + 1)}`;
  }
  return lines.join('\n');
}

/** 1-based row of the 台账's header (a title row and the 填报 line sit above it). */
const TOP = LEDGER_HEADER_ROW + 1;
const col = (h: string) => LEDGER_COLUMNS.indexOf(h as (typeof LEDGER_COLUMNS)[number]) + 1;
let dir = '';
let merged: Awaited<ReturnType<typeof rectify>>;
const oldKeys: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rectify-merge-cli-'));
  const old = join(dir, 'ledger.xlsx');
  const made = await rectify('workbook', '--out', old, '--today', '2026-11-01');
  expect(made.code, made.stderr).toBe(0);
  const book = await readWorkbookFile(old);
  const ws = book.getWorksheet(SHEETS.ledger)!;
  ws.getCell(TOP, 14).value = '联系人';
  for (let r = TOP + 1; r <= ws.rowCount; r += 1) {
    const key = `${ws.getCell(r, 1).value}-${ws.getCell(r, 2).value}`;
    oldKeys.push(key);
    ws.getCell(r, col('整改进展')).value = `进展 ${key}：${'已推进'.repeat(3_400)}`;
    ws.getCell(r, col('佐证材料')).value = {
      text: `佐证 ${key}`,
      hyperlink: `https://example.gov.cn/${key}`,
    };
    ws.getCell(r, col('备注')).value = { formula: `H${r}&"/${key}"` } as ExcelJS.CellFormulaValue;
    ws.getCell(r, 14).value = `联系人 ${key}`;
  }
  await saveWorkbook(book, old);
  const seed = await readFile(join(root, 'seeds', 'baojing-rectification-list.txt'), 'utf8');
  await writeFile(join(dir, 'revised.txt'), revisedSeed(seed));
  merged = await rectify(
    'workbook',
    '--seed',
    join(dir, 'revised.txt'),
    '--merge',
    old,
    '--today',
    '2026-11-29',
  );
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('rectify workbook --seed NEW --merge OLD', () => {
  it('prints the merge report and keeps the previous file', async () => {
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toContain('问题：新增 0，移除 1');
    expect(merged.stdout).toContain('措施：新增 0，移除 4');
    expect(merged.stdout).toMatch(/2022-12-31 → 2023-06-30/);
    expect(merged.stdout).toContain('导入记录');
    const files = await readdir(dir);
    expect(files.some((f) => f.startsWith('ledger.备份-'))).toBe(true);
  });

  it('has every user value on the renumbered rows of the written file', async () => {
    const book = await readWorkbookFile(join(dir, 'ledger.xlsx'));
    const ws = book.getWorksheet(SHEETS.ledger)!;
    const rows = new Map<string, number>();
    for (let r = TOP + 1; r <= ws.rowCount; r += 1) {
      const removed = String(ws.getCell(r, col('整改措施')).value).startsWith(REMOVED_MARKER);
      rows.set(`${removed ? '×' : ''}${ws.getCell(r, 1).value}-${ws.getCell(r, 2).value}`, r);
    }
    expect(oldKeys).toHaveLength(89);
    for (const key of oldKeys) {
      const [item, measure] = key.split('-') as [string, string];
      const now =
        Number(item) === 2
          ? `×2-${measure}`
          : Number(item) > 2
            ? `${Number(item) - 1}-${measure}`
            : key;
      const r = rows.get(now);
      expect(r, `${key} → ${now}`).toBeDefined();
      expect(String(ws.getCell(r!, col('整改进展')).value)).toBe(
        `进展 ${key}：${'已推进'.repeat(3_400)}`,
      );
      expect(ws.getCell(r!, col('佐证材料')).value).toEqual({
        text: `佐证 ${key}`,
        hyperlink: `https://example.gov.cn/${key}`,
      });
      expect(ws.getCell(r!, col('备注')).formula).toBe(`H${r}&"/${key}"`);
      expect(ws.getCell(r!, 14).value).toBe(`联系人 ${key}`);
    }
    const moved = rows.get('7-1')!;
    expect((ws.getCell(moved, col('截止日期')).value as Date).toISOString().slice(0, 10)).toBe(
      '2023-06-30',
    );
  });

  it('fails in one line for a missing or non-ledger workbook', async () => {
    const missing = await rectify('workbook', '--merge', join(dir, 'nope.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    await saveWorkbook(blank, join(dir, 'blank.xlsx'));
    const notLedger = await rectify('workbook', '--merge', join(dir, 'blank.xlsx'));
    expect(notLedger.code).toBe(2);
    expect(notLedger.stderr).toContain('没有“台账”工作表');
  });
});
