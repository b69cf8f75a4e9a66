import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/i18n';
import { SheetConflictError } from '../../src/core/plan';
import { describeError } from '../../src/office/errors';
import { failureReason } from '../../src/taskpane/model/failure';
import { englishWordsIn } from '../support/catalogue-words';
import { createEtHost } from '../support/et-double';
import { TODAY, seedList } from '../office/fixtures';

/**
 * The core refuses a plan whose sheet name a user sheet holds; the WPS shell throws the core's
 * error (not a text of its own), and the pane says it in its language.
 */
describe('a refusal of the WPS shell is said in the pane language', () => {
  async function refused(lang: Lang) {
    const { book, operations } = createEtHost({ sheets: ['清单'], lang });
    book.find('清单')!.ensureCell(0, 0).value = '我的数据';
    const before = book.snapshot();
    const error = await operations.importList(seedList(), { today: TODAY }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SheetConflictError);
    expect(book.snapshot()).toEqual(before);
    return error;
  }

  it('in English for an English pane: only the sheet name is Chinese', async () => {
    const error = await refused('en');
    const said = failureReason(error, 'en');
    expect(said).toBe(
      'sheet "清单" was not made by this tool and is never overwritten; rename or delete it first',
    );
    expect(describeError(error, 'en')).toBe(said);
    expect(said?.replace('"清单"', '')).not.toMatch(/\p{Script=Han}/u);
  });

  it('in Chinese for a Chinese pane, without English words', async () => {
    const error = await refused('zh');
    const said = failureReason(error, 'zh') ?? '';
    expect(said).toBe('工作表“清单”不是整改台账助手生成的，不会被覆盖；请先重命名或删除该表');
    expect(englishWordsIn(said)).toBeNull();
  });
});
