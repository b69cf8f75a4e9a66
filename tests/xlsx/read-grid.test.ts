import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelSerialFromIso } from '../../src/core/dates';
import { isDateFormat } from '../../src/core/number-format';
import { gridCellOf, snapshotOf } from '../support/exceljs-grid';

/** Writes the workbook to .xlsx bytes and reads it back, as a file on disk would be. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  return back;
}

describe('snapshotOf', () => {
  it('reads every kind of cell value from a real .xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.getCell('A1').value = '文本';
    ws.getCell('B1').value = 42.5;
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = new Date(Date.UTC(2022, 5, 30));
    ws.getCell('D1').numFmt = 'yyyy-mm-dd';
    ws.getCell('E1').value = excelSerialFromIso('2023-01-15');
    ws.getCell('E1').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('F1').value = { error: '#N/A' };
    ws.getCell('G1').value = { formula: 'B1*2', result: 85 };
    ws.getCell('H1').value = { formula: 'NA()', result: { error: '#N/A' } };
    ws.getCell('I1').value = { richText: [{ text: '推进' }, { text: '中', font: { bold: true } }] };
    ws.getCell('J1').value = { text: '佐证', hyperlink: 'https://example.org/a' };
    ws.getCell('K1').value = { formula: 'D1+1', result: new Date(Date.UTC(2022, 6, 1)) };
    ws.getCell('K1').numFmt = 'yyyy/m/d';
    ws.getCell('L1').value = 44742;
    ws.getCell('M1').value = '=SUM(1,2)';
    ws.getCell('C3').value = '空行之后';

    const snapshot = snapshotOf(await roundTrip(wb));
    expect(snapshot.sheetNames).toEqual(['台账']);
    const grid = snapshot.grid('台账')!;
    expect(grid.sheet).toBe('台账');
    expect(grid.rows[0]).toEqual([
      '文本',
      42.5,
      true,
      { date: '2022-06-30' },
      { date: '2023-01-15' },
      { error: '#N/A' },
      85,
      { error: '#N/A' },
      '推进中',
      '佐证',
      { date: '2022-07-01' },
      44742,
      '=SUM(1,2)',
    ]);
    expect(grid.rows[1]).toEqual([]);
    expect(grid.rows[2]).toEqual([null, null, '空行之后']);
  });

  it('keeps a merged area value in its top-left cell only', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.getCell('A2').value = 3;
    ws.mergeCells('A2:A4');
    ws.getCell('B2').value = '合并';
    ws.mergeCells('B2:C3');
    ws.getCell('D4').value = 'x';
    const grid = snapshotOf(await roundTrip(wb)).grid('台账')!;
    expect(grid.rows[1]).toEqual([3, '合并']);
    expect(grid.rows[2]).toEqual([]);
    expect(grid.rows[3]).toEqual([null, null, null, 'x']);
  });

  it('reads serial dates of a 1904 workbook', () => {
    expect(gridCellOf(excelSerialFromIso('2022-06-30') - 1462, 'yyyy-mm-dd', true)).toEqual({
      date: '2022-06-30',
    });
  });

  it('returns null for a sheet that is not there and finds sheets ignoring case', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 1;
    wb.addWorksheet('名录');
    const snapshot = snapshotOf(await roundTrip(wb));
    expect(snapshot.sheetNames).toEqual(['Sheet1', '名录']);
    expect(snapshot.grid('台账')).toBeNull();
    expect(snapshot.grid('sheet1')?.rows).toEqual([[1]]);
    expect(snapshot.grid('名录')?.rows).toEqual([]);
  });

  it('tells date formats from other number formats', () => {
    for (const f of ['yyyy-mm-dd', 'm/d/yy', 'yyyy"年"m"月"d"日"', '[$-F800]dddd, mmmm dd, yyyy']) {
      expect(isDateFormat(f), f).toBe(true);
    }
    for (const f of [undefined, '', 'General', '0.00', '"day "0', '[Red]0', 'h:mm', '@']) {
      expect(isDateFormat(f), String(f)).toBe(false);
    }
  });
});
