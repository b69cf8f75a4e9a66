import { describe, expect, it } from 'vitest';
import type { Block, DocumentBlocks } from '../../../src/core/list/blocks';
import { diagnosticText } from '../../../src/core/list/diagnostics';
import { parseDocument } from '../../../src/core/list/document';
import { parseList } from '../../../src/core/list/parse';
import type { ParseDiagnostic } from '../../../src/core/list/schema';
import { takeFurniture, type PdfLine } from '../../../src/documents/pdf';
import { englishWordsIn } from '../../support/catalogue-words';

/**
 * A list's diagnostics are messages (where, what was found, what to do), said by each face in its
 * language: in English only the document's own text, in quotation marks, is Chinese; in Chinese
 * there are no English words. Damaged lists below raise every kind the reader knows.
 */

/** Damage of many kinds in one list: a long preamble, fields out of place, numbering, dates. */
const DAMAGED = [
  '关于印发整改清单的通知',
  '各乡镇：',
  '现将清单印发给你们。',
  '请认真贯彻落实。',
  '县委办',
  '牵头单位：县委办',
  '一、问题一。',
  '整改目标：目标。',
  '整改目标：第二个目标。',
  '牵头单位：县发改局',
  '县水利局',
  '督办县领导：田明',
  '整改措施：',
  '（一）县发改局',
  '（二）县科工信局',
  '1．措施。',
  '3．2023年2月30日前完成。',
  '3．再一条。',
  '整改时限：6月底前',
  '（逾期未完成的，按规定问责）',
  '— 3 —',
  '三、问题三。',
  '整改时限：视情况而定',
  '一、重复的条目。',
  '整改时限：2023年2月30日',
];

const TITLED_YEAR = [
  '2024年整改清单',
  '一、问题。',
  '整改目标：目标。',
  '牵头单位：县发改局',
  '督办县领导：田明',
  '整改措施：1．措施。',
  '整改时限：6月底前',
  '三、问题。',
  '二、问题。',
];

const cell = (text: string, row: number, column: number) => ({
  text,
  place: { table: 1, row, column },
});
const row = (r: number, texts: string[]): Block => ({
  kind: 'row',
  table: 1,
  row: r,
  cells: texts.map((t, c) => cell(t, r, c + 1)),
});

/** A table with a column the reader does not know, and PDF furniture as the reader notes it. */
function tableDocument(): DocumentBlocks {
  const line = (page: number, n: number, text: string, y: number): PdfLine => ({
    page,
    line: n,
    text,
    left: 0,
    right: 100,
    y,
    size: 10,
  });
  const running = [1, 2, 3].map((page) => [
    line(page, 1, '保靖县整改清单', 800),
    line(page, 2, '正文', 400),
    line(page, 3, '保靖县人民政府', 40),
  ]);
  const numbered = [1, 2].map((page) => [line(page, 1, '正文', 400), line(page, 2, `${page}`, 40)]);
  return {
    format: 'docx',
    encoding: null,
    blocks: [
      { kind: 'paragraph', text: '整改清单', place: { line: 1 } },
      row(1, ['序号', '问题', '整改措施', '督办县领导', '说明事项']),
      row(2, ['1', '问题。', '1．措施。', '田明', '另有说明']),
    ],
    notes: [...takeFurniture(running).notes, ...takeFurniture(numbered).notes],
  };
}

function allDiagnostics(): ParseDiagnostic[] {
  return [
    ...parseList(DAMAGED.join('\n')).diagnostics,
    ...parseList(TITLED_YEAR.join('\n')).diagnostics,
    ...parseList(['一、问题', '整改目标：目标。'].join('\n')).diagnostics,
    ...parseList('这是一封普通的信。').diagnostics,
    ...parseDocument(tableDocument()).diagnostics,
  ];
}

/** English text without what it quotes from the document. */
const unquoted = (text: string) => text.replace(/"[^"]*"/gu, '""');

describe('list diagnostics in the language of the face', () => {
  const diagnostics = allDiagnostics();

  it('cover every kind of diagnostic the reader raises', () => {
    expect([...new Set(diagnostics.map((d) => d.code))].sort()).toEqual([
      'deadline-continued',
      'deadline-no-year',
      'deadline-unknown',
      'deadline-year-assumed',
      'duplicate-field',
      'duplicate-item',
      'duplicate-measure',
      'empty-group',
      'field-before-item',
      'item-out-of-order',
      'list-continued',
      'long-title',
      'measure-number',
      'missing-deadline',
      'missing-goal',
      'missing-item',
      'missing-leadUnits',
      'missing-leaders',
      'missing-measures',
      'missing-title',
      'no-items',
      'page-furniture',
      'page-furniture-total',
      'page-number',
      'running-footer',
      'running-header',
      'unknown-column',
      'unreal-date',
    ]);
  });

  it('in English: where, then what, with no Chinese outside quoted document text', () => {
    for (const d of diagnostics) {
      const text = diagnosticText(d, 'en');
      expect({ code: d.code, text, chinese: unquoted(text).match(/\p{Script=Han}+/gu) }).toEqual({
        code: d.code,
        text,
        chinese: null,
      });
      expect(text).toMatch(
        /^(line \d+|paragraph \d+|page \d+, line \d+|table \d+, row \d+, column \d+|whole document): \S/u,
      );
    }
  });

  it('in Chinese: no English words, and the text stored for logs is the Chinese one', () => {
    for (const d of diagnostics) {
      const text = diagnosticText(d, 'zh');
      expect({ code: d.code, english: englishWordsIn(text) }).toEqual({
        code: d.code,
        english: null,
      });
      expect(d.message).toBe(text);
      expect(text).toMatch(
        /^(第 \d+ (行|段)|第 \d+ 页第 \d+ 行|表 \d+ 第 \d+ 行第 \d+ 列|全文)：/u,
      );
    }
  });

  it('names an earlier line by its place in the document, in either language', () => {
    const table: DocumentBlocks = {
      format: 'docx',
      encoding: null,
      blocks: [
        { kind: 'paragraph', text: '整改清单', place: { line: 1 } },
        row(1, ['序号', '问题', '整改措施']),
        row(2, ['1', '问题。', '1．措施。']),
        row(3, ['1', '另一个问题。', '1．措施。']),
      ],
      notes: [],
    };
    const duplicate = parseDocument(table).diagnostics.find((d) => d.code === 'duplicate-measure');
    expect(duplicate && diagnosticText(duplicate, 'zh')).toBe(
      '表 1 第 3 行第 3 列：措施“1”重复，表 1 第 2 行第 3 列已有同号措施；请改正其中一个的编号',
    );
    expect(duplicate && diagnosticText(duplicate, 'en')).toBe(
      'table 1, row 3, column 3: measure "1" is numbered twice: table 1, row 2, column 3 has the same number; renumber one of them',
    );
  });
});
