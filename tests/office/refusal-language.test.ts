import { describe, expect, it } from 'vitest';
import { expectRefusalOfUserSheet } from '../support/refusal-said';
import { TODAY, seedList, setup } from './fixtures';

/**
 * The core refuses a plan whose sheet name a user sheet holds; the Office shell throws the core's
 * error, and the pane (and the ribbon) say it in Office's display language.
 */
describe('a refusal of the Office shell is said in the pane language', () => {
  it.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh'],
  ] as const)('Office in %s', async (displayLanguage, lang) => {
    const { excel, operations } = setup({ sheets: ['清单'], displayLanguage });
    excel.workbook.sheet('清单').ensureCell(0, 0).value = '我的数据';
    const error = await operations
      .importList(seedList(), { today: TODAY })
      .catch((e: unknown) => e);
    expectRefusalOfUserSheet(error, lang);
    expect(excel.workbook.sheetNames()).toEqual(['清单']);
    expect(excel.workbook.cellAt('清单', 'A1')?.value).toBe('我的数据');
  });
});
