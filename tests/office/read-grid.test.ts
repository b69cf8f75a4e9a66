import { describe, expect, it } from 'vitest';
import { readGrids } from '../../src/office/read-grid';
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from '../support/excel-double';

describe('readGrids', () => {
  it('reads values into the grid the core expects: dates, errors, offsets, missing sheets', async () => {
    const excel = new ExcelDouble(['台账', '空表']);
    const sheet = excel.workbook.sheet('台账');
    const put = (r: number, c: number, value: string | number, numberFormat = 'General') => {
      const cell = sheet.ensureCell(r, c);
      cell.value = value;
      cell.numberFormat = numberFormat;
    };
    put(2, 1, '问题序号');
    put(3, 1, 1);
    put(3, 2, 45657, 'yyyy-mm-dd');
    put(3, 3, 45657, 'yyyy"年"m"月"d"日"');
    put(3, 4, 0.5, '0%');
    const err = sheet.ensureCell(3, 5);
    err.value = '#REF!';
    err.error = '#REF!';
    const grids = await excel.run((context) => readGrids(context, ['台账', '空表', '没有']));
    expect([...grids.keys()]).toEqual(['台账', '空表']);
    expect(grids.get('空表')?.rows).toEqual([]);
    const rows = grids.get('台账')?.rows ?? [];
    expect(rows[2]).toEqual([null, '问题序号', null, null, null, null]);
    expect(rows[3]).toEqual([
      null,
      1,
      { date: '2024-12-31' },
      { date: '2024-12-31' },
      0.5,
      { error: '#REF!' },
    ]);
    expect(rows[0]).toEqual([null, null, null, null, null, null]);
    // The used ranges and the cells in one request: the sheet fits the first block.
    expect(excel.syncCount).toBe(1);
  });

  it('retries a read whose response would pass 5 MB in smaller requests', async () => {
    const excel = new ExcelDouble(['台账']);
    const sheet = excel.workbook.sheet('台账');
    // Light rows first (what the first request sees), then 360-byte cells: chunks sized from the
    // light ones are too large, Excel refuses them, and they are read again in halves.
    const text = '整改'.repeat(60);
    for (let r = 0; r < 12_500; r++)
      for (let c = 0; c < 2; c++)
        sheet.ensureCell(r, c).value = r < 2_000 ? `x${r}` : `${text}${r}`;
    const grids = await excel.run((context) => readGrids(context, ['台账']));
    expect(grids.get('台账')?.rows[12_499]?.[1]).toBe(`${text}12499`);
    expect(excel.requests.some((r) => r.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    const ok = excel.requests.filter((r) => r.failed === undefined);
    for (const r of ok) expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});
