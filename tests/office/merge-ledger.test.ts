import { describe, expect, it } from 'vitest';
import { excelSerialFromIso } from '../../src/core/dates';
import { LEDGER_COLUMNS, SHEETS } from '../../src/core/ledger/model';
import { LEDGER_HEADER_ROW as H } from '../../src/core/workbook/ledger-layout';
import { REMOVED_MARKER, reportLines } from '../../src/core/merge';
import { buildLedgerWorkbookPlan } from '../../src/core/workbook/plan';
import { applyPlan } from '../../src/office/apply-plan';
import type { XlRange as XlMergeRange } from '../../src/office/excel-api';
import { mergeLedgerInWorkbook } from '../../src/office/merge-ledger';
import { ExcelDouble } from '../support/excel-double';
import { key, reviseSeed, seedList } from '../core/merge/revision';

/**
 * The bar in the Office shell: a ledger laid out on the in-memory Excel, filled with
 * progress through the API the way a user's typing ends up (formulas, hyperlinks, 10,000-character
 * notes, dates typed as text, added columns), merged with a revised list, checked cell by cell.
 */

const col = (h: string) => LEDGER_COLUMNS.indexOf(h as (typeof LEDGER_COLUMNS)[number]);
const today = '2026-11-29';

interface Typed {
  readonly column: number;
  readonly input: string | number;
  readonly expect: (cell: { value: unknown; formula?: string } | undefined, row: number) => void;
}

describe('merge on the open workbook (Excel double)', () => {
  it('keeps every user value on the right row, cell by cell', async () => {
    const seed = seedList();
    const revision = reviseSeed(seed);
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run((context) =>
      applyPlan(
        context,
        buildLedgerWorkbookPlan(seed, { today, sourceName: 's', generatedAt: 'g' }),
      ),
    );
    const model = excel.workbook.sheet(SHEETS.ledger);
    const rows = model.usedRect(true)!.bottom + 1;
    const typed = new Map<string, Typed[]>();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEETS.ledger);
      ws.getRange(`N${H + 1}:O${H + 1}`).values = [['联系人', '自评分']];
      for (let r = H + 1; r < rows; r += 1) {
        const k = key(String(model.cell(r, 0)?.value), String(model.cell(r, 1)?.value));
        const note = `第${r + 1}行进展：${'推进'.repeat(5_000)}`;
        const cells: Typed[] = [
          { column: col('状态'), input: '已完成', expect: (c) => expect(c?.value).toBe('已完成') },
          {
            column: col('完成日期'),
            input: `2024年3月${(r % 28) + 1}日`,
            expect: (c) => expect(c?.value).toBe(`2024年3月${(r % 28) + 1}日`),
          },
          { column: col('整改进展'), input: note, expect: (c) => expect(c?.value).toBe(note) },
          {
            column: col('更新日期'),
            input: excelSerialFromIso('2024-05-01'),
            expect: (c) => expect(c?.value).toBe(excelSerialFromIso('2024-05-01')),
          },
          {
            column: col('备注'),
            input: `=IF(H${r + 1}="已完成","完成 ${k}","")`,
            expect: (c, nr) => expect(c?.formula).toBe(`=IF(H${nr + 1}="已完成","完成 ${k}","")`),
          },
          { column: 13, input: `联系人 ${k}`, expect: (c) => expect(c?.value).toBe(`联系人 ${k}`) },
          { column: 14, input: r * 1.5, expect: (c) => expect(c?.value).toBe(r * 1.5) },
        ];
        for (const t of cells)
          ws.getRange(`${String.fromCharCode(65 + t.column)}${r + 1}`).values = [[t.input]];
        const evidence = ws.getRange(`K${r + 1}`) as XlMergeRange;
        evidence.hyperlink = { address: `https://example.gov.cn/${k}`, textToDisplay: `佐证 ${k}` };
        typed.set(k, cells);
      }
      await context.sync();
    });

    excel.resetRequests();
    const result = await excel.run((context) =>
      mergeLedgerInWorkbook(context, revision.list, {
        today,
        sourceName: 'revised.txt',
        generatedAt: '2026-11-29 06:00',
      }),
    );
    expect(reportLines(result.merge.report)[0]).toMatch(
      /问题：新增 1，移除 1.*措施：新增 3，移除 5/,
    );
    // 89 rows of 10,000-character notes are more than one response may carry: the reader splits
    // what Excel refuses and reads it in halves; nothing over 5 MB ever gets through.
    const ok = excel.requests.filter((q) => q.failed === undefined);
    expect(ok.every((q) => q.requestBytes < 5_000_000 && q.responseBytes < 5_000_000)).toBe(true);
    expect(
      excel.requests
        .filter((q) => q.failed !== undefined)
        .every((q) => q.failed === 'ResponsePayloadSizeLimitExceeded'),
    ).toBe(true);

    const after = excel.workbook.sheet(SHEETS.ledger);
    const found = new Map<string, number>();
    for (let r = H + 1; r <= after.usedRect(true)!.bottom; r += 1) {
      const removed = String(after.cell(r, col('整改措施'))?.value ?? '').startsWith(
        REMOVED_MARKER,
      );
      found.set(`${removed ? '×' : ''}${after.cell(r, 0)?.value}|${after.cell(r, 1)?.value}`, r);
    }
    expect(typed.size).toBe(89);
    for (const [oldKey, cells] of typed) {
      const moved = revision.moves.get(oldKey);
      const r = found.get(moved === null ? `×${oldKey}` : moved!);
      expect(r, `${oldKey} → ${moved}`).toBeDefined();
      for (const t of cells) t.expect(after.cell(r!, t.column), r!);
      expect(after.hyperlinks.get(`K${r! + 1}`)).toMatchObject({
        address: `https://example.gov.cn/${oldKey}`,
      });
    }
  });
});

describe('merging the seed with itself on the open workbook', () => {
  it('changes nothing but the record', async () => {
    const seed = seedList();
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run((context) =>
      applyPlan(
        context,
        buildLedgerWorkbookPlan(seed, { today, sourceName: 's', generatedAt: 'g' }),
      ),
    );
    const sheets = [SHEETS.items, SHEETS.ledger, SHEETS.milestones, SHEETS.lists];
    const snapshot = () => sheets.map((name) => JSON.stringify(excel.workbook.sheet(name).cells));
    const before = snapshot();
    const result = await excel.run((context) =>
      mergeLedgerInWorkbook(context, seed, {
        today,
        sourceName: 's',
        generatedAt: '2026-11-29 07:00',
      }),
    );
    expect(result.merge.report.measuresChanged).toEqual([]);
    expect(result.merge.report.rowsKept).toBe(89);
    expect(snapshot()).toEqual(before);
    expect(excel.workbook.sheet(SHEETS.importLog).cell(1, 1)?.value).toBe('2026-11-29 07:00');
  });
});
