import { describe, expect, it } from 'vitest';
import { ApplicationDouble, EtBookModel } from '../support/et-double';

function open(sheets = ['Sheet1']) {
  const book = new EtBookModel(sheets);
  const app = new ApplicationDouble(book);
  return { book, app, wb: app.ActiveWorkbook! };
}

describe('the ET double fails where WPS fails', () => {
  it('counts sheets, names and items from 1, and a missing one throws', () => {
    const { wb } = open(['甲', '乙']);
    expect(wb.Worksheets.Item(1).Name).toBe('甲');
    expect(wb.Worksheets.Item('乙').Index).toBe(2);
    expect(() => wb.Worksheets.Item(0)).toThrow(/下标越界/);
    expect(() => wb.Worksheets.Item(3)).toThrow(/下标越界/);
    expect(() => wb.Worksheets.Item('丙')).toThrow(/下标越界/);
    expect(() => wb.Names.Item('RECTIFY_OWNED_1')).toThrow(/下标越界/);
    const sheet = wb.Worksheets.Item(1);
    expect(sheet.Cells.Item(1, 1).Address()).toBe('$A$1');
    expect(() => sheet.Cells.Item(0, 1)).toThrow(/1-based/);
    expect(() => sheet.ListObjects.Item(1)).toThrow(/下标越界/);
  });

  it('enforces the sheet-name rules', () => {
    const { wb } = open(['台账']);
    const sheet = wb.Worksheets.Add(null, wb.Worksheets.Item(1));
    for (const bad of [
      '',
      'a'.repeat(32),
      '汇总/张三',
      '[x]',
      "'引号",
      '台账',
      'TAIZHANG'.toLowerCase() === 'taizhang' ? '台账' : '',
    ])
      expect(() => (sheet.Name = bad)).toThrow(/工作表名称无效/);
    sheet.Name = '汇总-张三';
    expect(wb.Worksheets.Item(2).Name).toBe('汇总-张三');
  });

  it('gives Value2 as a scalar for one cell and rows for a block, and wants rows of its shape', () => {
    const { wb } = open();
    const sheet = wb.Worksheets.Item(1);
    sheet.Range('A1:B2').Value2 = [
      [1, '甲'],
      [true, null],
    ];
    expect(sheet.Range('A1').Value2).toBe(1);
    expect(sheet.Range('A1:B2').Value2).toEqual([
      [1, '甲'],
      [true, undefined],
    ]);
    expect(() => (sheet.Range('A1:B2').Value2 = [[1, 2]])).toThrow(/rows of 2×2/);
    expect(() => (sheet.Range('A1:B2').Value2 = [1, 2, 3, 4])).toThrow(/rows of 2×2/);
  });

  it('parses what is written as if typed, unless it starts with an apostrophe', () => {
    const { wb, book } = open();
    const sheet = wb.Worksheets.Item(1);
    sheet.Range('A1:E1').Value2 = [['1', '=A1+1', '2023年12月31日', "'=不是公式", '-x']];
    const [row] = book.valuesOf('Sheet1', { top: 0, left: 0, bottom: 0, right: 4 });
    expect(row).toEqual([1, '=A1+1', 45291, '=不是公式', '=-x']);
  });

  it('reports a block number format only when the block shares it', () => {
    const { wb } = open();
    const sheet = wb.Worksheets.Item(1);
    sheet.Range('A1:A3').NumberFormat = 'yyyy-mm-dd';
    expect(sheet.Range('A1:A3').NumberFormat).toBe('yyyy-mm-dd');
    sheet.Range('A2').NumberFormat = '0.00';
    expect(sheet.Range('A1:A3').NumberFormat).toBeNull();
  });

  it('refuses every write to a protected sheet', () => {
    const { wb, book } = open();
    book.sheets[0]!.protected = true;
    const sheet = wb.Worksheets.Item(1);
    expect(() => (sheet.Range('A1').Value2 = 1)).toThrow(/受保护/);
    expect(() => (sheet.Range('A1').Interior.Color = 255)).toThrow(/受保护/);
    expect(() => sheet.Range('A1:B2').Merge()).toThrow(/受保护/);
    expect(() => sheet.Cells.Clear()).toThrow(/受保护/);
    expect(() => sheet.Range('A1').Validation.Add(3, 1, 1, '=名录!A2:A9')).toThrow(/受保护/);
  });

  it('asks before deleting a sheet unless alerts are off, and selects only on the active sheet', () => {
    const { wb, app, book } = open(['甲', '乙']);
    expect(() => wb.Worksheets.Item('乙').Delete()).toThrow(/DisplayAlerts/);
    app.DisplayAlerts = false;
    wb.Worksheets.Item('乙').Delete();
    expect(book.sheetNames()).toEqual(['甲']);
    const added = wb.Worksheets.Add(null, wb.Worksheets.Item(1));
    expect(book.active?.name).toBe(added.Name);
    expect(() => wb.Worksheets.Item('甲').Range('A1').Select()).toThrow(/not the active sheet/);
  });

  it('adds a new format condition first, so order must be set on purpose', () => {
    const { wb, book } = open();
    const sheet = wb.Worksheets.Item(1);
    sheet.Range('A1:A9').FormatConditions.Add(2, undefined, '=A1>1');
    sheet.Range('A1:A9').FormatConditions.Add(2, undefined, '=A1>2');
    expect(book.sheets[0]!.conditions.map((c) => c.formula)).toEqual(['=A1>2', '=A1>1']);
    expect(() => sheet.Range('A1').FormatConditions.Add(2, undefined, 'A1>1')).toThrow(/"="/);
  });
});
