/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { ErrorCode, ExcelDouble, PAYLOAD_LIMIT_BYTES } from '../support/excel-double';

/** The double must fail where Excel fails, or tests against it prove nothing. */
describe('Excel double', () => {
  it('refuses to read a property before load and sync', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(() => sheet.name).toThrow(/not available/);
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheet.name).toBe('Sheet1');
      expect(() => sheet.position).toThrow(/position/);
    });
  });

  it('applies queued writes only at sync, and loads see the state at their point in the batch', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [[1, 'x']];
      expect(excel.workbook.valuesOf('Sheet1', 'A1:B1')).toEqual([['', '']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
      range.values = [[2, 'y']];
      expect(range.values).toEqual([[1, 'x']]);
    });
    expect(excel.workbook.valuesOf('Sheet1', 'A1:B1')).toEqual([[2, 'y']]);
    expect(excel.syncCount).toBe(2);
  });

  it('fails getItem of a missing sheet with ItemNotFound at sync; getItemOrNullObject gives a null object', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItem('台账');
      missing.load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: ErrorCode.itemNotFound });
      const maybe = context.workbook.worksheets.getItemOrNullObject('台账');
      maybe.load('name');
      const used = maybe.getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
  });

  it('enforces worksheet-name rules', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    for (const bad of ['a/b', 'x'.repeat(32), "'q", 'sheet1', '', 'History', '[1]']) {
      await expect(
        excel.run(async (context) => {
          context.workbook.worksheets.add(bad);
          await context.sync();
        }),
      ).rejects.toHaveProperty('code');
    }
    await excel.run(async (context) => {
      context.workbook.worksheets.add('汇总-张三');
      await context.sync();
    });
    expect(excel.workbook.sheetNames()).toEqual(['Sheet1', '汇总-张三']);
  });

  it('requires the values array to match the range', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const write = (address: string, values: unknown[][]) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange(address).values = values;
        await context.sync();
      });
    await expect(write('A1:B2', [[1, 2]])).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write('A1:B1', [[1, 2, 3]])).rejects.toThrow(/doesn't match/);
    await expect(write('A0', [[1]])).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write('Sheet1!A1', [[1]])).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      write('A1:B2', [
        [1, 2],
        [3, 4],
      ]),
    ).resolves.toBeUndefined();
  });

  it('turns typed text into formulas, numbers and dates as Excel does, unless quoted or formatted @', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A2').numberFormat = [['@']];
      sheet.getRange('A1:F1').values = [['=1+1', "'=1+1", '001', '-abc', '2024-01-31', 'TRUE']];
      sheet.getRange('A2').values = [['=1+1']];
      await context.sync();
    });
    const cell = (a: string) => excel.workbook.cellAt('Sheet1', a);
    expect(cell('A1')?.formula).toBe('=1+1');
    expect(cell('B1')).toMatchObject({ value: '=1+1', quotePrefix: true });
    expect(cell('C1')?.value).toBe(1);
    expect(cell('D1')?.error).toBe('#NAME?');
    expect(cell('E1')?.value).toBe(45322);
    expect(cell('F1')?.value).toBe(true);
    expect(cell('A2')).toMatchObject({ value: '=1+1' });
    expect(cell('A2')?.formula).toBeUndefined();
  });

  it('fails a request over 5 MB and applies nothing of it', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const rows = 60_000;
    const text = '整改措施'.repeat(10); // 120 bytes of UTF-8
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${rows}`);
        range.values = Array.from({ length: rows }, () => [text]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.requests[0]?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.workbook.cellAt('Sheet1', 'A1')).toBeUndefined();
  });

  it('fails a response over 5 MB', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const rows = 30_000;
    const text = '整改措施'.repeat(10);
    for (let start = 1; start <= rows; start += 10_000) {
      await excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem('Sheet1')
          .getRange(`A${start}:A${start + 9_999}`);
        range.values = Array.from({ length: 10_000 }, () => [text]);
        range.numberFormat = Array.from({ length: 10_000 }, () => ['@']);
        await context.sync();
      });
      // Two columns of text per row push the response over the limit.
      await excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem('Sheet1')
          .getRange(`B${start}:B${start + 9_999}`);
        range.values = Array.from({ length: 10_000 }, () => [text]);
        await context.sync();
      });
    }
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange(`A1:B${rows}`).load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('refuses overlapping tables, duplicate table names and names that look like cells', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    const attempt = (fn: Parameters<ExcelDouble['run']>[0]) => excel.run(fn);
    await attempt(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['a', 'b']];
      sheet.tables.add('A1:B3', true).name = 'Ledger';
      await context.sync();
    });
    await expect(
      attempt(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').tables.add('B2:C4', true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(
      attempt(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').tables.add('E1:F2', true).name = 'ledger';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(
      attempt(async (context) => {
        context.workbook.names.add('AB12', "='Sheet1'!$A$1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      attempt(async (context) => {
        context.workbook.names.add('RECTIFY_OWNED_1', "='Nowhere'!$A$1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('reports defined names as Excel does and follows a renamed sheet', async () => {
    const excel = new ExcelDouble(['整改 台账', '台账']);
    await excel.run(async (context) => {
      context.workbook.names.add('RECTIFY_OWNED_1', "='台账'!$A$1");
      context.workbook.names.add('RECTIFY_OWNED_2', "='整改 台账'!$A$1");
      await context.sync();
    });
    excel.workbook.sheet('台账').name = '台账2';
    await excel.run(async (context) => {
      const names = context.workbook.names.load('items/name,items/formula');
      await context.sync();
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([
        ['RECTIFY_OWNED_1', '=台账2!$A$1'],
        ['RECTIFY_OWNED_2', "='整改 台账'!$A$1"],
      ]);
    });
  });

  it('keeps validations, conditional formats in priority order and frozen panes', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const range = sheet.getRange('H2:H10');
      range.dataValidation.rule = { list: { inCellDropDown: true, source: '=$A$1:$A$3' } };
      range.dataValidation.prompt = { showPrompt: true, title: '状态', message: '请选择' };
      for (const [i, f] of ['=A2>1', '=A2>2'].entries()) {
        const cf = range.conditionalFormats.add('Custom');
        cf.custom.rule.formula = f;
        cf.custom.format.fill.color = '#FFC7CE';
        cf.priority = i;
      }
      sheet.freezePanes.freezeRows(1);
      await context.sync();
    });
    const sheet = excel.workbook.sheet('Sheet1');
    expect(sheet.validations).toHaveLength(1);
    expect(sheet.validations[0]?.prompt?.title).toBe('状态');
    expect(sheet.conditionalFormats.map((c) => c.formula)).toEqual(['=A2>1', '=A2>2']);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.prompt = {
          showPrompt: true,
          title: 'x'.repeat(33),
          message: '',
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses collection items before load, writes to null objects and malformed rules', async () => {
    const excel = new ExcelDouble(['Sheet1']);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/items/);
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
    });
    const fails = (fn: Parameters<ExcelDouble['run']>[0]) => expect(excel.run(fn)).rejects;
    await fails(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('无').getRange('A1').values = [[1]];
      await context.sync();
    }).toMatchObject({ code: 'ItemNotFound' });
    await fails(async (context) => {
      const cf = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1')
        .conditionalFormats.add('Custom');
      cf.custom.rule.formula = 'A1>1';
      await context.sync();
    }).toMatchObject({ code: 'InvalidArgument' });
    await fails(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
        date: { operator: 'Between', formula1: '2020-01-01' },
      };
      await context.sync();
    }).toMatchObject({ code: 'InvalidArgument' });
    await fails(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['h1', 'h2']];
      sheet.tables.add('A1:B2', true);
      sheet.getRange('A2:B2').merge(false);
      await context.sync();
    }).toMatchObject({ code: 'InvalidOperation' });
  });

  it('reports a name whose sheet was deleted as #REF!', async () => {
    const excel = new ExcelDouble(['Sheet1', '台账']);
    excel.workbook.addName('RECTIFY_OWNED_1', "='台账'!$A$1", '');
    excel.workbook.deleteSheet(excel.workbook.sheet('台账'));
    await excel.run(async (context) => {
      const names = context.workbook.names.load('items/formula');
      await context.sync();
      expect(names.items[0]?.formula).toBe('=#REF!$A$1');
    });
  });

  it('uses no Node APIs, so a browser bundle can import it', async () => {
    const sources = import.meta.glob('../support/excel-double/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    expect(Object.keys(sources).length).toBeGreaterThan(5);
    for (const [file, text] of Object.entries(sources)) {
      expect(text, file).not.toMatch(/from '(node:|fs|path|os|buffer)/);
      expect(text, file).not.toMatch(/\b(process|Buffer|require)\b[.(]/);
    }
  });
});
