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
  expect(describeError(new Error('boom'))).toBe('出现意外错误：boom');
  expect(describeError('text')).toBe('出现意外错误：text');
  // In the face's language: the refusal the core decided, and Excel's failure.
  expect(describeError(new SheetConflictError(['台账']), 'en')).toBe(
    'sheet "台账" was not made by this tool and is never overwritten; rename or delete it first',
  );
  expect(describeError(new ExcelDoubleError('ItemNotFound', 'gone'), 'en')).toBe(
    'Excel reported ItemNotFound: gone',
  );
});
