import { describe, expect, it } from 'vitest';
import { parseList } from '../../../src/core/list/parse';
import { rectificationListSchema } from '../../../src/core/list/schema';
import { SEED_TEXT } from './seed-fixture';
import { seedBlocks } from './seed-variants';

/**
 * Every item of the seed, written out by hand from the document (not from the parser's output):
 * lead units, cooperating units, leaders, deadline, measure ids.
 */
interface Expected {
  lead: string[];
  coop: string[];
  coopOpen?: boolean;
  leaders: string[];
  deadline: string;
  date: string | null;
  done?: boolean;
  measures: string[];
}

const STD = '州生态环境局保靖分局';
const ZJ = '县住建局（县人防办）';
const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const ongoing = (text: string) => ({ deadline: text, date: null });
const dated = (text: string, date: string, done = false) => ({ deadline: text, date, done });
const REPORTED = '2021年12月31日（已完成整改并上报销号）';

const EXPECTED: Expected[] = [
  {
    lead: ['县委办', '县政府办'],
    coop: [
      '县发改局',
      '县委组织部',
      '县纪委监委',
      '县委宣传部',
      '县自然资源局',
      STD,
      ZJ,
      '县农业农村局',
    ],
    leaders: ['杨志慧', '周建武', '黄宇', '龙文斌', '田明'],
    ...ongoing('立行立改，持续推进。'),
    measures: ids(5),
  },
  {
    lead: ['县农业农村局', STD],
    coop: [],
    leaders: ['胡泽钊', '彭健'],
    ...dated(REPORTED, '2021-12-31', true),
    measures: ids(4),
  },
  {
    lead: ['县发改局', '县市场监督管理局'],
    coop: [],
    leaders: ['田明', '麻春兰'],
    ...dated(REPORTED, '2021-12-31', true),
    measures: ids(4),
  },
  {
    lead: ['县发改局'],
    coop: [ZJ, '县自然资源局', '县林业局'],
    leaders: ['田明'],
    ...ongoing('持续推进。'),
    measures: ids(6),
  },
  {
    lead: ['县发改局'],
    coop: ['县自然资源局'],
    leaders: ['田明'],
    ...dated(REPORTED, '2021-12-31', true),
    measures: ids(5),
  },
  {
    lead: ['县发改局', '县科工信局'],
    coop: [],
    leaders: ['田明', '滕建志'],
    ...ongoing('持续推进。'),
    measures: ['一.1', '一.2', '二.1'],
  },
  {
    lead: ['县发改局', '县自然资源局', STD, '县应急管理局'],
    coop: ['县财政局', '县水利局'],
    leaders: ['田明', '彭健'],
    ...ongoing('持续推进。'),
    measures: ids(4),
  },
  {
    lead: ['县自然资源局', '县应急管理局'],
    coop: ['县科工信局', STD],
    leaders: ['彭健'],
    ...dated('2022年12月31日。', '2022-12-31'),
    measures: ids(2),
  },
  {
    lead: [ZJ],
    coop: ['县城市管理和综合执法局', '县发改局', '县自然资源局', STD],
    leaders: ['彭健'],
    ...dated('2024年12月31日。', '2024-12-31'),
    measures: ids(2),
  },
  {
    lead: [ZJ],
    coop: ['县发改局', STD, '县水利局'],
    leaders: ['彭健'],
    ...dated('2025年12月31日。', '2025-12-31'),
    measures: ids(3),
  },
  {
    lead: [ZJ],
    coop: ['县发改局'],
    leaders: ['彭健'],
    ...dated('2025年12月31日。', '2025-12-31'),
    measures: ids(3),
  },
  {
    lead: ['县农业农村局'],
    coop: [STD],
    leaders: ['胡泽钊'],
    ...dated('2022年6月30日。', '2022-06-30'),
    measures: ids(3),
  },
  {
    lead: [ZJ, '县城市管理和综合执法局'],
    coop: [STD],
    leaders: ['彭健'],
    ...dated(REPORTED, '2021-12-31', true),
    measures: ids(3),
  },
  {
    lead: [STD],
    coop: [],
    leaders: ['彭健'],
    ...dated(REPORTED, '2021-12-31', true),
    measures: ids(4),
  },
  {
    lead: ['县自然资源局'],
    coop: [STD, '县林业局'],
    leaders: ['彭健'],
    ...dated('2022年12月31日。', '2022-12-31'),
    measures: ids(6),
  },
  {
    lead: ['县自然资源局'],
    coop: [],
    leaders: ['彭健'],
    ...ongoing('持续推进。按省时限要求，完成全县废弃矿山生态损毁和修复情况核查等工作。'),
    measures: ids(4),
  },
  {
    lead: ['县应急管理局'],
    coop: [STD],
    leaders: ['田明'],
    ...dated('2022年6月30日。', '2022-06-30'),
    measures: ids(3),
  },
  {
    lead: ['县发改局'],
    coop: ['县科工信局'],
    leaders: ['田明'],
    ...dated('2025年12月31日。', '2025-12-31'),
    measures: ids(4),
  },
  {
    lead: ['县发改局', ZJ],
    coop: [
      STD,
      '县科工信局',
      '县商务局',
      '县文旅广电局',
      '县交通运输局',
      '县农业农村局',
      '县自然资源局',
      '县应急管理局',
      '县市场监督管理局',
      '湖南保靖渝燃能源有限责任公司',
      '保靖中燃城镇燃气有限责任公司',
    ],
    leaders: ['田明', '彭健'],
    ...dated('2025年12月31日。', '2025-12-31'),
    measures: ['1'],
  },
  {
    lead: [STD, '县产业开发区管委会', '县发改局'],
    coop: [],
    leaders: ['田明', '彭健', '滕建志'],
    ...dated('2023年12月31日。', '2023-12-31'),
    measures: ids(3),
  },
  {
    lead: [STD],
    coop: [],
    leaders: ['彭健'],
    ...dated('2023年12月31日。', '2023-12-31'),
    measures: ids(2),
  },
  {
    lead: ['县发改局'],
    coop: ['县司法局', '县科工信局', STD],
    leaders: ['田明'],
    ...dated(REPORTED, '2021-12-31', true),
    measures: ids(2),
  },
  {
    lead: ['县卫健局'],
    coop: ['县科工信局', '县农业农村局'],
    coopOpen: true,
    leaders: ['吉秀锋'],
    ...dated('2022年3月31日。', '2022-03-31'),
    measures: ids(3),
  },
  {
    lead: ['县林业局'],
    coop: [
      '白云山国家级自然保护区管理局',
      '县自然资源局',
      STD,
      '县农业农村局',
      '县酉水·吕洞山风景名胜区管理处',
      '湖南保靖酉水国家湿地公园管理处',
    ],
    leaders: ['胡泽钊'],
    ...dated('2023年12月31日。', '2023-12-31'),
    measures: ids(6),
  },
  {
    lead: [STD],
    coop: ['县财政局', '县自然资源局', '县水利局'],
    coopOpen: true,
    leaders: ['彭健'],
    ...dated('2025年12月31日。', '2025-12-31'),
    measures: ids(4),
  },
];

const NUMERALS =
  '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二 二十三 二十四 二十五'.split(
    ' ',
  );

/** Every milestone in the seed: item no → measure id → [date, precision, text]. */
const MILESTONES: [number, string, string, string, string][] = [
  [7, '2', '2023-12-31', 'day', '2023年12月31日前'],
  [10, '2', '2023-12-31', 'day', '到2023年12月31日前'],
  [10, '3', '2022-12-31', 'day', '2022年12月31日前'],
  [10, '3', '2025-12-31', 'day', '2025年12月31日前'],
  [11, '2', '2023-12-31', 'day', '到2023年12月31日前'],
  [15, '4', '2022-12-31', 'month', '于2022年12月底前'],
  [16, '4', '2025-12-31', 'day', '2025年12月31日前'],
  [20, '1', '2023-12-31', 'day', '2023年12月31日前'],
  [21, '1', '2023-12-31', 'month', '确保2023年12月底前'],
  [25, '3', '2023-12-31', 'year', '确保2023年'],
];

describe('parseList on the seed (保靖县整改清单)', () => {
  const list = parseList(SEED_TEXT);

  it('satisfies the output schema and reports nothing', () => {
    expect(rectificationListSchema.parse(list)).toEqual(list);
    expect(list.diagnostics).toEqual([]);
  });

  it('joins the title lines after 附件', () => {
    expect(list.title).toBe('保靖县贯彻落实第二轮中央生态环境保护督察报告整改清单');
  });

  it('finds 25 items numbered 一 … 二十五 and 89 measures', () => {
    expect(list.items.map((i) => i.no)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(list.items.map((i) => i.numeral)).toEqual(NUMERALS);
    expect(list.items.reduce((n, i) => n + i.measures.length, 0)).toBe(89);
  });

  EXPECTED.forEach((want, index) => {
    it(`reads item ${NUMERALS[index]}、 exactly`, () => {
      const item = list.items[index];
      expect(item).toBeDefined();
      if (!item) return;
      expect(item.leadUnits).toEqual(want.lead);
      expect(item.coopUnits).toEqual(want.coop);
      expect(item.leaders).toEqual(want.leaders);
      expect(item.openEnded).toEqual({
        leadUnits: false,
        coopUnits: want.coopOpen ?? false,
        leaders: false,
      });
      expect(item.deadline).toEqual({
        text: want.deadline,
        kind: want.date ? 'date' : 'ongoing',
        date: want.date,
        reportedDone: want.done ?? false,
      });
      expect(item.measures.map((m) => m.id)).toEqual(want.measures);
      expect(item.problem.length).toBeGreaterThan(20);
      expect(item.goal.length).toBeGreaterThan(5);
      for (const m of item.measures) expect(m.text.length).toBeGreaterThan(10);
    });
  });

  it('marks reported completion on items 2, 3, 5, 13, 14 and 22 only', () => {
    const done = list.items.filter((i) => i.deadline.reportedDone).map((i) => i.no);
    expect(done).toEqual([2, 3, 5, 13, 14, 22]);
  });

  it('reads the grouped measures of item 6 under their unit headings', () => {
    const six = list.items[5]?.measures ?? [];
    expect(six.map((m) => [m.id, m.group])).toEqual([
      ['一.1', '县发改局'],
      ['一.2', '县发改局'],
      ['二.1', '县科工信局'],
    ]);
    expect(six[2]?.text).toBe(
      '根据工业和信息化部产能置换实施办法和我县产能置换工作规程要求，严格落实和执行水泥、玻璃行业产业置换政策。',
    );
    for (const item of list.items.filter((i) => i.no !== 6)) {
      for (const m of item.measures) expect(m.group).toBeNull();
    }
  });

  it('reads the single unnumbered measure of item 19', () => {
    expect(list.items[18]?.measures).toEqual([
      {
        id: '1',
        group: null,
        text: '稳妥推进天然气体制改革，加快天然气长输管道城镇专线和入户管网建设，大力拓展天然气终端消费市场，降低天然气价格，逐步提升天然气消费占比。',
        milestones: [],
      },
    ]);
  });

  it('finds exactly the marked milestones, none from ranges, 以来 or plain years', () => {
    const found = list.items.flatMap((item) =>
      item.measures.flatMap((m) =>
        m.milestones.map((s) => [item.no, m.id, s.date, s.precision, s.text]),
      ),
    );
    expect(found).toEqual(MILESTONES);
  });

  it('keeps the text of fields as written, measures without their numbers', () => {
    const one = list.items[0];
    expect(one?.problem.startsWith('一些地方和部门对习近平总书记')).toBe(true);
    expect(one?.goal.startsWith('对长江大保护等重大国家战略')).toBe(true);
    expect(one?.measures[0]?.text.startsWith('深入学习贯彻习近平生态文明思想。')).toBe(true);
    expect(list.items[9]?.measures[2]?.text).toBe(
      '实施“一厂一策”整改方案。针对县城污水处理厂进水COD浓度低于100毫克/升问题，系统排查，完善片区污水管网建设和改造。2022年12月31日前完成整改方案。2025年12月31日前，县城污水处理厂进水COD浓度提高到100毫克/升以上。',
    );
  });

  it('records the source lines of each item', () => {
    expect(list.items[0]?.lines).toEqual([7, 25]);
    expect(list.items[24]?.lines).toEqual([394, 410]);
  });
});

describe('every text field of the seed, against the document lines', () => {
  const list = parseList(SEED_TEXT);
  const { items: blocks } = seedBlocks();

  it('has one block per item', () => {
    expect(blocks).toHaveLength(list.items.length);
  });

  blocks.forEach((block, index) => {
    it(`item ${index + 1}: problem, goal and each measure are exactly their paragraphs`, () => {
      const item = list.items[index];
      const lines = block.filter((line) => line !== '');
      const labelAt = (label: string) => lines.findIndex((line) => line.startsWith(`${label}：`));
      // In the seed every problem and goal is a single paragraph, and every measure is one line.
      expect(item?.problem).toBe(lines[0]?.replace(/^[一二三四五六七八九十]+、/u, ''));
      expect(item?.goal).toBe(lines[labelAt('整改目标')]?.slice('整改目标：'.length));
      const measureLines = lines
        .slice(labelAt('整改措施'), labelAt('整改时限'))
        .map((line) => line.replace(/^整改措施：/u, '').replace(/^\d+．/u, ''))
        .filter((line) => line !== '' && !/^（[一二三四五六七八九十]+）/u.test(line));
      expect(item?.measures.map((m) => m.text)).toEqual(measureLines);
    });
  });
});
