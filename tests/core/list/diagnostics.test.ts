import { describe, expect, it } from 'vitest';
import { diagnosticText } from '../../../src/core/list/diagnostics';
import { parseList, parseListTraced } from '../../../src/core/list/parse';
import { losslessProblems } from './accounting';

/** A small well-formed item to damage in each test. */
const ITEM = [
  '一、问题描述。',
  '整改目标：目标。',
  '牵头单位：县发改局',
  '督办县领导：田明',
  '整改措施：1．措施一。',
  '2．措施二。',
  '整改时限：2022年12月31日。',
];

function read(lines: string[]) {
  const text = lines.join('\n');
  const reading = parseListTraced(text);
  expect(losslessProblems(text, reading)).toEqual([]);
  return reading.list;
}

const codes = (lines: string[]) => read(lines).diagnostics.map((d) => [d.line, d.severity, d.code]);

describe('diagnostics name the line and say what is wrong', () => {
  it('a well-formed item without title has only the missing-title warning', () => {
    expect(codes(ITEM)).toEqual([[1, 'warning', 'missing-title']]);
  });

  it('reads fields whose content is on the line below the label, without warnings', () => {
    const list = read([
      '标题',
      '一、问题',
      '牵头单位：',
      '县发改局、县水利局',
      '督办县领导：',
      '田明',
      '整改目标：',
      '目标',
      '整改措施：',
      '1．措施',
      '整改时限：',
      '2022年12月31日',
    ]);
    expect(list.diagnostics).toEqual([]);
    expect(list.items[0]?.leadUnits).toEqual(['县发改局', '县水利局']);
    expect(list.items[0]?.deadline.date).toBe('2022-12-31');
  });

  it('warns when a list or the deadline runs on into another paragraph, and keeps the text', () => {
    const list = read([
      '标题',
      ...ITEM.slice(0, 3),
      '县水利局',
      ...ITEM.slice(3),
      '（逾期未完成的，按规定问责）',
    ]);
    expect(list.diagnostics.map((d) => [d.line, d.code])).toEqual([
      [5, 'list-continued'],
      [10, 'deadline-continued'],
    ]);
    expect(list.items[0]?.leadUnits).toEqual(['县发改局', '县水利局']);
    expect(list.items[0]?.deadline.text).toBe('2022年12月31日。\n（逾期未完成的，按规定问责）');
    expect(list.diagnostics[0]?.message).toBe(
      '第 5 行：接在“牵头单位”后的段落“县水利局”已按名单续行读取',
    );
  });

  it('merges a field given twice and warns', () => {
    const list = read(['标题', ...ITEM, '整改目标：第二个目标。']);
    expect(list.items[0]?.goal).toBe('目标。\n第二个目标。');
    expect(list.diagnostics.map((d) => d.code)).toEqual(['duplicate-field']);
  });

  it('keeps a field before the first item in a diagnostic instead of dropping it', () => {
    const list = read(['标题', '牵头单位：县委办', ...ITEM]);
    expect(list.diagnostics).toEqual([
      {
        line: 2,
        severity: 'error',
        code: 'field-before-item',
        message: '第 2 行：“牵头单位”出现在第一个条目（“一、”）之前，无法归属，内容“县委办”未读入',
        said: expect.objectContaining({ key: 'list.diagnostic' }),
        dropped: '县委办',
      },
    ]);
    expect(diagnosticText(list.diagnostics[0]!, 'en')).toBe(
      'line 2: "牵头单位" comes before the first item ("一、") and belongs to no item; its text "县委办" was not read',
    );
  });

  it('warns about missing fields of an item', () => {
    expect(codes(['标题', '一、问题'])).toEqual([
      [2, 'warning', 'missing-goal'],
      [2, 'warning', 'missing-leadUnits'],
      [2, 'warning', 'missing-leaders'],
      [2, 'warning', 'missing-measures'],
      [2, 'warning', 'missing-deadline'],
    ]);
    const list = parseList('标题\n一、问题');
    expect(list.items[0]?.deadline).toEqual({
      text: '',
      kind: 'unknown',
      date: null,
      reportedDone: false,
    });
    expect(list.diagnostics[0]?.message).toBe('第 2 行：第一条缺少“整改目标”');
  });

  it('warns about measure numbers out of sequence and empty groups', () => {
    const list = read([
      '标题',
      ...ITEM.slice(0, 4),
      '整改措施：',
      '（一）县发改局',
      '（二）县科工信局',
      '1．措施。',
      '3．措施。',
      ITEM[6]!,
    ]);
    expect(list.items[0]?.measures.map((m) => [m.id, m.group])).toEqual([
      ['二.1', '县科工信局'],
      ['二.3', '县科工信局'],
    ]);
    expect(list.diagnostics.map((d) => [d.line, d.code])).toEqual([
      [7, 'empty-group'],
      [10, 'measure-number'],
    ]);
  });

  it('warns about a date in a measure that is not a real day', () => {
    const list = read([
      '标题',
      ...ITEM.slice(0, 4),
      '整改措施：1．2023年2月30日前完成。',
      ITEM[6]!,
    ]);
    expect(list.items[0]?.measures[0]?.milestones).toEqual([]);
    expect(list.diagnostics.map((d) => [d.line, d.code])).toEqual([[6, 'unreal-date']]);
  });

  it('keeps a long preamble as the title but points it out', () => {
    const list = read([
      '附件',
      '',
      '关于印发整改清单的通知',
      '各乡镇：',
      '现将清单印发给你们。',
      '请认真贯彻落实。',
      '县委办',
      ...ITEM,
    ]);
    expect(list.title).toBe(
      '关于印发整改清单的通知各乡镇：现将清单印发给你们。请认真贯彻落实。县委办',
    );
    expect(list.diagnostics).toEqual([
      {
        line: 3,
        severity: 'warning',
        code: 'long-title',
        message: '第 3 行：第一个条目之前有 5 段文字（到第 7 行），已全部作为标题',
        said: expect.objectContaining({ key: 'list.diagnostic' }),
      },
    ]);
  });

  it('reports a document with no item at all as an error for the whole text', () => {
    const list = read(['这是一封普通的信。', '没有编号。']);
    expect(list.items).toEqual([]);
    expect(list.title).toBe('这是一封普通的信。没有编号。');
    expect(list.diagnostics).toEqual([
      expect.objectContaining({ line: 0, severity: 'error', code: 'no-items' }),
    ]);
    expect(parseList('').diagnostics.map((d) => d.code)).toEqual(['no-items']);
  });
});
