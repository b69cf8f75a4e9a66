import { describe, expect, it } from 'vitest';
import { classifyLine, classifyMeasureLine } from '../../../src/core/list/classify';
import { canonicalise, sourceLines, trimSpace } from '../../../src/core/list/normalise';

describe('canonical text', () => {
  it('maps full-width digits and half-width punctuation one character for one', () => {
    const input = '整改时限:２０２２年(已完成),县发改局;1,900';
    const out = canonicalise(input);
    expect(out).toBe('整改时限：2022年（已完成），县发改局；1,900');
    expect(out.length).toBe(input.length);
  });

  it('leaves half-width punctuation in Latin and number context alone', () => {
    for (const text of ['10:30', 'http://example.org/?a=1', '1,900', 'a,b;c', '(2022-2025)']) {
      expect(canonicalise(text)).toBe(text);
    }
    expect(canonicalise('整改目标 : 对')).toBe('整改目标 ： 对');
  });

  it('turns brackets full-width in pairs', () => {
    expect(canonicalise('县住建局(县人防办)')).toBe('县住建局（县人防办）');
    expect(canonicalise('《方案(2022-2025)》')).toBe('《方案（2022-2025）》');
    expect(canonicalise('COD(化学需氧量)')).toBe('COD（化学需氧量）');
  });

  it('splits any line ending and trims Word and PDF whitespace', () => {
    expect(sourceLines('a\r\nb\rc\nd').map((l) => [l.no, l.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
    expect(trimSpace('\uFEFF\u3000\u3000 整改目标：x\u200B\t')).toBe('整改目标：x');
  });
});

describe('line classification', () => {
  it.each([
    ['— 3 —', 'furniture'],
    ['－ 12 －', 'furniture'],
    ['-3-', 'furniture'],
    ['第 3 页', 'furniture'],
    ['第3页 共10页', 'furniture'],
    ['附件', 'attachment'],
    ['附件1', 'attachment'],
    ['', 'blank'],
    ['二十五、监测网络', 'item'],
    ['一.问题', 'item'],
    ['一百、问题', 'text'],
    ['十十、问题', 'text'],
    ['整改目标：x', 'label'],
    ['【整改目标】x', 'label'],
    ['【整改目标】：x', 'label'],
    ['整改目标 ：x', 'label'],
    ['整改目标是', 'text'],
    ['县级责任领导：田明', 'label'],
    ['第3页的内容', 'text'],
    ['3', 'text'],
  ])('%j is %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });

  it('maps every alternative label to its field', () => {
    const field = (line: string) => {
      const kind = classifyLine(line);
      return kind.kind === 'label' ? kind.field : null;
    };
    expect(field('责任单位：x')).toBe('responsible');
    expect(field('主责单位：x')).toBe('leadUnits');
    expect(field('包案领导：x')).toBe('leaders');
    expect(field('时限要求：x')).toBe('deadline');
    expect(field('具体措施：x')).toBe('measures');
    expect(field('牵头单位　县发改局')).toBe('leadUnits');
    expect(field('整改措施')).toBe('measures');
    expect(field('牵头单位：x')).toBe('leadUnits');
    expect(field('配合单位：x')).toBe('coopUnits');
    for (const label of ['督办县领导', '责任领导', '牵头县领导', '县级责任领导']) {
      expect(field(`${label}：x`)).toBe('leaders');
    }
    for (const label of ['整改时限', '完成时限', '整改期限'])
      expect(field(`${label}：x`)).toBe('deadline');
    expect(field('整改措施：1．x')).toBe('measures');
    expect(field('整改目标：x')).toBe('goal');
  });

  it.each([
    ['1．深入学习', 'numbered'],
    ['12.严格', 'numbered'],
    ['3、加强', 'numbered'],
    ['1.5万吨', 'text'],
    ['2025年12月31日前，完成', 'text'],
    ['（一）县发改局', 'group'],
    ['（十二）县林业局', 'group'],
    ['（甲）县林业局', 'text'],
  ])('measure line %j is %s', (line, kind) => {
    expect(classifyMeasureLine(line).kind).toBe(kind);
  });
});
