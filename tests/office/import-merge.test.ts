import { describe, expect, it } from 'vitest';
import { excelSerialFromIso } from '../../src/core/dates';
import { LEDGER_COLUMNS, SHEETS } from '../../src/core/ledger/model';
import { LEDGER_HEADER_ROW as H } from '../../src/core/workbook/ledger-layout';
import { REMOVED_MARKER } from '../../src/core/merge';
import type { XlRange as XlMergeRange } from '../../src/office/excel-api';
import { createOfficeOperations } from '../../src/office/office-operations';
import { ExcelDouble, OfficeDouble } from '../support/excel-double';
import { key, reviseSeed, seedList } from '../core/merge/revision';

/**
 * 导入清单 on a workbook that already holds the ledger it made: the task pane's and the ribbon's
 * path (createOfficeOperations), not the merge function alone. Filled the way a user's typing ends
 * up, re-imported with a revised list, checked cell by cell.
 */

const TODAY = '2026-11-29';
const col = (h: string) => LEDGER_COLUMNS.indexOf(h as (typeof LEDGER_COLUMNS)[number]);
const letter = (c: number) => String.fromCharCode(65 + c);
/** Syncs one re-import of the seed ledger may take (89 rows, ~1 MB of notes; 12 measured). */
const SYNC_BUDGET = 15;

function setup() {
  const excel = new ExcelDouble(['Sheet1']);
  const office = new OfficeDouble(excel, { excelApi: '1.8' });
  const clock = { now: '2026-11-29 08:00' };
  const operations = createOfficeOperations({
    run: excel.run,
    office: office.global,
    now: () => clock.now,
  });
  return { excel, operations, clock };
}

interface Typed {
  readonly column: number;
  readonly input: string | number;
  readonly check: (cell: { value: unknown; formula?: string } | undefined, row: number) => void;
}

/** Types progress into every user column of every ledger row, plus two columns of the user's own. */
async function fillLedger(excel: ExcelDouble): Promise<Map<string, Typed[]>> {
  const model = excel.workbook.sheet(SHEETS.ledger);
  const rows = model.usedRect(true)!.bottom + 1;
  const extra = LEDGER_COLUMNS.length;
  const typed = new Map<string, Typed[]>();
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEETS.ledger);
    ws.getRange(`${letter(extra)}${H + 1}:${letter(extra + 1)}${H + 1}`).values = [
      ['联系人', '自评分'],
    ];
    for (let r = H + 1; r < rows; r += 1) {
      const k = key(String(model.cell(r, 0)?.value), String(model.cell(r, 1)?.value));
      const note = `${k} 进展：${'推进'.repeat(5_000)}`.slice(0, 10_000);
      const cells: Typed[] = [
        { column: col('状态'), input: '进行中', check: (c) => expect(c?.value).toBe('进行中') },
        {
          column: col('完成日期'),
          input: `2024年3月${(r % 28) + 1}日`,
          check: (c) => expect(c?.value).toBe(`2024年3月${(r % 28) + 1}日`),
        },
        { column: col('整改进展'), input: note, check: (c) => expect(c?.value).toBe(note) },
        {
          column: col('更新日期'),
          input: excelSerialFromIso('2024-05-01') + r,
          check: (c) => expect(c?.value).toBe(excelSerialFromIso('2024-05-01') + r),
        },
        {
          column: col('备注'),
          input: `=IF(H${r + 1}="已完成","完成 ${k}","")`,
          // The formula follows its row: its own-row reference is rewritten to the new row.
          check: (c, nr) => expect(c?.formula).toBe(`=IF(H${nr + 1}="已完成","完成 ${k}","")`),
        },
        { column: extra, input: `联系人 ${k}`, check: (c) => expect(c?.value).toBe(`联系人 ${k}`) },
        { column: extra + 1, input: r * 1.5, check: (c) => expect(c?.value).toBe(r * 1.5) },
      ];
      for (const t of cells) ws.getRange(`${letter(t.column)}${r + 1}`).values = [[t.input]];
      const evidence = ws.getRange(`${letter(col('佐证材料'))}${r + 1}`) as XlMergeRange;
      evidence.hyperlink = { address: `https://example.gov.cn/${k}`, textToDisplay: `佐证 ${k}` };
      typed.set(k, cells);
    }
    await context.sync();
  });
  expect(note10k(typed)).toBe(10_000);
  return typed;
}

const note10k = (typed: Map<string, Typed[]>) =>
  String([...typed.values()][0]!.find((t) => t.column === col('整改进展'))!.input).length;

/** Ledger rows by key as they are now; rows marked removed from the list get a `×` in front. */
function rowsByKey(excel: ExcelDouble): Map<string, number> {
  const sheet = excel.workbook.sheet(SHEETS.ledger);
  const found = new Map<string, number>();
  for (let r = H + 1; r <= sheet.usedRect(true)!.bottom; r += 1) {
    const text = String(sheet.cell(r, col('整改措施'))?.value ?? '');
    const removed = text.startsWith(REMOVED_MARKER);
    found.set(`${removed ? '×' : ''}${sheet.cell(r, 0)?.value}|${sheet.cell(r, 1)?.value}`, r);
  }
  return found;
}

describe('导入清单 on a filled-in ledger (Excel double)', () => {
  it('merges a revised list and keeps every user value on the right row, cell by cell', async () => {
    const { excel, operations, clock } = setup();
    const seed = seedList();
    const first = await operations.importList(seed, { today: TODAY });
    expect(first.changes).toEqual([]);
    const typed = await fillLedger(excel);
    expect(typed.size).toBe(89);

    const revision = reviseSeed(seed);
    clock.now = '2026-11-29 09:30';
    excel.resetRequests();
    const outcome = await operations.importList(revision.list, { today: TODAY });

    // What the task pane shows: the sheets written and the report, field by field.
    expect(outcome.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([SHEETS.ledger, SHEETS.milestones, SHEETS.importLog]),
    );
    expect(outcome.changes[0]).toMatch(/问题：新增 1，移除 1.*措施：新增 3，移除 5/);
    expect(outcome.changes).toContainEqual(expect.stringMatching(/^措施 4-1 整改措施：/));
    expect(outcome.changes).toContain('问题 9 截止日期：2022-12-31 → 2023-06-30');
    const log = excel.workbook.sheet(SHEETS.importLog);
    expect(log.cell(1, 1)?.value).toBe('2026-11-29 09:30');

    // Small, bounded requests: none over 5 MB; a refused response is only ever split, not lost.
    const syncs = excel.syncCount;
    const ok = excel.requests.filter((q) => q.failed === undefined);
    expect(ok.every((q) => q.requestBytes < 5_000_000 && q.responseBytes < 5_000_000)).toBe(true);
    expect(
      excel.requests.every(
        (q) => q.failed === undefined || q.failed === 'ResponsePayloadSizeLimitExceeded',
      ),
    ).toBe(true);
    expect(syncs).toBeLessThanOrEqual(SYNC_BUDGET);

    // Cell by cell: every value typed is on the row its measure moved to (or the row kept and
    // marked removed), hyperlinks included.
    const found = rowsByKey(excel);
    const after = excel.workbook.sheet(SHEETS.ledger);
    for (const [oldKey, cells] of typed) {
      const moved = revision.moves.get(oldKey);
      const r = found.get(moved === null ? `×${oldKey}` : moved!);
      expect(r, `${oldKey} → ${String(moved)}`).toBeDefined();
      for (const t of cells) t.check(after.cell(r!, t.column), r!);
      expect(after.hyperlinks.get(`${letter(col('佐证材料'))}${r! + 1}`)).toMatchObject({
        address: `https://example.gov.cn/${oldKey}`,
      });
      expect(after.cell(r!, col('佐证材料'))?.value).toBe(`佐证 ${oldKey}`);
    }
    // Measures the revision added carry none of the user's values (only what the list itself says).
    for (const k of revision.added) {
      const r = found.get(k);
      expect(r, k).toBeDefined();
      expect(String(after.cell(r!, col('整改进展'))?.value ?? '')).not.toMatch(/进展：推进/);
      expect(after.cell(r!, LEDGER_COLUMNS.length)?.value ?? '').toBe('');
      expect(after.hyperlinks.has(`${letter(col('佐证材料'))}${r! + 1}`)).toBe(false);
    }
    // Kept rows marked removed keep their old keys (25|1 collides with renumbered 24 → 25): the
    // validator does not call them duplicates or wrong deadlines.
    expect(found.has('×25|1') && found.has('25|1')).toBe(true);
    const report = await operations.validateLedger({
      today: TODAY,
      staleDays: 90,
      writeSheet: false,
    });
    const removedRows = new Set(
      [...found].filter(([k]) => k.startsWith('×')).map(([, r]) => r + 1),
    );
    const onRemoved = report.issues.filter(
      (i) =>
        (i.code === 'duplicate-key' || i.code === 'deadline-mismatch') &&
        removedRows.has(Number(/\d+$/.exec(i.cell)?.[0])),
    );
    expect(onRemoved).toEqual([]);
    expect(report.issues.filter((i) => i.code === 'duplicate-key')).toEqual([]);
    // A moved deadline reaches the ledger (item 8's measures, renumbered to 9 by the insert).
    const moved = [...found].filter(([k]) => k.startsWith('9|'));
    expect(moved.length).toBeGreaterThan(0);
    for (const [, r] of moved)
      expect(after.cell(r, col('截止日期'))?.value).toBe(excelSerialFromIso('2023-06-30'));
  });

  it('importing the same seed twice changes nothing but the report date', async () => {
    const { excel, operations, clock } = setup();
    await operations.importList(seedList(), { today: TODAY });
    await fillLedger(excel);
    clock.now = '2026-11-29 10:00';
    await operations.importList(seedList(), { today: TODAY });
    const snapshot = () =>
      excel.workbook.sheetNames().map((name) => {
        const sheet = excel.workbook.sheet(name);
        return { name, cells: JSON.stringify(sheet.cells), links: [...sheet.hyperlinks] };
      });
    const before = snapshot();
    clock.now = '2026-11-29 11:00';
    excel.resetRequests();
    const again = await operations.importList(seedList(), { today: TODAY });
    expect(again.changes[0]).toMatch(/问题：新增 0，移除 0.*措施：新增 0，移除 0/);
    const after = snapshot();
    const differing = after
      .filter((s, i) => JSON.stringify(s) !== JSON.stringify(before[i]))
      .map((s) => s.name);
    expect(differing).toEqual(expect.arrayContaining([SHEETS.importLog]));
    // Any sheet that differs differs only in the time stamp.
    for (const name of differing) {
      const i = after.findIndex((s) => s.name === name);
      expect(after[i]!.cells.replaceAll('2026-11-29 11:00', '2026-11-29 10:00'), name).toBe(
        before[i]!.cells,
      );
      expect(after[i]!.links).toEqual(before[i]!.links);
    }
    expect(excel.workbook.sheet(SHEETS.importLog).cell(1, 1)?.value).toBe('2026-11-29 11:00');
    expect(excel.syncCount).toBeLessThanOrEqual(SYNC_BUDGET);
  });
});
