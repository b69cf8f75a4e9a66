import { describe, expect, it } from 'vitest';
import { SheetConflictError } from '../../src/core/plan';
import { describeError } from '../../src/office/errors';
import { failureReason } from '../../src/taskpane/model/failure';
import { englishWordsIn } from '../support/catalogue-words';
import { TODAY, seedList, setup } from './fixtures';

/**
 * The core refuses a plan whose sheet name a user sheet holds; the Office shell throws the core's
 * error, and the pane (and the ribbon) say it in Office's display language.
 */
describe('a refusal of the Office shell is said in the pane language', () => {
  async function refused(displayLanguage: string) {
    const { excel, operations } = setup({ sheets: ['清单'], displayLanguage });
    excel.workbook.sheet('清单').ensureCell(0, 0).value = '我的数据';
    const error = await operations.importList(seedList(), { today: TODAY }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SheetConflictError);
    expect(excel.workbook.sheetNames()).toEqual(['清单']);
    expect(excel.workbook.cellAt('清单', 'A1')?.value).toBe('我的数据');
    return error;
  }

  it('in English for an English Office: only the sheet name is Chinese', async () => {
    const error = await refused('en-US');
    const said = failureReason(error, 'en');
    expect(said).toBe(
      'sheet "清单" was not made by this tool and is never overwritten; rename or delete it first',
    );
    expect(describeError(error, 'en')).toBe(said);
    expect(said?.replace('"清单"', '')).not.toMatch(/\p{Script=Han}/u);
  });

  it('in Chinese for a Chinese Office, without English words', async () => {
    const error = await refused('zh-CN');
    const said = failureReason(error, 'zh') ?? '';
    expect(said).toBe('工作表“清单”不是整改台账助手生成的，不会被覆盖；请先重命名或删除该表');
    expect(englishWordsIn(said)).toBeNull();
  });
});
