import { expect } from 'vitest';
import type { Lang } from '../../src/core/i18n';
import { SheetConflictError } from '../../src/core/plan';
import { describeError } from '../../src/office/errors';
import { failureReason } from '../../src/taskpane/model/failure';
import { englishWordsIn } from './catalogue-words';

/** What the pane and the ribbon say for the core's refusal of a user sheet named 清单. */
const SAID: Record<Lang, string> = {
  en: 'sheet "清单" was not made by this tool and is never overwritten; rename or delete it first',
  zh: '工作表“清单”不是整改台账助手生成的，不会被覆盖；请先重命名或删除该表',
};

/**
 * An add-in shell's refusal of a plan because the user's sheet 清单 holds a name the plan needs:
 * the core's error, said by the pane and the ribbon in `lang` alone (English: only the sheet name
 * is Chinese; Chinese: no English words).
 */
export function expectRefusalOfUserSheet(error: unknown, lang: Lang): void {
  expect(error).toBeInstanceOf(SheetConflictError);
  const said = failureReason(error, lang) ?? '';
  expect(said).toBe(SAID[lang]);
  expect(describeError(error, lang)).toBe(said);
  if (lang === 'en') expect(said.replace('"清单"', '')).not.toMatch(/\p{Script=Han}/u);
  else expect(englishWordsIn(said)).toBeNull();
}
