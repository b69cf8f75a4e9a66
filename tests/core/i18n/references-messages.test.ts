import { describe, expect, it } from 'vitest';
import type { WorkbookSnapshot } from '../../../src/core/grid';
import { readReferences } from '../../../src/core/validate/references';

const empty: WorkbookSnapshot = { sheetNames: [], grid: () => null };
const lists: WorkbookSnapshot = {
  sheetNames: ['名录'],
  grid: (sheet) => (sheet === '名录' ? { sheet, rows: [['状态'], ['推进中']] } : null),
};

describe('missing references, said in each language from the catalogue', () => {
  it('names the skipped checks by their rule names: no codes in Chinese, no Chinese in English', () => {
    for (const snapshot of [empty, lists]) {
      for (const finding of readReferences(snapshot).warnings) {
        const issue = { message: finding.message, messageEn: finding.messageEn };
        expect(issue.message).toMatch(/已跳过以下检查：/);
        expect(issue.message).not.toMatch(/[A-Za-z]/);
        const names = /“[^”]*”|"[^"]*"/g;
        expect(issue.messageEn.replace(names, '')).not.toMatch(/\p{Script=Han}/u);
        expect(issue.messageEn).toMatch(/these checks were skipped: /);
      }
    }
  });

  it('says a sheet is missing, or which columns it lacks, without guessing from the Chinese', () => {
    const [items] = readReferences(empty).warnings;
    expect(items?.messageEn).toMatch(/^there is no sheet "清单"/);
    const [noNames] = readReferences(lists).warnings.filter((w) => w.sheet === '名录');
    expect(noNames?.message).toMatch(/^“名录”工作表中找不到领导或单位列/);
    expect(noNames?.messageEn).toMatch(/^sheet "名录" has no leader or unit column/);
  });
});
