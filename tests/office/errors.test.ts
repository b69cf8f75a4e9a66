import { expect, it } from 'vitest';
import { RectifyError, SheetConflictError, describeError } from '../../src/office/errors';
import { ExcelDoubleError } from '../support/excel-double';

it('describes errors in plain words: ours as written, Excel failures with their code', () => {
  expect(describeError(new RectifyError('没有台账 (no ledger)'))).toBe('没有台账 (no ledger)');
  expect(describeError(new SheetConflictError(['台账']))).toMatch(
    /^工作表“台账”不是整改台账助手生成的/,
  );
  expect(describeError(new ExcelDoubleError('ItemNotFound', 'gone'))).toMatch(
    /^Excel 报告错误 ItemNotFound：gone/,
  );
  expect(describeError(new Error('boom'))).toBe('出现意外错误：boom (unexpected error)');
  expect(describeError('text')).toBe('出现意外错误：text (unexpected error)');
});
