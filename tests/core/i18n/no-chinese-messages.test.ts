import { describe, expect, it } from 'vitest';
import { chineseLiterals, isMessageLike } from './chinese-literals';

/**
 * Every message a person reads comes from the catalogue (src/core/i18n) as a key with parameters,
 * so the English UI and locale show no Chinese. This scans src/ for Chinese string literals that
 * read as sentences (punctuation, spaces or interpolations; a lone word such as 台账 or 督办县领导 is
 * a name of the workbook) and fails on any outside the catalogue and the list below.
 *
 * The workbook is Chinese whatever the UI's language: it is the county's official record, its
 * sheets and headers are found by their names, and colleagues exchange it. So the English
 * catalogue names our own sheets and columns as the workbook does (`sheet 台账`, `(row 12, 状态)`):
 * they are parameters, names from the document, never words of a template.
 */

/** Files whose Chinese literals are the workbook's or the documents' own words, never messages. */
const WORKBOOK_WORDS: Readonly<Record<string, string>> = {
  'src/core/ledger/model.ts':
    'markers the ledger writes into cells (【已不在新清单中】, 清单载明：)',
  'src/core/status.ts': 'the status vocabulary and the meanings 名录 shows beside each status',
  'src/core/number-format.ts': 'zh-CN built-in number formats (年/月/日 codes)',
  'src/core/list/numbering.ts': 'patterns for the numbering of list documents (一、 第…条)',
  'src/core/workbook/marks.ts': 'data-validation prompts inside the generated 台账',
  'src/core/workbook/ledger-layout.ts':
    'the 填报单位 / 填报日期 labels of the generated 台账’s fill-in line',
  'src/core/workbook/print.ts': 'running headers and footers of the generated sheets',
  'src/core/workbook/text.ts': 'the truncation note written into a cell',
  'src/core/workbook/sheets/readme.ts': 'the generated 说明 sheet',
  'src/core/summary/layout.ts': 'text of the generated summary sheets',
  'src/core/summary/leader-sheet.ts': 'text of the generated leader sheets',
  'src/core/summary/overview-sheet.ts': 'text of the generated 领导汇总 sheet',
  'src/core/summary/unit-sheet.ts': 'text of the generated 单位汇总 sheet',
  'src/core/validate/sheet-plan.ts': 'text of the generated 校验结果 sheet',
  'src/core/merge/import-log-sheet.ts': 'text of the generated 导入记录 sheet',
  'src/core/report/blocks.ts': 'the progress report document and its 进展报告 sheet',
  'src/core/report/build.ts': 'the progress report document',
  'src/core/report/sheet.ts': 'the 进展报告 sheet footer',
  'src/core/cycle/unit-readme.ts': 'the 填报说明 sheet of a unit file',
  'src/core/cycle/unit-sheets.ts': 'data-validation prompts of a unit file',
  'src/core/cycle/cells.ts': 'the mark collect writes into 备注 of a row a unit added',
};

const CATALOGUE = 'src/core/i18n/';

describe('Chinese text in src/', () => {
  const literals = chineseLiterals(process.cwd(), 'src').filter(
    (l) => !l.file.startsWith(CATALOGUE) && WORKBOOK_WORDS[l.file] === undefined,
  );

  it('is in the catalogue, or one of the listed workbook words', () => {
    expect(literals.map((l) => `${l.file}:${l.line} ${l.text}`)).toEqual([]);
  });

  it('keeps the lists honest: every listed file still has what it is listed for', () => {
    const files = new Set(chineseLiterals(process.cwd(), 'src').map((l) => l.file));
    expect(Object.keys(WORKBOOK_WORDS).filter((file) => !files.has(file))).toEqual([]);
  });

  it('tells a sentence from a name', () => {
    expect(isMessageLike('台账')).toBe(false);
    expect(isMessageLike('汇总-')).toBe(false);
    expect(isMessageLike('整改台账.xlsx')).toBe(false);
    expect(isMessageLike('not Chinese, a sentence.')).toBe(false);
    expect(isMessageLike('文件不存在 (no such file)')).toBe(true);
    expect(isMessageLike('为空，应填写')).toBe(true);
    expect(isMessageLike('督办县领导 督办事项整改情况')).toBe(true);
  });
});
