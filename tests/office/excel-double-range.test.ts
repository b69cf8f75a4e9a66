import { describe, expect, it } from 'vitest';
import type { XlRange as XlMergeRange } from '../../src/office/excel-api';
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from '../support/excel-double';

/** Range.formulas and Range.hyperlink in the double: strict where Excel is strict. */
describe('Excel double: formulas and hyperlinks', () => {
  const rangeOf = (context: Parameters<Parameters<ExcelDouble['run']>[0]>[0], address: string) =>
    context.workbook.worksheets.getItem('Sheet1').getRange(address) as unknown as XlMergeRange;

  it('refuses to read formulas or hyperlink before load and sync', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      const range = rangeOf(context, 'A1');
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.hyperlink).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('formulas,hyperlink');
      expect(() => range.hyperlink).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.formulas).toEqual([['']]);
      expect(range.hyperlink).toBeNull();
    });
  });

  it('writes formulas and hyperlinks only at sync, and reads them back', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      const block = rangeOf(context, 'A1:B1');
      block.formulas = [['=1+1', 'plain']];
      const link = rangeOf(context, 'C1');
      link.hyperlink = { address: 'https://example.org/a', textToDisplay: '=not a formula' };
      expect(excel.workbook.cellAt('Sheet1', 'A1')).toBeUndefined();
      expect(excel.workbook.sheet('Sheet1').hyperlinks.size).toBe(0);
      block.load('formulas,values');
      link.load('hyperlink,values');
      await context.sync();
      expect(block.formulas).toEqual([['=1+1', 'plain']]);
      expect(link.hyperlink).toEqual({
        address: 'https://example.org/a',
        textToDisplay: '=not a formula',
      });
      // The display text is text, never a formula.
      expect(link.values).toEqual([['=not a formula']]);
    });
    expect(excel.workbook.cellAt('Sheet1', 'A1')?.formula).toBe('=1+1');
    expect(excel.workbook.cellAt('Sheet1', 'C1')?.formula).toBeUndefined();
  });

  it('leaves a cell unchanged for null in formulas and refuses a wrong shape', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      rangeOf(context, 'A1:B1').formulas = [['=2*3', 'keep']];
      await context.sync();
      rangeOf(context, 'A1:B1').formulas = [[null, 'new']];
      await context.sync();
    });
    expect(excel.workbook.cellAt('Sheet1', 'A1')?.formula).toBe('=2*3');
    expect(excel.workbook.cellAt('Sheet1', 'B1')?.value).toBe('new');
    await expect(
      excel.run(async (context) => {
        rangeOf(context, 'A1:B2').formulas = [['=1']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it("drops hyperlinks on clear('All') but keeps them on clear('Contents')", async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const links = () => [...excel.workbook.sheet('Sheet1').hyperlinks.keys()].sort();
    await excel.run(async (context) => {
      rangeOf(context, 'A1').hyperlink = { address: 'https://a.example', textToDisplay: 'a' };
      rangeOf(context, 'B2').hyperlink = { documentReference: "'台账'!A1", textToDisplay: 'b' };
      rangeOf(context, 'D4').hyperlink = { address: 'https://d.example', textToDisplay: 'd' };
      await context.sync();
      rangeOf(context, 'A1:B2').clear('Contents');
      await context.sync();
    });
    expect(links()).toEqual(['A1', 'B2', 'D4']);
    await excel.run(async (context) => {
      rangeOf(context, 'A1:C3').clear('All');
      await context.sync();
    });
    expect(links()).toEqual(['D4']);
  });

  it('counts formulas and hyperlinks in the request and fails one over 5 MB', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const rows = 50_000;
    const formula = `="${'备注'.repeat(20)}"`; // over 100 bytes of UTF-8 each
    await expect(
      excel.run(async (context) => {
        rangeOf(context, `A1:A${rows}`).formulas = Array.from({ length: rows }, () => [formula]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.workbook.cellAt('Sheet1', 'A1')).toBeUndefined();
    excel.resetRequests();
    const address = `https://example.org/${'x'.repeat(2_000_000)}`;
    await expect(
      excel.run(async (context) => {
        rangeOf(context, 'A1').hyperlink = { address, textToDisplay: 'a' };
        rangeOf(context, 'A2').hyperlink = { address, textToDisplay: 'b' };
        rangeOf(context, 'A3').hyperlink = { address, textToDisplay: 'c' };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.requests[0]?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.workbook.sheet('Sheet1').hyperlinks.size).toBe(0);
  });
});
