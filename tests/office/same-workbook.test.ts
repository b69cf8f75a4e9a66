import { describe, it } from 'vitest';
import { applyPlan } from '../../src/office/apply-plan';
import { ExcelDouble } from '../support/excel-double';
import { excelLook } from '../support/workbook-view/excel-look';
import { compareWithFileWriter, expectSameWorkbooks } from '../support/workbook-view/same-plans';

/** The user's blank sheet every new Excel workbook has; the file writer's new package has none. */
const USER_SHEET = 'Sheet1';

describe('the file writer and the Office shell make the same workbook from the same plan', () => {
  it('a new ledger workbook, then its summaries and 校验结果, a hidden sheet, the summaries again', async () => {
    const excel = new ExcelDouble([USER_SHEET]);
    const steps = await compareWithFileWriter({
      apply: async (plan, retire) => {
        await excel.run((context) => applyPlan(context, plan, { retire }));
      },
      look: (areas) => excelLook(excel.workbook, areas, [USER_SHEET]),
    });
    expectSameWorkbooks(steps);
  });
});
