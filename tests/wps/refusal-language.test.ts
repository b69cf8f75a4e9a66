import { describe, expect, it } from 'vitest';
import { createEtHost } from '../support/et-double';
import { expectRefusalOfUserSheet } from '../support/refusal-said';
import { TODAY, seedList } from '../office/fixtures';

/**
 * The core refuses a plan whose sheet name a user sheet holds; the WPS shell throws the core's
 * error (not a text of its own), and the pane says it in its language.
 */
describe('a refusal of the WPS shell is said in the pane language', () => {
  it.each(['en', 'zh'] as const)('pane in %s', async (lang) => {
    const { book, operations } = createEtHost({ sheets: ['清单'], lang });
    book.find('清单')!.ensureCell(0, 0).value = '我的数据';
    const before = book.snapshot();
    const error = await operations
      .importList(seedList(), { today: TODAY })
      .catch((e: unknown) => e);
    expectRefusalOfUserSheet(error, lang);
    expect(book.snapshot()).toEqual(before);
  });
});
