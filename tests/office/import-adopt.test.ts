import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS } from '../../src/core/ledger/model';
import { isOwnershipName } from '../../src/core/ownership';
import { LEDGER_HEADER_ROW as H } from '../../src/core/workbook/ledger-layout';
import { createOfficeOperations } from '../../src/office/office-operations';
import { ExcelDouble, OfficeDouble } from '../support/excel-double';
import { TODAY, seedList } from './fixtures';

/**
 * 导入清单 in Excel on a ledger another program rebuilt (openpyxl, a macro): the sheets are ours
 * but their RECTIFY_OWNED_n marks are gone. As `rectify workbook --merge` does on a file, the
 * add-in merges into it when the header shows our ledger, keeps what was typed, marks it again;
 * a 台账 that is the user's own stays refused by name.
 */

const PROGRESS = LEDGER_COLUMNS.indexOf('整改进展');
const letter = (c: number) => String.fromCharCode(65 + c);

function setup(sheets: readonly string[] = ['Sheet1']) {
  const excel = new ExcelDouble([...sheets]);
  const office = new OfficeDouble(excel, { excelApi: '1.8' });
  const operations = createOfficeOperations({
    run: excel.run,
    office: office.global,
    now: () => '2026-11-29 08:00',
  });
  return { excel, operations };
}

const marked = (excel: ExcelDouble) =>
  excel.workbook.names
    .filter((n) => isOwnershipName(n.name))
    .map((n) => excel.workbook.nameFormula(n))
    .sort();

describe('导入清单 in Excel on a ledger that lost its marks', () => {
  it('merges into it, keeps what was typed, says so, and marks its sheets again', async () => {
    const { excel, operations } = setup();
    await operations.importList(seedList(), { today: TODAY });
    const marksBefore = marked(excel);
    const sheetsBefore = excel.workbook.sheets.map((s) => s.name);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEETS.ledger);
      ws.getRange(`${letter(PROGRESS)}${H + 2}`).values = [['已完成初步排查，形成问题清单']];
      await context.sync();
    });
    // What a rebuild by another program leaves: the same sheets, none of our names.
    const names = excel.workbook.names;
    for (let i = names.length - 1; i >= 0; i--)
      if (isOwnershipName(names[i]!.name)) names.splice(i, 1);
    expect(marked(excel)).toEqual([]);

    const outcome = await operations.importList(seedList(), { today: TODAY });

    expect(outcome.changes[0]).toContain('没有整改台账助手留下的标记');
    expect(outcome.changes[0]).toContain('“台账”');
    expect(excel.workbook.sheet(SHEETS.ledger).cell(H + 1, PROGRESS)?.value).toBe(
      '已完成初步排查，形成问题清单',
    );
    // Every sheet kept, the merge's 导入记录 added, all of them ours again.
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([...sheetsBefore, SHEETS.importLog]);
    expect(marked(excel)).toEqual([...marksBefore, `=${SHEETS.importLog}!$A$1`].sort());
  });

  it('still refuses, by name, a 台账 that is the user’s own, and changes nothing', async () => {
    const { excel, operations } = setup(['台账']);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('台账');
      ws.getRange('A1:B2').values = [
        ['月份', '金额'],
        ['一月', 12],
      ];
      await context.sync();
    });
    await expect(operations.importList(seedList(), { today: TODAY })).rejects.toThrow(/台账/);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['台账']);
    expect(excel.workbook.sheet('台账').cell(1, 1)?.value).toBe(12);
    expect(marked(excel)).toEqual([]);
  });
});
