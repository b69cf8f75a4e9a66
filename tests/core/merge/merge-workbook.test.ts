import { describe, expect, it } from 'vitest';
import { mergeWorkbookPlan, REMOVED_MARKER, reportLines } from '../../../src/core/merge';
import type { RichCell } from '../../../src/core/merge/rich-cell';
import { SHEETS } from '../../../src/core/ledger/model';
import type { PlanCell, SheetPlan } from '../../../src/core/plan/types';
import { asWritten, editable, item, toyPlan, type ToyItem } from './fixtures';

const OPTIONS = { generatedAt: '2026-11-29 06:00', sourceName: 'new.txt' };
const L = (h: string) =>
  [
    '问题序号',
    '措施序号',
    '整改措施',
    '责任单位',
    '督办县领导',
    '整改时限',
    '截止日期',
    '状态',
    '完成日期',
    '整改进展',
    '佐证材料',
    '更新日期',
    '备注',
  ].indexOf(h);

function sheet(plan: { sheets: readonly SheetPlan[] }, name: string): SheetPlan {
  const s = plan.sheets.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no ${name}`);
  return s;
}

const base: ToyItem[] = [item(1, 2), item(2, 3), item(3, 1)];

describe('mergeWorkbookPlan', () => {
  it('merging a list with itself changes nothing but the record', () => {
    const plan = toyPlan(base);
    const merged = mergeWorkbookPlan(plan, asWritten(plan), OPTIONS);
    for (const name of [SHEETS.items, SHEETS.ledger, SHEETS.milestones, SHEETS.lists]) {
      expect(sheet(merged.plan, name)).toEqual(sheet(plan, name));
    }
    expect(merged.report.measuresAdded).toEqual([]);
    expect(merged.report.measuresChanged).toEqual([]);
    expect(merged.report.measuresRemoved).toEqual([]);
    expect(merged.report.itemsChanged).toEqual([]);
    expect(merged.report.rowsKept).toBe(6);
    expect(sheet(merged.plan, SHEETS.importLog).rows.at(-1)?.[0]).toEqual({ text: '无变化' });
    expect(merged.overlays).toEqual([]);
  });

  it('keeps user cells on their measure when rows move, updates document columns, reports fields', () => {
    const oldPlan = toyPlan(base);
    const ledger = editable(asWritten(oldPlan)(SHEETS.ledger));
    // The user fills item 2 measure 3 (sheet row 6) and adds a column and their own row.
    ledger[0]!.push({ value: '联系人' });
    const row = ledger[5]!;
    row[L('状态')] = { value: '已完成' };
    row[L('完成日期')] = { value: '2025年3月5日' };
    row[L('整改进展')] = { value: 'x'.repeat(10_000) };
    row[L('佐证材料')] = { value: '报告.pdf', hyperlink: 'https://example.org/报告.pdf' };
    row[L('备注')] = { value: null, formula: 'IF(H6="已完成","✓","")' };
    row[13] = { value: '张三' };
    ledger.push([
      { value: null },
      { value: null },
      { value: '自建：巡查' },
      ...Array(10).fill({ value: null }),
      { value: '李四' },
    ]);
    const existing = (name: string) =>
      name === SHEETS.ledger ? { name, rows: ledger } : asWritten(oldPlan)(name);

    // The revision adds item 0 in front (so every row moves down), moves item 2's deadline,
    // rewords measure 2.1 and drops item 3.
    const revised: ToyItem[] = [
      item(9, 2),
      item(1, 2),
      {
        ...item(2, 3, '2026-12-31'),
        measures: item(2, 3).measures.map((m, k) =>
          k === 0 ? { ...m, text: '措施2.1（修订）' } : m,
        ),
      },
    ];
    const merged = mergeWorkbookPlan(toyPlan(revised), existing, OPTIONS);
    const out = sheet(merged.plan, SHEETS.ledger).rows;
    expect(out[0]!.map((c) => (c && 'text' in c ? c.text : null)).slice(13)).toEqual(['联系人']);
    // Item 2 measure 3 is now sheet row 8 (header, 2 new, 2 of item 1, then 2.1, 2.2, 2.3).
    const moved = out[7]!;
    expect(moved[0]).toEqual({ number: 2 });
    expect(moved[1]).toEqual({ text: '3' });
    expect(moved[L('截止日期')]).toEqual({ date: '2026-12-31' });
    expect(moved[L('状态')]).toEqual({ text: '已完成' });
    expect(moved[L('完成日期')]).toEqual({ text: '2025年3月5日' });
    expect(moved[L('整改进展')]).toEqual({ text: 'x'.repeat(10_000) });
    expect(moved[L('备注')]).toEqual({ formula: 'IF(H8="已完成","✓","")' });
    expect(moved[13]).toEqual({ text: '张三' });
    const overlay = merged.overlays.find((o) => o.sheet === SHEETS.ledger)!.cells;
    expect(overlay).toEqual([
      {
        row: 7,
        column: L('佐证材料'),
        cell: { value: '报告.pdf', hyperlink: 'https://example.org/报告.pdf' },
      },
    ]);
    // Item 3's measure is kept, marked; the user's row stays after it, untouched.
    const removed = out.find((r) => r[0] !== null && 'number' in r[0]! && r[0].number === 3)!;
    expect(removed[L('整改措施')]).toEqual({
      text: `${REMOVED_MARKER}措施3.1：2025年6月30日前完成`,
    });
    expect(out.at(-1)![L('整改措施')]).toEqual({ text: '自建：巡查' });
    expect(out.at(-1)![13]).toEqual({ text: '李四' });
    expect(sheet(merged.plan, SHEETS.ledger).table?.range).toBe(`A1:N${out.length}`);
    expect(sheet(merged.plan, SHEETS.ledger).conditionalFormats[0]!.range).toBe(
      `A2:N${out.length}`,
    );
    expect(sheet(merged.plan, SHEETS.ledger).validations[0]!.range).toBe(`A2:A${out.length}`);

    const r = merged.report;
    expect(r.measuresAdded.map((m) => `${m.item}-${m.measure}`)).toEqual(['9-1', '9-2']);
    expect(r.measuresRemoved.map((m) => `${m.item}-${m.measure}`)).toEqual(['3-1']);
    expect(r.itemsAdded.map((i) => i.item)).toEqual(['9']);
    expect(r.itemsRemoved.map((i) => i.item)).toEqual(['3']);
    expect(r.userRowsKept).toBe(1);
    expect(r.extraColumns).toEqual(['联系人']);
    const c21 = r.measuresChanged.find((m) => m.item === '2' && m.measure === '1')!;
    expect(c21.changes.map((c) => c.field)).toEqual(['整改措施', '整改时限', '截止日期']);
    expect(c21.changes.find((c) => c.field === '截止日期')).toEqual({
      field: '截止日期',
      old: '2025-06-30',
      new: '2026-12-31',
    });
    expect(reportLines(r).join('\n')).toContain('措施 2-1 截止日期：2025-06-30 → 2026-12-31');

    // Merging the same revision again reports no news: the removed row is still kept, not re-marked.
    const again = mergeWorkbookPlan(
      toyPlan(revised),
      (name) => {
        const s = merged.plan.sheets.find((x) => x.name === name);
        return s ? { name, rows: s.rows.map((row) => row.map(toRich)) } : null;
      },
      OPTIONS,
    );
    expect(again.report.measuresRemoved).toEqual([]);
    expect(again.report.stillRemoved).toBe(1);
    expect(again.report.measuresChanged).toEqual([]);
    expect(sheet(again.plan, SHEETS.ledger).rows).toEqual(out);
  });

  it('keeps names the user added to 名录 and drops removed items from 清单 unless the user wrote there', () => {
    const oldPlan = toyPlan(base);
    const lists = editable(asWritten(oldPlan)(SHEETS.lists));
    lists.push([{ value: '暂缓' }, { value: '王五' }, { value: '县自建单位' }]);
    const items = editable(asWritten(oldPlan)(SHEETS.items));
    items[0]!.push({ value: '备忘' });
    items[3]![9] = { value: '问题3的备忘' };
    const existing = (name: string) =>
      name === SHEETS.lists
        ? { name, rows: lists }
        : name === SHEETS.items
          ? { name, rows: items }
          : asWritten(oldPlan)(name);
    const merged = mergeWorkbookPlan(toyPlan([item(1, 2), item(2, 3)]), existing, OPTIONS);
    const names = sheet(merged.plan, SHEETS.lists)
      .rows.flat()
      .filter((c) => c && 'text' in c)
      .map((c) => (c as { text: string }).text);
    expect(names).toEqual(expect.arrayContaining(['暂缓', '王五', '县自建单位', '已销号']));
    expect(merged.report.namesKept).toEqual([
      { column: '状态', name: '暂缓' },
      // Names only the old list gave are kept too: a kept row may still name them.
      { column: '督办县领导', name: '领导3' },
      { column: '督办县领导', name: '王五' },
      { column: '单位', name: '单位3' },
      { column: '单位', name: '县自建单位' },
    ]);
    const itemRows = sheet(merged.plan, SHEETS.items).rows;
    expect(itemRows).toHaveLength(4);
    expect(itemRows[3]![1]).toEqual({ text: `${REMOVED_MARKER}问题3` });
    expect(itemRows[3]![9]).toEqual({ text: '问题3的备忘' });
  });

  it('carries milestone progress when the wording or the date changes', () => {
    const oldPlan = toyPlan([item(1, 1)]);
    const ms = editable(asWritten(oldPlan)(SHEETS.milestones));
    ms[1]![4] = { value: '已完成' };
    ms[1]![5] = { value: { date: '2025-05-01' } };
    const existing = (name: string) =>
      name === SHEETS.milestones ? { name, rows: ms } : asWritten(oldPlan)(name);
    const revised = item(1, 1);
    const moved: ToyItem = {
      ...revised,
      measures: [
        { ...revised.measures[0]!, milestones: [{ date: '2025-09-30', content: '9月底前完成' }] },
      ],
    };
    const merged = mergeWorkbookPlan(toyPlan([moved]), existing, OPTIONS);
    const rows = sheet(merged.plan, SHEETS.milestones).rows;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      { number: 1 },
      { text: '1' },
      { date: '2025-09-30' },
      { text: '9月底前完成' },
      { text: '已完成' },
      { date: '2025-05-01' },
    ]);
  });
});

function toRich(c: PlanCell): RichCell {
  if (c === null) return { value: null };
  if ('text' in c) return { value: c.text };
  if ('number' in c) return { value: c.number };
  if ('date' in c) return { value: { date: c.date } };
  if ('bool' in c) return { value: c.bool };
  if ('formula' in c) return { value: null, formula: c.formula };
  return { value: c.link.text, hyperlink: c.link.target };
}

describe('renumbered lists', () => {
  it('progress follows an item and a measure the revision renumbered', () => {
    const oldPlan = toyPlan([item(1, 1), item(2, 2)]);
    const ledger = editable(asWritten(oldPlan)(SHEETS.ledger));
    // Item 2, measure 2 (sheet row 4) holds the user's note.
    ledger[3]![L('整改进展')] = { value: '已召开专题会' };
    const existing = (name: string) =>
      name === SHEETS.ledger ? { name, rows: ledger } : asWritten(oldPlan)(name);
    // The revision inserts a new item 2 (old 2 becomes 3) and a new first measure in old item 2.
    const old2 = item(2, 2);
    const renumbered: ToyItem = {
      ...old2,
      no: 3,
      measures: [
        { id: '1', text: '新增措施', milestones: [] },
        ...old2.measures.map((m, k) => ({ ...m, id: String(k + 2) })),
      ],
    };
    const merged = mergeWorkbookPlan(
      toyPlan([item(1, 1), { ...item(7, 1), no: 2 }, renumbered]),
      existing,
      OPTIONS,
    );
    const rows = sheet(merged.plan, SHEETS.ledger).rows;
    const note = rows.findIndex(
      (r) => JSON.stringify(r[L('整改进展')]) === '{"text":"已召开专题会"}',
    );
    expect(rows[note]!.slice(0, 3)).toEqual([
      { number: 3 },
      { text: '3' },
      { text: '措施2.2：2025年6月30日前完成' },
    ]);
    const change = merged.report.measuresChanged.find((m) => m.item === '3' && m.measure === '3');
    expect(change?.changes).toEqual([
      { field: '问题序号', old: '2', new: '3' },
      { field: '措施序号', old: '2', new: '3' },
    ]);
    expect(merged.report.measuresRemoved).toEqual([]);
  });
});

describe('ledgers the user reshaped', () => {
  it('finds the header below a title row, keeps the title, and reads headers with stray spaces', () => {
    const oldPlan = toyPlan([item(1, 2)]);
    const ledger = editable(asWritten(oldPlan)(SHEETS.ledger));
    ledger[0]![L('整改进展')] = { value: '整改 进展' };
    ledger[2]![L('整改进展')] = { value: '第二条进展' };
    ledger.unshift([{ value: '保靖县整改台账（2025年版）' }]);
    const existing = (name: string) =>
      name === SHEETS.ledger ? { name, rows: ledger } : asWritten(oldPlan)(name);
    const merged = mergeWorkbookPlan(toyPlan([item(1, 2)]), existing, OPTIONS);
    const rows = sheet(merged.plan, SHEETS.ledger).rows;
    expect(rows[0]).toHaveLength(13);
    expect(rows[1]![0]).toEqual({ text: '保靖县整改台账（2025年版）' });
    expect(rows[3]![L('整改进展')]).toEqual({ text: '第二条进展' });
    expect(merged.report.userRowsKept).toBe(1);
    expect(merged.report.extraColumns).toEqual([]);
  });
});
