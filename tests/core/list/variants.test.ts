import { describe, expect, it } from 'vitest';
import { parseList, parseListTraced } from '../../../src/core/list/parse';
import { rectificationListSchema, type RectificationList } from '../../../src/core/list/schema';
import { losslessProblems } from './accounting';
import { SEED_TEXT } from './seed-fixture';
import {
  FURNITURE,
  seedBlocks,
  withAlternativeLabels,
  withBom,
  withBracketLabels,
  withCommaNumbering,
  withCrlf,
  withExtraBlankLines,
  withFieldsOnOneLine,
  withFullWidthDigits,
  withHalfWidthPunctuation,
  withIndent,
  withPageFurniture,
  withoutBlankLines,
  withoutLines,
} from './seed-variants';

const seed = parseList(SEED_TEXT);

/** Parses a variant, checks schema and losslessness, and returns the reading. */
function read(text: string): RectificationList {
  const reading = parseListTraced(text);
  expect(rectificationListSchema.parse(reading.list)).toEqual(reading.list);
  expect(losslessProblems(text, reading)).toEqual([]);
  return reading.list;
}

describe('variants of the seed read to the same items', () => {
  it.each([
    ['Windows line endings', withCrlf(SEED_TEXT)],
    ['a UTF-8 BOM', withBom(SEED_TEXT)],
    ['leading full-width spaces', withIndent(SEED_TEXT)],
    ['half-width punctuation and 1. numbering', withHalfWidthPunctuation(SEED_TEXT)],
    ['full-width digits', withFullWidthDigits(SEED_TEXT)],
    ['1、 numbering', withCommaNumbering(SEED_TEXT)],
    ['alternative labels', withAlternativeLabels(SEED_TEXT)],
    ['【整改目标】 bracket labels', withBracketLabels(SEED_TEXT)],
  ])('%s (same lines, no diagnostics)', (_, text) => {
    const list = read(text);
    expect(list.title).toBe(seed.title);
    expect(list.items).toEqual(seed.items);
    expect(list.diagnostics).toEqual([]);
  });

  it('checks that the variants really differ from the seed', () => {
    expect(withHalfWidthPunctuation(SEED_TEXT)).toContain('整改措施:1.深入');
    expect(withHalfWidthPunctuation(SEED_TEXT)).toContain('县住建局(县人防办)');
    expect(withFullWidthDigits(SEED_TEXT)).toContain('２０２１年１２月３１日');
    expect(withCommaNumbering(SEED_TEXT)).toContain('\n2、压紧压实');
    const alt = withAlternativeLabels(SEED_TEXT);
    for (const label of [
      '责任单位：',
      '责任领导：',
      '牵头县领导：',
      '县级责任领导：',
      '完成时限：',
      '整改期限：',
    ]) {
      expect(alt).toContain(label);
    }
    expect(alt).not.toContain('督办县领导');
    expect(withBracketLabels(SEED_TEXT)).toContain('【整改目标】');
    expect(withBracketLabels(SEED_TEXT)).toContain('【牵头单位】：');
    expect(withFieldsOnOneLine(SEED_TEXT)).toContain(
      '\n牵头单位：县发改局\u3000\u3000配合单位：县自然资源局\u3000\u3000督办县领导： 田明\n',
    );
  });

  it.each([
    ['no blank lines between paragraphs', withoutBlankLines(SEED_TEXT)],
    ['extra blank lines', withExtraBlankLines(SEED_TEXT)],
    ['unit and leader fields on one line (a flattened table)', withFieldsOnOneLine(SEED_TEXT)],
  ])('%s (only line numbers move)', (_, text) => {
    const list = read(text);
    expect(list.title).toBe(seed.title);
    expect(withoutLines(list.items)).toEqual(withoutLines(seed.items));
    expect(list.diagnostics).toEqual([]);
  });

  it('everything at once: CRLF, BOM, indent, half-width, full-width digits, 【】, furniture', () => {
    const text = withCrlf(
      withBom(
        withPageFurniture(
          withIndent(
            withBracketLabels(
              withAlternativeLabels(withFullWidthDigits(withHalfWidthPunctuation(SEED_TEXT))),
            ),
          ),
          25,
        ).text,
      ),
    );
    const list = read(text);
    expect(withoutLines(list.items)).toEqual(withoutLines(seed.items));
    expect(list.diagnostics.every((d) => d.code.startsWith('page-furniture'))).toBe(true);
  });
});

describe('page furniture from PDF conversion', () => {
  const { text, inserted } = withPageFurniture(SEED_TEXT);
  const list = read(text);

  it('is dropped and the items are unchanged', () => {
    expect(inserted).toBeGreaterThanOrEqual(9);
    expect(withoutLines(list.items)).toEqual(withoutLines(seed.items));
  });

  it('is counted in diagnostics, one per line with its line number and text', () => {
    const dropped = list.diagnostics.filter((d) => d.code === 'page-furniture');
    expect(dropped).toHaveLength(inserted);
    const lines = text.split('\n');
    for (const d of dropped) {
      expect(FURNITURE).toContain(lines[d.line - 1]);
      expect(d.dropped).toBe(lines[d.line - 1]);
      expect(d.severity).toBe('warning');
      expect(d.message).toContain(`第 ${d.line} 行`);
    }
    const total = list.diagnostics.find((d) => d.code === 'page-furniture-total');
    expect(total?.message).toContain(`共忽略 ${inserted} 行页码`);
  });
});

describe('deadline phrases', () => {
  /** The seed with item 八's deadline (`2022年12月31日。`) replaced. */
  function withItem8Deadline(phrase: string) {
    const text = SEED_TEXT.replace(
      '整改时限：2022年12月31日。\n\n九、',
      `整改时限：${phrase}\n\n九、`,
    );
    expect(text).not.toBe(SEED_TEXT);
    const list = read(text);
    expect(list.items).toHaveLength(25);
    return list.items[7]?.deadline;
  }

  it.each([
    ['2023年6月底前', 'date', '2023-06-30'],
    ['2022年底前', 'date', '2022-12-31'],
    ['2023年12月', 'date', '2023-12-31'],
    ['2024年2月底', 'date', '2024-02-29'],
    ['长期坚持', 'ongoing', null],
    ['立即整改', 'ongoing', null],
    ['立行立改，持续推进。', 'ongoing', null],
  ])('%s → %s %s', (phrase, kind, date) => {
    expect(withItem8Deadline(phrase)).toEqual({ text: phrase, kind, date, reportedDone: false });
  });

  it('warns about a deadline it cannot read, naming the line', () => {
    const text = SEED_TEXT.replace(
      '整改时限：2022年12月31日。\n\n九、',
      '整改时限：视情况而定\n\n九、',
    );
    const list = read(text);
    expect(list.items[7]?.deadline).toEqual({
      text: '视情况而定',
      kind: 'unknown',
      date: null,
      reportedDone: false,
    });
    const line = text.split('\n').indexOf('整改时限：视情况而定') + 1;
    expect(list.diagnostics).toEqual([
      expect.objectContaining({ line, severity: 'warning', code: 'deadline-unknown' }),
    ]);
  });
});

describe('document shape', () => {
  it('reads a document without the title lines', () => {
    const { items } = seedBlocks();
    const list = read(items.flat().join('\n'));
    expect(list.title).toBe('');
    expect(withoutLines(list.items)).toEqual(withoutLines(seed.items));
    expect(list.diagnostics.map((d) => d.code)).toEqual(['missing-title']);
  });

  it('keeps items out of order and reports them as errors naming the lines', () => {
    const { preamble, items } = seedBlocks();
    const swapped = [...items];
    [swapped[3], swapped[4]] = [items[4] ?? [], items[3] ?? []];
    const text = [...preamble, ...swapped.flat()].join('\n');
    const list = read(text);
    expect(list.items.map((i) => i.no).slice(0, 6)).toEqual([1, 2, 3, 5, 4, 6]);
    const byNo = [...list.items].sort((a, b) => a.no - b.no);
    expect(withoutLines(byNo)).toEqual(withoutLines(seed.items));
    const five = list.items[3];
    const four = list.items[4];
    expect(list.diagnostics).toEqual([
      expect.objectContaining({
        line: four?.lines[0],
        severity: 'error',
        code: 'item-out-of-order',
      }),
    ]);
    expect(list.diagnostics[0]?.message).toContain(`第 ${four?.lines[0]} 行`);
    expect(list.diagnostics[0]?.message).toContain(`第 ${five?.lines[0]} 行的“五、”之后`);
  });

  it('keeps a duplicated item and reports it as an error naming both lines', () => {
    const { preamble, items } = seedBlocks();
    const text = [...preamble, ...items.flat(), ...(items[4] ?? [])].join('\n');
    const list = read(text);
    expect(list.items).toHaveLength(26);
    const [original, copy] = list.items.filter((i) => i.no === 5);
    expect(withoutLines([copy!])).toEqual(withoutLines([original!]));
    expect(list.diagnostics).toEqual([
      expect.objectContaining({ line: copy?.lines[0], severity: 'error', code: 'duplicate-item' }),
    ]);
    expect(list.diagnostics[0]?.message).toContain(`第 ${original?.lines[0]} 行已有同号条目`);
  });

  it('warns about a missing item', () => {
    const { preamble, items } = seedBlocks();
    const text = [...preamble, ...items.filter((_, i) => i !== 9).flat()].join('\n');
    const list = read(text);
    expect(list.items).toHaveLength(24);
    expect(list.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'missing-item',
        line: list.items[9]?.lines[0],
      }),
    ]);
    expect(list.diagnostics[0]?.message).toContain('没有找到条目“十、”');
  });
});
