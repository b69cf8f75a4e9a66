import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { auto, cell, centered, para, toFodt, toHtml, type CellSpec } from './compose';
import { CACHE_DIR, convert, gb18030Bytes, xlsxByOpenpyxl } from './office';

/**
 * Lists in other counties' house styles, written for these tests from the genre's conventions:
 * each a realistic list of 3–6 items, with the reading a person would make of it, field by field.
 */
export interface ExpectedMeasure {
  readonly id: string;
  readonly text: string;
  readonly group?: string | null;
  readonly leadUnits?: string[];
  readonly coopUnits?: string[];
  readonly leaders?: string[];
  readonly milestones?: { date: string; precision: 'day' | 'month' | 'year'; text: string }[];
}

export interface ExpectedItem {
  readonly no: number;
  readonly section?: string | null;
  readonly problem: string;
  readonly goal?: string;
  readonly leadUnits?: string[];
  readonly coopUnits?: string[];
  readonly leaders?: string[];
  readonly deadline: {
    readonly text: string;
    readonly kind: 'date' | 'ongoing' | 'relative' | 'unknown';
    readonly date?: string | null;
    readonly reportedDone?: boolean;
    readonly relative?: { amount: number; unit: 'day' | 'month' | 'year' };
    readonly milestones?: { date: string; precision: 'day' | 'month' | 'year'; text: string }[];
  };
  readonly measures: readonly ExpectedMeasure[];
}

export interface HouseStyle {
  readonly name: string;
  readonly format: 'text' | 'docx' | 'doc' | 'pdf' | 'xlsx';
  readonly build: () => Promise<string>;
  readonly title: string;
  readonly items: readonly ExpectedItem[];
  /** Diagnostic codes the reading must contain (beyond the usual). */
  readonly codes?: readonly string[];
}

async function writeBytes(name: string, bytes: Uint8Array): Promise<string> {
  await mkdir(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, name);
  await writeFile(path, bytes);
  return path;
}

// A. 凤凰县: sections 一、 over items （一）, labels in 【】, measures （1） several on one line.
const FENGHUANG_TITLE = '凤凰县2023年生态环境保护督察反馈问题整改清单';
const fenghuang: HouseStyle = {
  name: '凤凰县: sections over （一） items, 【】 labels, （1） measures on one line',
  format: 'docx',
  title: FENGHUANG_TITLE,
  build: async () =>
    convert(
      'fenghuang',
      [
        '附件2',
        FENGHUANG_TITLE,
        '一、关于水环境方面',
        '（一）沱江城区段雨污分流不彻底，部分生活污水直排沱江。',
        '【整改目标】城区生活污水收集率达到85%以上。',
        '【牵头单位】县住建局',
        '【配合单位】县水利局、县城管局',
        '【督办县领导】张某某',
        '【整改措施】（1）完成城区雨污管网排查，建立问题台账；（2）实施沱江北岸截污干管改造工程；（3）加强排水户监管，查处违法排污行为。',
        '【整改时限】2023年6月底前',
        '（二）部分乡镇污水处理厂进水浓度偏低，设施运行不正常。',
        '【整改目标】乡镇污水处理设施正常运行。',
        '【牵头单位】县住建局',
        '【督办县领导】张某某',
        '【整改措施】（1）开展乡镇污水处理厂运行评估；（2）完善配套管网。',
        '【整改时限】立行立改',
        '二、关于生态保护方面',
        '（三）自然保护区内仍有违规建设项目未清理。',
        '【整改目标】保护区内违规项目全部整治到位。',
        '【牵头单位】县林业局',
        '【配合单位】县自然资源局',
        '【督办县领导】李某某',
        '【整改措施】（1）逐一核查保护区内建设项目；（2）对违规项目依法拆除并实施生态修复。',
        '【整改时限】2023年底前',
        '',
      ].join('\n'),
      'txt',
      'docx',
    ),
  items: [
    {
      no: 1,
      section: '一、关于水环境方面',
      problem: '沱江城区段雨污分流不彻底，部分生活污水直排沱江。',
      goal: '城区生活污水收集率达到85%以上。',
      leadUnits: ['县住建局'],
      coopUnits: ['县水利局', '县城管局'],
      leaders: ['张某某'],
      deadline: { text: '2023年6月底前', kind: 'date', date: '2023-06-30' },
      measures: [
        { id: '1', text: '完成城区雨污管网排查，建立问题台账；' },
        { id: '2', text: '实施沱江北岸截污干管改造工程；' },
        { id: '3', text: '加强排水户监管，查处违法排污行为。' },
      ],
    },
    {
      no: 2,
      section: '一、关于水环境方面',
      problem: '部分乡镇污水处理厂进水浓度偏低，设施运行不正常。',
      goal: '乡镇污水处理设施正常运行。',
      leadUnits: ['县住建局'],
      leaders: ['张某某'],
      deadline: { text: '立行立改', kind: 'ongoing' },
      measures: [
        { id: '1', text: '开展乡镇污水处理厂运行评估；' },
        { id: '2', text: '完善配套管网。' },
      ],
    },
    {
      no: 3,
      section: '二、关于生态保护方面',
      problem: '自然保护区内仍有违规建设项目未清理。',
      goal: '保护区内违规项目全部整治到位。',
      leadUnits: ['县林业局'],
      coopUnits: ['县自然资源局'],
      leaders: ['李某某'],
      deadline: { text: '2023年底前', kind: 'date', date: '2023-12-31' },
      measures: [
        { id: '1', text: '逐一核查保护区内建设项目；' },
        { id: '2', text: '对违规项目依法拆除并实施生态修复。' },
      ],
    },
  ],
};

// B. 花垣县: a Word table, one row per item, headers with stray spaces, 责任单位 as the lead,
// deadlines without a year (the title's year), 长期坚持.
const HUAYUAN_TITLE = '花垣县2024年突出生态环境问题整改任务清单';
const huayuanRows: (CellSpec | null)[][] = [
  ['序 号', '存在问题', '整改 目标', '责任单位', '责任领导', '整 改 措 施', '完成时限'].map((h) =>
    cell(h),
  ),
  [
    cell('1'),
    cell('锰渣库渗滤液收集不完全，周边地下水锰超标。'),
    cell('渗滤液全收集、全处理。'),
    cell('县生态环境分局、县工信局'),
    cell('王某'),
    cell('1.完成渣库防渗改造。', '2.新建渗滤液处理站一座。', '3.每月开展地下水监测。'),
    cell('6月底前'),
  ],
  [
    cell('2'),
    cell('矿区复绿率低，部分废弃矿山未修复。'),
    cell('废弃矿山生态修复全覆盖。'),
    cell('县自然资源局'),
    cell('王某、赵某'),
    cell('1.编制废弃矿山修复方案。', '2.分批实施复绿工程。'),
    cell('年底前'),
  ],
  [
    cell('3'),
    cell('城区扬尘管控不到位。'),
    cell('城区空气质量优良率稳定提升。'),
    cell('县住建局'),
    cell('赵某'),
    cell('1.落实工地“六个百分之百”要求。', '2.加大道路洒水保洁频次。'),
    cell('长期坚持'),
  ],
];
const huayuan: HouseStyle = {
  name: '花垣县: a Word table by item, spaced headers, 责任单位 leads, 6月底前 with the title year',
  format: 'docx',
  title: HUAYUAN_TITLE,
  build: async () =>
    convert(
      'huayuan',
      toHtml([para('附件'), centered(HUAYUAN_TITLE), { table: huayuanRows }]),
      'html',
      'docx',
    ),
  codes: ['deadline-year-assumed'],
  items: [
    {
      no: 1,
      problem: '锰渣库渗滤液收集不完全，周边地下水锰超标。',
      goal: '渗滤液全收集、全处理。',
      leadUnits: ['县生态环境分局', '县工信局'],
      leaders: ['王某'],
      deadline: { text: '6月底前', kind: 'date', date: '2024-06-30' },
      measures: [
        { id: '1', text: '完成渣库防渗改造。' },
        { id: '2', text: '新建渗滤液处理站一座。' },
        { id: '3', text: '每月开展地下水监测。' },
      ],
    },
    {
      no: 2,
      problem: '矿区复绿率低，部分废弃矿山未修复。',
      goal: '废弃矿山生态修复全覆盖。',
      leadUnits: ['县自然资源局'],
      leaders: ['王某', '赵某'],
      deadline: { text: '年底前', kind: 'date', date: '2024-12-31' },
      measures: [
        { id: '1', text: '编制废弃矿山修复方案。' },
        { id: '2', text: '分批实施复绿工程。' },
      ],
    },
    {
      no: 3,
      problem: '城区扬尘管控不到位。',
      goal: '城区空气质量优良率稳定提升。',
      leadUnits: ['县住建局'],
      leaders: ['赵某'],
      deadline: { text: '长期坚持', kind: 'ongoing' },
      measures: [
        { id: '1', text: '落实工地“六个百分之百”要求。' },
        { id: '2', text: '加大道路洒水保洁频次。' },
      ],
    },
  ],
};

// C. 吉首市: a printed PDF (running header, page numbers), items 1. with ① measures, ASCII colons,
// 责任单位 beside 牵头单位 (so cooperating), 分阶段推进 with dated stages.
const JISHOU_TITLE = '吉首市贯彻落实省级生态环境保护督察反馈意见整改方案';
const long = (s: string, n: number) => Array.from({ length: n }, () => s).join('');
const jishouProblems = [
  `峒河流域畜禽养殖污染问题突出，${long('部分规模养殖场粪污处理设施不完善，雨污不分，养殖废水直排或偷排现象时有发生，', 20)}群众反映强烈。`,
  `城区餐饮油烟扰民问题反复出现，${long('一些临街餐饮店未安装油烟净化设施或设施长期不运行，', 20)}监管不到位。`,
  `工业园区环境基础设施建设滞后，${long('园区污水集中处理设施建成后进水量不足，配套管网建设迟缓，', 20)}部分企业废水未纳管。`,
];
const jishou: HouseStyle = {
  name: '吉首市: a printed PDF over pages, 1. items with ① measures, ASCII colons, 分阶段推进',
  format: 'pdf',
  title: JISHOU_TITLE,
  build: async () =>
    convert(
      'jishou',
      toFodt(
        [
          centered(JISHOU_TITLE),
          para(`1.${jishouProblems[0]}`),
          para('整改目标:规模养殖场粪污处理设施配套率达到100%。'),
          para('牵头单位:市农业农村局'),
          para('责任单位:各乡镇人民政府'),
          para('督办领导:陈某'),
          para('整改措施:'),
          para('①全面排查峒河流域规模养殖场，建立整改台账。'),
          para('②督促养殖场完善干湿分离、雨污分流设施。'),
          para('③依法关闭禁养区内养殖场。'),
          para('整改时限:分阶段推进，2022年12月底前完成排查，2023年6月底前全部整改到位。'),
          para(`2.${jishouProblems[1]}`),
          para('整改目标:城区餐饮油烟投诉明显下降。'),
          para('牵头单位:市城管局'),
          para('责任单位:市市场监管局、市生态环境分局'),
          para('督办领导:陈某、刘某'),
          para('整改措施:'),
          para('①对城区餐饮店油烟净化设施逐户检查。'),
          para('②建立油烟净化设施定期清洗制度。'),
          para('整改时限:2022年10月31日'),
          para(`3.${jishouProblems[2]}`),
          para('整改目标:园区企业废水应纳尽纳。'),
          para('牵头单位:吉首经开区管委会'),
          para('督办领导:刘某'),
          para('整改措施:'),
          para('①加快园区配套管网建设。'),
          para('②对未纳管企业限期整改。'),
          para('整改时限:2023年12月31日前'),
        ],
        { header: '吉首市生态环境保护督察整改方案', pageNumbers: true },
      ),
      'fodt',
      'pdf',
    ),
  codes: ['running-header', 'page-number'],
  items: [
    {
      no: 1,
      problem: jishouProblems[0] ?? '',
      goal: '规模养殖场粪污处理设施配套率达到100%。',
      leadUnits: ['市农业农村局'],
      coopUnits: ['各乡镇人民政府'],
      leaders: ['陈某'],
      deadline: {
        text: '分阶段推进，2022年12月底前完成排查，2023年6月底前全部整改到位。',
        kind: 'date',
        date: '2023-06-30',
        milestones: [
          { date: '2022-12-31', precision: 'month', text: '2022年12月底' },
          { date: '2023-06-30', precision: 'month', text: '2023年6月底' },
        ],
      },
      measures: [
        { id: '1', text: '全面排查峒河流域规模养殖场，建立整改台账。' },
        { id: '2', text: '督促养殖场完善干湿分离、雨污分流设施。' },
        { id: '3', text: '依法关闭禁养区内养殖场。' },
      ],
    },
    {
      no: 2,
      problem: jishouProblems[1] ?? '',
      goal: '城区餐饮油烟投诉明显下降。',
      leadUnits: ['市城管局'],
      coopUnits: ['市市场监管局', '市生态环境分局'],
      leaders: ['陈某', '刘某'],
      deadline: { text: '2022年10月31日', kind: 'date', date: '2022-10-31' },
      measures: [
        { id: '1', text: '对城区餐饮店油烟净化设施逐户检查。' },
        { id: '2', text: '建立油烟净化设施定期清洗制度。' },
      ],
    },
    {
      no: 3,
      problem: jishouProblems[2] ?? '',
      goal: '园区企业废水应纳尽纳。',
      leadUnits: ['吉首经开区管委会'],
      leaders: ['刘某'],
      deadline: { text: '2023年12月31日前', kind: 'date', date: '2023-12-31' },
      measures: [
        { id: '1', text: '加快园区配套管网建设。' },
        { id: '2', text: '对未纳管企业限期整改。' },
      ],
    },
  ],
};

// D. 永顺县: a Word 97 .doc, items 第一条, labels without colon, 一是…二是… in one paragraph,
// 90天内 (relative), 已办结.
const YONGSHUN_TITLE = '永顺县环境信访突出问题整改责任清单';
const yongshun: HouseStyle = {
  name: '永顺县: a .doc, 第一条 items, labels without colons, 一是…二是…, 90天内, 已办结',
  format: 'doc',
  title: YONGSHUN_TITLE,
  build: async () =>
    convert(
      'yongshun',
      [
        YONGSHUN_TITLE,
        '第一条 猛洞河沿岸农家乐污水乱排。',
        '整改目标　沿岸农家乐污水全部达标排放。',
        '牵头单位　县文旅局',
        '配合单位　县生态环境分局、芙蓉镇人民政府',
        '包案领导　向某',
        '整改措施　一是开展农家乐污水排放专项检查；二是督促安装一体化污水处理设备；三是建立长效巡查机制。',
        '整改时限　90天内',
        '第二条 县城垃圾中转站臭气扰民。',
        '整改目标　中转站臭气得到有效控制。',
        '牵头单位　县城管局',
        '包案领导　彭某',
        '整改措施　一是更换除臭设备；二是缩短垃圾转运周期。',
        '整改时限　已办结',
        '第三条 石材加工企业粉尘污染。',
        '整改目标　企业粉尘达标排放。',
        '牵头单位　县工信局',
        '配合单位　县生态环境分局',
        '包案领导　向某、彭某',
        '整改措施　一是对石材企业逐家核查；二是无组织排放治理不到位的停产整治。',
        '整改时限　2022年9月30日前',
        '',
      ].join('\n'),
      'txt',
      'doc',
    ),
  items: [
    {
      no: 1,
      problem: '猛洞河沿岸农家乐污水乱排。',
      goal: '沿岸农家乐污水全部达标排放。',
      leadUnits: ['县文旅局'],
      coopUnits: ['县生态环境分局', '芙蓉镇人民政府'],
      leaders: ['向某'],
      deadline: { text: '90天内', kind: 'relative', relative: { amount: 90, unit: 'day' } },
      measures: [
        { id: '1', text: '开展农家乐污水排放专项检查；' },
        { id: '2', text: '督促安装一体化污水处理设备；' },
        { id: '3', text: '建立长效巡查机制。' },
      ],
    },
    {
      no: 2,
      problem: '县城垃圾中转站臭气扰民。',
      goal: '中转站臭气得到有效控制。',
      leadUnits: ['县城管局'],
      leaders: ['彭某'],
      deadline: { text: '已办结', kind: 'unknown', reportedDone: true },
      measures: [
        { id: '1', text: '更换除臭设备；' },
        { id: '2', text: '缩短垃圾转运周期。' },
      ],
    },
    {
      no: 3,
      problem: '石材加工企业粉尘污染。',
      goal: '企业粉尘达标排放。',
      leadUnits: ['县工信局'],
      coopUnits: ['县生态环境分局'],
      leaders: ['向某', '彭某'],
      deadline: { text: '2022年9月30日前', kind: 'date', date: '2022-09-30' },
      measures: [
        { id: '1', text: '对石材企业逐家核查；' },
        { id: '2', text: '无组织排放治理不到位的停产整治。' },
      ],
    },
  ],
};

// E. 龙山县: a workbook, one row per measure, the item's cells repeated on every row, units per
// measure (kept on the measure, gathered on the item).
const LONGSHAN_TITLE = '龙山县中央环保督察交办问题整改台账';
const longshan: HouseStyle = {
  name: '龙山县: an .xlsx by measure, item cells repeated, units per measure',
  format: 'xlsx',
  title: LONGSHAN_TITLE,
  build: async () =>
    xlsxByOpenpyxl('longshan', {
      rows: [
        [LONGSHAN_TITLE, null, null, null, null, null, null],
        ['序号', '问题描述', '整改措施', '牵头单位', '配合单位', '督办领导', '整改时限'],
        [
          '1',
          '酉水河网箱养殖未清理到位。',
          '1．全面拆除剩余网箱。',
          '县农业农村局',
          '县水利局',
          '田某',
          '2022年12月31日',
        ],
        [
          '1',
          '酉水河网箱养殖未清理到位。',
          '2．对渔民转产转业给予补助。',
          '县人社局',
          '县财政局',
          '田某',
          '2022年12月31日',
        ],
        [
          '2',
          '城区黑臭水体反弹。',
          '1．实施截污纳管工程。',
          '县住建局',
          null,
          '符某',
          '2023年6月30日',
        ],
        [
          '2',
          '城区黑臭水体反弹。',
          '2．开展河道清淤。',
          '县水利局',
          '县城管局',
          '符某',
          '2023年6月30日',
        ],
        [
          '2',
          '城区黑臭水体反弹。',
          '3．建立河长巡河制度。',
          '县河长办',
          null,
          '符某',
          '2023年6月30日',
        ],
        [
          '3',
          '医疗废物处置不规范。',
          '1．规范医疗机构医废暂存间管理。',
          '县卫健局',
          '县生态环境分局',
          '田某、符某',
          '立行立改，长期坚持',
        ],
      ],
      merges: ['A1:G1'],
    }),
  items: [
    {
      no: 1,
      problem: '酉水河网箱养殖未清理到位。',
      leadUnits: ['县农业农村局', '县人社局'],
      coopUnits: ['县水利局', '县财政局'],
      leaders: ['田某'],
      deadline: { text: '2022年12月31日', kind: 'date', date: '2022-12-31' },
      measures: [
        {
          id: '1',
          text: '全面拆除剩余网箱。',
          leadUnits: ['县农业农村局'],
          coopUnits: ['县水利局'],
        },
        {
          id: '2',
          text: '对渔民转产转业给予补助。',
          leadUnits: ['县人社局'],
          coopUnits: ['县财政局'],
        },
      ],
    },
    {
      no: 2,
      problem: '城区黑臭水体反弹。',
      leadUnits: ['县住建局', '县水利局', '县河长办'],
      coopUnits: ['县城管局'],
      leaders: ['符某'],
      deadline: { text: '2023年6月30日', kind: 'date', date: '2023-06-30' },
      measures: [
        { id: '1', text: '实施截污纳管工程。', leadUnits: ['县住建局'] },
        { id: '2', text: '开展河道清淤。', leadUnits: ['县水利局'], coopUnits: ['县城管局'] },
        { id: '3', text: '建立河长巡河制度。', leadUnits: ['县河长办'] },
      ],
    },
    {
      no: 3,
      problem: '医疗废物处置不规范。',
      leadUnits: ['县卫健局'],
      coopUnits: ['县生态环境分局'],
      leaders: ['田某', '符某'],
      deadline: { text: '立行立改，长期坚持', kind: 'ongoing' },
      measures: [{ id: '1', text: '规范医疗机构医废暂存间管理。' }],
    },
  ],
};

// F. 泸溪县: a Word table by measure with the item's cells merged (rowspan), no 序号 column,
// 整改情况 (closure notes) in a column of its own.
const LUXI_TITLE = '泸溪县生态环境问题整改销号清单';
const luxiRows: (CellSpec | null)[][] = [
  ['问 题', '整改措施', '责任单位', '完成时限', '整改情况'].map((h) => cell(h)),
  [
    { paragraphs: ['沅水沿岸非法码头未取缔。'], rowSpan: 2 },
    cell('1．依法取缔非法码头3处。'),
    { paragraphs: ['县交通运输局'], rowSpan: 2 },
    { paragraphs: ['2021年12月31日'], rowSpan: 2 },
    { paragraphs: ['已销号'], rowSpan: 2 },
  ],
  [null, cell('2．对码头岸线进行复绿。'), null, null, null],
  [
    { paragraphs: ['部分尾矿库环境风险隐患突出。'], rowSpan: 3 },
    cell('1．开展尾矿库环境风险排查。'),
    { paragraphs: ['县应急管理局、县生态环境分局'], rowSpan: 3 },
    { paragraphs: ['2022年6月30日'], rowSpan: 3 },
    { paragraphs: ['已完成整改并上报销号'], rowSpan: 3 },
  ],
  [null, cell('2．完善尾矿库截洪和渗滤液收集设施。'), null, null, null],
  [null, cell('3．闭库尾矿库实施生态修复。'), null, null, null],
  [
    cell('农村生活垃圾收运体系不健全。'),
    cell('1．完善“户分类、村收集、镇转运”体系。'),
    cell('县城管局'),
    cell('持续推进'),
    cell('正在推进'),
  ],
];
const luxi: HouseStyle = {
  name: '泸溪县: a Word table by measure, merged item cells, no 序号, 整改情况 closure column',
  format: 'docx',
  title: LUXI_TITLE,
  build: async () =>
    convert('luxi', toHtml([centered(LUXI_TITLE), { table: luxiRows }]), 'html', 'docx'),
  items: [
    {
      no: 1,
      problem: '沅水沿岸非法码头未取缔。',
      leadUnits: ['县交通运输局'],
      deadline: {
        text: '2021年12月31日 已销号',
        kind: 'date',
        date: '2021-12-31',
        reportedDone: true,
      },
      measures: [
        { id: '1', text: '依法取缔非法码头3处。' },
        { id: '2', text: '对码头岸线进行复绿。' },
      ],
    },
    {
      no: 2,
      problem: '部分尾矿库环境风险隐患突出。',
      leadUnits: ['县应急管理局', '县生态环境分局'],
      deadline: {
        text: '2022年6月30日 已完成整改并上报销号',
        kind: 'date',
        date: '2022-06-30',
        reportedDone: true,
      },
      measures: [
        { id: '1', text: '开展尾矿库环境风险排查。' },
        { id: '2', text: '完善尾矿库截洪和渗滤液收集设施。' },
        { id: '3', text: '闭库尾矿库实施生态修复。' },
      ],
    },
    {
      no: 3,
      problem: '农村生活垃圾收运体系不健全。',
      leadUnits: ['县城管局'],
      deadline: { text: '持续推进 正在推进', kind: 'ongoing' },
      measures: [{ id: '1', text: '完善“户分类、村收集、镇转运”体系。' }],
    },
  ],
};

// G. 古丈县: GBK text (Windows Notepad "ANSI"), 目标要求/具体措施 labels, units and leaders only in
// parentheses at the end of each measure.
const GUZHANG_TITLE = '古丈县长江经济带生态环境警示片披露问题整改清单';
const GUZHANG_TEXT = [
  GUZHANG_TITLE,
  '',
  '一、古阳河部分河段垃圾堆积，沿岸存在违规建房。',
  '目标要求：河道垃圾清理到位，违规建筑依法处置。',
  '具体措施：',
  '1．开展古阳河河道垃圾集中清理（县水利局牵头，古阳镇人民政府配合，责任领导：吴某）。',
  '2．对沿岸违规建房逐户认定并依法处置（县自然资源局、县住建局牵头，古阳镇人民政府配合，责任领导：吴某、杨某）。',
  '整改时限：2022年12月31日前',
  '',
  '二、茶园面源污染防治措施落实不到位。',
  '目标要求：化肥农药使用量持续减少。',
  '具体措施：',
  '1．推广茶园绿色防控技术（县茶叶局牵头，责任领导：杨某）。',
  '2．开展化肥农药减量增效示范（县农业农村局牵头，县茶叶局配合，责任领导：杨某）。',
  '整改时限：持续推进',
  '',
  '三、县城污水处理厂超负荷运行。',
  '目标要求：污水处理能力满足县城需求。',
  '具体措施：',
  '1．实施污水处理厂扩容提标工程，确保2023年9月底前投入运行（县住建局牵头，县发改局、县财政局配合，责任领导：吴某）。',
  '整改时限：2023年9月30日',
  '',
  '四、饮用水水源保护区内存在养殖户。',
  '目标要求：保护区内养殖户全部退出。',
  '具体措施：',
  '1．对保护区内养殖户实施搬迁（县农业农村局牵头，责任领导：向某）。',
  '整改时限：2022年6月30日（已完成整改并上报销号）',
  '',
].join('\r\n');
const guzhang: HouseStyle = {
  name: '古丈县: GBK text, 目标要求/具体措施, units and leaders in parentheses on each measure',
  format: 'text',
  title: GUZHANG_TITLE,
  build: async () => writeBytes('guzhang-gbk.txt', await gb18030Bytes(GUZHANG_TEXT)),
  items: [
    {
      no: 1,
      problem: '古阳河部分河段垃圾堆积，沿岸存在违规建房。',
      goal: '河道垃圾清理到位，违规建筑依法处置。',
      leadUnits: ['县水利局', '县自然资源局', '县住建局'],
      coopUnits: ['古阳镇人民政府'],
      leaders: ['吴某', '杨某'],
      deadline: { text: '2022年12月31日前', kind: 'date', date: '2022-12-31' },
      measures: [
        {
          id: '1',
          text: '开展古阳河河道垃圾集中清理。',
          leadUnits: ['县水利局'],
          coopUnits: ['古阳镇人民政府'],
          leaders: ['吴某'],
        },
        {
          id: '2',
          text: '对沿岸违规建房逐户认定并依法处置。',
          leadUnits: ['县自然资源局', '县住建局'],
          coopUnits: ['古阳镇人民政府'],
          leaders: ['吴某', '杨某'],
        },
      ],
    },
    {
      no: 2,
      problem: '茶园面源污染防治措施落实不到位。',
      goal: '化肥农药使用量持续减少。',
      leadUnits: ['县茶叶局', '县农业农村局'],
      leaders: ['杨某'],
      deadline: { text: '持续推进', kind: 'ongoing' },
      measures: [
        { id: '1', text: '推广茶园绿色防控技术。', leadUnits: ['县茶叶局'], leaders: ['杨某'] },
        {
          id: '2',
          text: '开展化肥农药减量增效示范。',
          leadUnits: ['县农业农村局'],
          coopUnits: ['县茶叶局'],
          leaders: ['杨某'],
        },
      ],
    },
    {
      no: 3,
      problem: '县城污水处理厂超负荷运行。',
      goal: '污水处理能力满足县城需求。',
      leadUnits: ['县住建局'],
      coopUnits: ['县发改局', '县财政局'],
      leaders: ['吴某'],
      deadline: { text: '2023年9月30日', kind: 'date', date: '2023-09-30' },
      measures: [
        {
          id: '1',
          text: '实施污水处理厂扩容提标工程，确保2023年9月底前投入运行。',
          leadUnits: ['县住建局'],
          coopUnits: ['县发改局', '县财政局'],
          leaders: ['吴某'],
          milestones: [{ date: '2023-09-30', precision: 'month', text: '确保2023年9月底前' }],
        },
      ],
    },
    {
      no: 4,
      problem: '饮用水水源保护区内存在养殖户。',
      goal: '保护区内养殖户全部退出。',
      leadUnits: ['县农业农村局'],
      leaders: ['向某'],
      deadline: {
        text: '2022年6月30日（已完成整改并上报销号）',
        kind: 'date',
        date: '2022-06-30',
        reportedDone: true,
      },
      measures: [
        {
          id: '1',
          text: '对保护区内养殖户实施搬迁。',
          leadUnits: ['县农业农村局'],
          leaders: ['向某'],
        },
      ],
    },
  ],
};

// H. 湘西州审计整改: a .docx whose item and measure numbers are Word's automatic numbering (not in
// the text), 主责单位 and 时限要求 labels, 工作措施.
const AUDIT_TITLE = '关于州级财政生态环保资金审计发现问题的整改清单';
const audit: HouseStyle = {
  name: '审计整改函: a .docx numbered by Word (一、 and （1） not in the text), 主责单位, 时限要求',
  format: 'docx',
  title: AUDIT_TITLE,
  build: async () =>
    convert(
      'audit',
      toFodt([
        centered(AUDIT_TITLE),
        auto('部分生态环保专项资金闲置超过一年。'),
        para('整改目标：闲置资金全部盘活或收回。'),
        para('主责单位：县财政局'),
        para('协办单位：县发改局'),
        para('分管领导：周某'),
        para('工作措施：'),
        auto('清理闲置资金，逐项提出处理意见。', 2),
        auto('对无法使用的资金按规定收回统筹。', 2),
        para('时限要求：2022年11月30日'),
        auto('污水处理费征收不到位。'),
        para('整改目标：污水处理费应收尽收。'),
        para('主责单位：县住建局'),
        para('分管领导：周某'),
        para('工作措施：'),
        auto('核查自备水源用户，补征污水处理费。', 2),
        para('时限要求：立即整改'),
        auto('项目资金拨付进度慢。'),
        para('整改目标：资金拨付与项目进度相匹配。'),
        para('主责单位：县财政局'),
        para('协办单位：各项目单位'),
        para('分管领导：周某、龙某'),
        para('工作措施：'),
        auto('建立项目资金拨付月调度制度。', 2),
        auto('对拨付滞后项目开展专项督查。', 2),
        para('时限要求：2022年12月31日'),
      ]),
      'fodt',
      'docx',
    ),
  items: [
    {
      no: 1,
      problem: '部分生态环保专项资金闲置超过一年。',
      goal: '闲置资金全部盘活或收回。',
      leadUnits: ['县财政局'],
      coopUnits: ['县发改局'],
      leaders: ['周某'],
      deadline: { text: '2022年11月30日', kind: 'date', date: '2022-11-30' },
      measures: [
        { id: '1', text: '清理闲置资金，逐项提出处理意见。' },
        { id: '2', text: '对无法使用的资金按规定收回统筹。' },
      ],
    },
    {
      no: 2,
      problem: '污水处理费征收不到位。',
      goal: '污水处理费应收尽收。',
      leadUnits: ['县住建局'],
      leaders: ['周某'],
      deadline: { text: '立即整改', kind: 'ongoing' },
      measures: [{ id: '1', text: '核查自备水源用户，补征污水处理费。' }],
    },
    {
      no: 3,
      problem: '项目资金拨付进度慢。',
      goal: '资金拨付与项目进度相匹配。',
      leadUnits: ['县财政局'],
      coopUnits: ['各项目单位'],
      leaders: ['周某', '龙某'],
      deadline: { text: '2022年12月31日', kind: 'date', date: '2022-12-31' },
      measures: [
        { id: '1', text: '建立项目资金拨付月调度制度。' },
        { id: '2', text: '对拨付滞后项目开展专项督查。' },
      ],
    },
  ],
};

export const HOUSE_STYLES: readonly HouseStyle[] = [
  fenghuang,
  huayuan,
  jishou,
  yongshun,
  longshan,
  luxi,
  guzhang,
  audit,
];
