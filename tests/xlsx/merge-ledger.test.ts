import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS, USER_COLUMNS } from '../../src/core/ledger/model';
import { REMOVED_MARKER, reportLines } from '../../src/core/merge';
import { LEDGER_HEADER_ROW } from '../../src/core/workbook/ledger-layout';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { withOldLedgerLayout } from '../support/old-ledger-layout';
import { mergeLedgerPackage } from '../../src/xlsx/merge-ledger';
import { openWorkbookFile } from '../../src/xlsx/read';
import { readWorkbookFile } from '../support/exceljs-read';
import { writeBytesAtomic } from '../../src/xlsx/write';
import { saveWorkbook } from '../support/plan-workbook';
import { writeNewWorkbook } from '../../src/xlsx/write-plan';
import { key, reviseSeed, seedList } from '../core/merge/revision';

/**
 * The bar, on real files: a generated ledger filled with progress in every user column
 * (formulas, hyperlinks, 10,000-character notes, rich text, dates typed as text, added columns,
 * the user's own rows), merged with a revised list, written, read back, and checked cell by cell.
 */

type Expected = { column: string; check: (cell: ExcelJS.Cell, newRow: number) => void };

const today = '2026-11-29';
const seed = seedList();
const revision = reviseSeed(seed);

const EXTRA = ['联系人', '自评分'];
const col = (h: string) => LEDGER_COLUMNS.indexOf(h as (typeof LEDGER_COLUMNS)[number]) + 1;

function headerIndex(ws: ExcelJS.Worksheet, top: number): Map<string, number> {
  const map = new Map<string, number>();
  ws.getRow(top).eachCell((cell, c) => map.set(String(cell.value), c));
  return map;
}

/** Fills one ledger row the way staff would, and records what must be found afterwards. */
function fill(
  ws: ExcelJS.Worksheet,
  r: number,
  rowKey: string,
  expectations: Map<string, Expected[]>,
) {
  const row = ws.getRow(r);
  const exp: Expected[] = [];
  const put = (column: string, c: number, value: ExcelJS.CellValue, check: Expected['check']) => {
    row.getCell(c).value = value;
    exp.push({ column, check });
  };
  const note = `第${r}行进展：` + '推进'.repeat(5_000);
  put('状态', col('状态'), r % 3 === 0 ? '已完成' : '推进中', (cell) => {
    expect(cell.value).toBe(r % 3 === 0 ? '已完成' : '推进中');
    // The user's own highlight travels with the cell; other cells keep the column's look.
    const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    if (r % 4 === 0) expect(fill).toBe('FFFFFF00');
    else expect(fill).toBeUndefined();
  });
  if (r % 4 === 0) {
    // A new style object: ExcelJS shares a loaded column's style with its cells.
    const cell = row.getCell(col('状态'));
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } },
    };
  }
  if (r % 2 === 0) {
    put('完成日期', col('完成日期'), new Date(Date.UTC(2024, 2, r % 28 || 1)), (cell) =>
      expect((cell.value as Date).toISOString().slice(0, 10)).toBe(
        `2024-03-${String(r % 28 || 1).padStart(2, '0')}`,
      ),
    );
  } else {
    put('完成日期', col('完成日期'), `2024年3月${r}日`, (cell) =>
      expect(cell.value).toBe(`2024年3月${r}日`),
    );
  }
  if (r % 5 === 0) {
    const rich = { richText: [{ text: '重点：', font: { bold: true } }, { text: note }] };
    put('整改进展', col('整改进展'), rich, (cell) => {
      const v = cell.value as ExcelJS.CellRichTextValue;
      expect(v.richText.map((t) => t.text).join('')).toBe(`重点：${note}`);
      expect(v.richText[0]?.font?.bold).toBe(true);
    });
  } else {
    put('整改进展', col('整改进展'), note, (cell) => expect(cell.value).toBe(note));
  }
  expect(note.length).toBeGreaterThan(10_000);
  const url = `https://example.gov.cn/佐证/${r}.pdf`;
  put('佐证材料', col('佐证材料'), { text: `佐证${r}`, hyperlink: url }, (cell) =>
    expect(cell.value).toEqual({ text: `佐证${r}`, hyperlink: url }),
  );
  put('更新日期', col('更新日期'), { formula: 'TODAY()' } as ExcelJS.CellFormulaValue, (cell) =>
    expect(cell.formula).toBe('TODAY()'),
  );
  put(
    '备注',
    col('备注'),
    { formula: `IF(H${r}="已完成","已完成：${rowKey}",I${r}&"")` } as ExcelJS.CellFormulaValue,
    (cell, nr) => expect(cell.formula).toBe(`IF(H${nr}="已完成","已完成：${rowKey}",I${nr}&"")`),
  );
  put('联系人', 14, `联系人${rowKey}`, (cell) => {
    expect(cell.value).toBe(`联系人${rowKey}`);
    // A note (批注) on the cell goes with it.
    expect(cell.note).toBe(`电话核实 ${rowKey}`);
  });
  row.getCell(14).note = `电话核实 ${rowKey}`;
  put('自评分', 15, r * 1.5, (cell) => expect(cell.value).toBe(r * 1.5));
  expectations.set(rowKey, exp);
}

/** The file merged: one made by an earlier version (header in row 1), and a new one (row 3). */
const LAYOUTS = [
  { name: 'a ledger made before the title row', old: true, top: 1 },
  { name: 'a ledger with the title row', old: false, top: LEDGER_HEADER_ROW + 1 },
];
/** 1-based header row of the merged file: always the new layout. */
const TOP = LEDGER_HEADER_ROW + 1;

describe.each(LAYOUTS)('rectify workbook --merge on a real file: $name', (layout) => {
  let dir: string;
  let after: ExcelJS.Workbook;
  const expectations = new Map<string, Expected[]>();
  const userRows: { marker: string; extra: string }[] = [];
  let lines: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rectify-merge-'));
    const oldPath = join(dir, 'old.xlsx');
    const plan = buildLedgerWorkbookPlan(seed, {
      today,
      sourceName: 'seed.txt',
      generatedAt: '2026-11-01 09:00',
    });
    await writeNewWorkbook(layout.old ? withOldLedgerLayout(plan) : plan, oldPath);

    // Weeks of work, typed into the file.
    const book = await readWorkbookFile(oldPath);
    const ws = book.getWorksheet(SHEETS.ledger)!;
    ws.getCell(layout.top, 14).value = EXTRA[0]!;
    ws.getCell(layout.top, 15).value = EXTRA[1]!;
    for (let r = layout.top + 1; r <= ws.rowCount; r += 1) {
      const k = key(String(ws.getCell(r, 1).value), String(ws.getCell(r, 2).value));
      fill(ws, r, k, expectations);
    }
    if (!layout.old) {
      // Who submits and when, written into the 填报 line: the user's, carried like any cell.
      ws.getCell('C2').value = '县生态环境局';
      ws.getCell('J2').value = new Date(Date.UTC(2026, 10, 20));
    }
    for (const n of [1, 2]) {
      const r = ws.rowCount + 1;
      ws.getCell(r, col('整改措施')).value = `自建事项${n}：河道巡查`;
      ws.getCell(r, col('整改进展')).value = `自建进展${n}`;
      ws.getCell(r, 14).value = `自建联系人${n}`;
      userRows.push({ marker: `自建事项${n}：河道巡查`, extra: `自建联系人${n}` });
    }
    const lists = book.getWorksheet(SHEETS.lists)!;
    lists.getCell(lists.rowCount + 1, 1).value = '暂缓';
    lists.getCell(lists.rowCount + 1, 3).value = '县自建工作专班';
    const milestones = book.getWorksheet(SHEETS.milestones)!;
    milestones.getCell(2, 5).value = '已完成';
    milestones.getCell(2, 6).value = new Date(Date.UTC(2024, 0, 15));
    await saveWorkbook(book, oldPath);

    // The re-import, as the command does it: read, merge, write, then read the result back.
    const before = await openWorkbookFile(oldPath);
    const newPath = join(dir, 'new.xlsx');
    const result = await mergeLedgerPackage(
      before.reading,
      before.bytes,
      revision.list,
      { today, sourceName: 'revised.txt', generatedAt: '2026-11-29 06:00' },
      newPath,
    );
    lines = reportLines(result.merge.report);
    await writeBytesAtomic(result.bytes, newPath);
    after = await readWorkbookFile(newPath);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps every user value on the right row, cell by cell', () => {
    const ws = after.getWorksheet(SHEETS.ledger)!;
    const h = headerIndex(ws, TOP);
    expect([...h.keys()]).toEqual([...LEDGER_COLUMNS, ...EXTRA]);
    const rowOf = new Map<string, number>();
    const removedRows = new Map<string, number>();
    for (let r = TOP + 1; r <= ws.rowCount; r += 1) {
      const k = key(String(ws.getCell(r, 1).value), String(ws.getCell(r, 2).value));
      const text = String(ws.getCell(r, col('整改措施')).value ?? '');
      if (text.startsWith(REMOVED_MARKER)) removedRows.set(k, r);
      else rowOf.set(k, r);
    }
    let checked = 0;
    for (const [oldKey, exp] of expectations) {
      const moved = revision.moves.get(oldKey);
      expect(moved, `old row ${oldKey}`).not.toBeUndefined();
      const r = moved === null ? removedRows.get(oldKey) : rowOf.get(moved!);
      expect(r, `row for ${oldKey} → ${moved}`).toBeDefined();
      for (const e of exp) {
        e.check(ws.getCell(r!, h.get(e.column)!), r!);
        checked += 1;
      }
    }
    expect(checked).toBe(89 * 8);
    expect(expectations.size).toBe(89);
  });

  it('updates document columns: renumbered keys, reworded text, moved deadlines', () => {
    const ws = after.getWorksheet(SHEETS.ledger)!;
    const find = (k: string) => {
      for (let r = TOP + 1; r <= ws.rowCount; r += 1)
        if (key(String(ws.getCell(r, 1).value), String(ws.getCell(r, 2).value)) === k)
          return ws.getRow(r);
      throw new Error(`no row ${k}`);
    };
    expect(String(find(revision.moves.get('3|1')!).getCell(col('整改措施')).value)).toContain(
      '（修订：增加季度调度）',
    );
    const moved = find(revision.moves.get('8|1')!);
    expect(moved.getCell(col('整改时限')).value).toBe('2023年6月30日。');
    expect((moved.getCell(col('截止日期')).value as Date).toISOString().slice(0, 10)).toBe(
      '2023-06-30',
    );
    for (const k of revision.added) {
      const row = find(k);
      for (const c of USER_COLUMNS.slice(1)) {
        if (c !== '整改进展' && c !== '完成日期') expect(row.getCell(col(c)).value).toBeNull();
      }
      expect(row.getCell(14).value).toBeNull();
    }
  });

  it('keeps the user rows, the added names and milestone progress', () => {
    const ws = after.getWorksheet(SHEETS.ledger)!;
    const found = userRows.map((u) => {
      for (let r = TOP + 1; r <= ws.rowCount; r += 1) {
        if (ws.getCell(r, col('整改措施')).value === u.marker) return ws.getCell(r, 14).value;
      }
      return undefined;
    });
    expect(found).toEqual(userRows.map((u) => u.extra));
    const names = after
      .getWorksheet(SHEETS.lists)!
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(names).toEqual(expect.arrayContaining(['暂缓', '县自建工作专班']));
    const ms = after.getWorksheet(SHEETS.milestones)!;
    expect(ms.getCell(2, 5).value).toBe('已完成');
    expect((ms.getCell(2, 6).value as Date).toISOString().slice(0, 10)).toBe('2024-01-15');
  });

  it('puts the title row and the 填报 line above the header, with what the user wrote there', () => {
    const ws = after.getWorksheet(SHEETS.ledger)!;
    expect(String(ws.getCell('A1').value)).toMatch(/整改台账$/);
    expect(ws.getCell('A2').value).toBe('填报单位：');
    expect(ws.getCell('H2').value).toBe('填报日期：');
    if (layout.old) {
      expect(ws.getCell('C2').value).toBeNull();
      expect(ws.getCell('J2').value).toBeNull();
    } else {
      expect(ws.getCell('C2').value).toBe('县生态环境局');
      expect((ws.getCell('J2').value as Date).toISOString().slice(0, 10)).toBe('2026-11-20');
    }
    const tables = ws.getTables() as unknown as { table: { tableRef: string } }[];
    expect(tables.map((t) => t.table.tableRef)[0]).toMatch(/^A3:O\d+$/);
  });

  it('writes the owned 导入记录 sheet and reports the changes', () => {
    const log = after.getWorksheet(SHEETS.importLog)!;
    expect(log).toBeDefined();
    const text = log
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(text).toContain('2026-11-29 06:00');
    expect(text).toContain('移除措施（台账行保留）');
    expect(text).toContain('2022-12-31');
    expect(text).toContain('2023-06-30');
    const owned = (
      after.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
    ).model
      .flatMap((n) => n.ranges)
      .join(' ');
    expect(owned).toContain(SHEETS.importLog);
    expect(lines[0]).toMatch(/问题：新增 1，移除 1.*措施：新增 3，移除 5/);
  });
});
