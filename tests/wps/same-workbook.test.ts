import { describe, it } from 'vitest';
import { applyPlan } from '../../src/wps/apply-plan';
import type { EtWorkbook } from '../../src/wps/et-api';
import { createEtHost } from '../support/et-double';
import { etLook } from '../support/workbook-view/et-look';
import { compareWithFileWriter, expectSameWorkbooks } from '../support/workbook-view/same-plans';

const USER_SHEET = 'Sheet1';

describe('the file writer and the WPS shell make the same workbook from the same plan', () => {
  it('a new ledger workbook, then its summaries and 校验结果, a hidden sheet, the summaries again', async () => {
    const { app, book } = createEtHost({ sheets: [USER_SHEET] });
    const steps = await compareWithFileWriter({
      apply: async (plan, retire) => {
        await applyPlan(app, app.ActiveWorkbook as EtWorkbook, plan, async () => {}, { retire });
      },
      look: (areas) => etLook(book, areas, [USER_SHEET]),
    });
    expectSameWorkbooks(steps);
  });
});
