import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../../src/core/list/deadline';
import { extractMilestones } from '../../../src/core/list/milestones';

describe('整改时限', () => {
  it.each([
    ['2022年12月31日。', 'date', '2022-12-31', false],
    ['2021年12月31日（已完成整改并上报销号）', 'date', '2021-12-31', true],
    ['2023年6月底前', 'date', '2023-06-30', false],
    ['2022年底前', 'date', '2022-12-31', false],
    ['2022年年底', 'date', '2022-12-31', false],
    ['2023年12月', 'date', '2023-12-31', false],
    ['2025年', 'date', '2025-12-31', false],
    ['持续推进。', 'ongoing', null, false],
    ['立行立改，持续推进。', 'ongoing', null, false],
    [
      '持续推进。按省时限要求，完成全县废弃矿山生态损毁和修复情况核查等工作。',
      'ongoing',
      null,
      false,
    ],
    ['长期坚持', 'ongoing', null, false],
    ['立即整改', 'ongoing', null, false],
    ['立即整改（已完成整改）', 'ongoing', null, true],
    ['2022年12月31日（已整改到位）', 'date', '2022-12-31', true],
    ['持续推进，已完成阶段性任务', 'ongoing', null, false],
    ['视情况而定', 'unknown', null, false],
    ['', 'unknown', null, false],
  ])('%j → %s %s', (text, kind, date, reportedDone) => {
    expect(readDeadline(text).deadline).toEqual({ text, kind, date, reportedDone });
  });

  it('does not take a range or a starting point for the deadline', () => {
    expect(readDeadline('（2022—2025年）持续推进').deadline.kind).toBe('ongoing');
    expect(readDeadline('2005年以来持续推进').deadline.kind).toBe('ongoing');
  });

  it('reports a date that names no real day', () => {
    const reading = readDeadline('2023年2月30日');
    expect(reading.deadline.kind).toBe('unknown');
    expect(reading.unrealDate).toBe('2023年2月30日');
  });
});

describe('milestones in measures', () => {
  const dates = (text: string) => extractMilestones(text).map((m) => [m.date, m.precision, m.text]);

  it('reads the marked deadlines of the genre', () => {
    expect(dates('到2023年12月31日前，基本完成县城区现有排水管网排查')).toEqual([
      ['2023-12-31', 'day', '到2023年12月31日前'],
    ]);
    expect(dates('2022年12月31日前完成整改方案。2025年12月31日前，县城污水处理厂')).toEqual([
      ['2022-12-31', 'day', '2022年12月31日前'],
      ['2025-12-31', 'day', '2025年12月31日前'],
    ]);
    expect(dates('督促生产矿山于2022年12月底前达到绿色矿山建设要求')).toEqual([
      ['2022-12-31', 'month', '于2022年12月底前'],
    ]);
    expect(dates('确保2023年12月底前全县排污许可证质量核查率100%')).toEqual([
      ['2023-12-31', 'month', '确保2023年12月底前'],
    ]);
    expect(dates('加快生态环境监测站建设，确保2023年正式投运')).toEqual([
      ['2023-12-31', 'year', '确保2023年'],
    ]);
    expect(dates('力争2024年6月完成')).toEqual([['2024-06-30', 'month', '力争2024年6月']]);
    expect(dates('2022年底前完成')).toEqual([['2022-12-31', 'year', '2022年底前']]);
  });

  it('ignores ranges, starting points and plain year mentions', () => {
    expect(dates('根据《全省废弃矿山生态修复四年专项行动方案（2022—2025年）》')).toEqual([]);
    expect(dates('《专项整治行动方案（2019—2021年）》')).toEqual([]);
    expect(dates('收集2005年以来我县生物多样性相关数据')).toEqual([]);
    expect(dates('2025年冶金、有色、石化、建材等原材料行业营收占比逐年下降')).toEqual([]);
    expect(dates('2021年3月21日向国家发展改革委报送')).toEqual([]);
    expect(dates('2019年至2021年期间')).toEqual([]);
  });

  it('ignores unreal dates', () => {
    expect(dates('2023年2月30日前完成')).toEqual([]);
    expect(dates('2023年13月前完成')).toEqual([]);
  });
});
