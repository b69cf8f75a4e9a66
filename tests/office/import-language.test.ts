import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../support/catalogue-words';
import { createEtHost } from '../support/et-double';
import { TODAY, seedList, setup } from './fixtures';

/** What a re-import tells the pane (the merge's report) is said in the pane's language. */
describe('a re-import reports in the pane language', () => {
  /** English text without the workbook's own names it quotes or names after "sheet". */
  const unquoted = (line: string) => line.replace(/"[^"]*"|sheet \S+/gu, '');

  it('Office in English and in Chinese', async () => {
    for (const [displayLanguage, english] of [
      ['en-US', true],
      ['zh-CN', false],
    ] as const) {
      const { operations } = setup({ displayLanguage });
      await operations.importList(seedList(), { today: TODAY });
      const again = await operations.importList(seedList(), { today: TODAY });
      expect(again.changes.length).toBeGreaterThan(0);
      for (const line of again.changes)
        if (english)
          expect({ line, han: unquoted(line).match(/\p{Script=Han}+/gu) }).toEqual({
            line,
            han: null,
          });
        else expect({ line, english: englishWordsIn(line) }).toEqual({ line, english: null });
    }
  });

  it('WPS in English', async () => {
    const { operations } = createEtHost({ lang: 'en' });
    await operations.importList(seedList(), { today: TODAY });
    const again = await operations.importList(seedList(), { today: TODAY });
    expect(again.changes.length).toBeGreaterThan(0);
    for (const line of again.changes)
      expect({ line, han: unquoted(line).match(/\p{Script=Han}+/gu) }).toEqual({ line, han: null });
  });
});
