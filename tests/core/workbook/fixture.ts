import { message } from '../../../src/core/i18n';
import { diagnostic } from '../../../src/core/list/diagnostics';
import type { ListItem, RectificationList } from '../../../src/core/list/schema';

/** A small hand-built list covering every initial-status rule, group units, milestones and hostile text. */
function item(
  partial: Partial<ListItem> & Pick<ListItem, 'no' | 'measures' | 'deadline'>,
): ListItem {
  return {
    numeral: ['一', '二', '三', '四', '五'][partial.no - 1] ?? String(partial.no),
    problem: `问题${partial.no}：某些地方存在问题。`,
    goal: `目标${partial.no}`,
    leadUnits: ['县委办', '县政府办'],
    coopUnits: ['县发改局'],
    leaders: ['杨志慧', '周建武'],
    openEnded: { leadUnits: false, coopUnits: false, leaders: false },
    lines: [partial.no * 10, partial.no * 10 + 5],
    ...partial,
  };
}

export const fixtureList: RectificationList = {
  title: '保靖县贯彻落实第二轮中央生态环境保护督察报告整改清单',
  diagnostics: [diagnostic(3, 'warning', 'test-warning', message('list.diag.noTitle'))],
  items: [
    item({
      no: 1,
      deadline: { text: '立行立改，持续推进。', kind: 'ongoing', date: null, reportedDone: false },
      measures: [
        { id: '1', group: null, text: '深入学习贯彻习近平生态文明思想。', milestones: [] },
        { id: '2', group: null, text: '=SUM(A1:A9) 压紧压实责任', milestones: [] },
      ],
    }),
    item({
      no: 2,
      leaders: ['黄宇'],
      deadline: {
        text: '2021年12月31日（已完成整改并上报销号）',
        kind: 'date',
        date: '2021-12-31',
        reportedDone: true,
      },
      measures: [{ id: '1', group: null, text: '+开展专项整治。', milestones: [] }],
    }),
    item({
      no: 3,
      leadUnits: ['县住建局'],
      leaders: ['龙文斌'],
      deadline: { text: '2022年6月30日。', kind: 'date', date: '2022-06-30', reportedDone: false },
      measures: [
        {
          id: '1',
          group: null,
          text: '-推进污水管网建设。2022年3月31日前完成排查；2022年6月30日前完成改造。',
          milestones: [
            { date: '2022-03-31', precision: 'day', text: '2022年3月31日前' },
            { date: '2022-06-30', precision: 'day', text: '2022年6月30日前' },
          ],
        },
      ],
    }),
    item({
      no: 4,
      leaders: ['田明'],
      deadline: { text: '2099年12月31日。', kind: 'date', date: '2099-12-31', reportedDone: false },
      measures: [
        { id: '一.1', group: '县发改局', text: '@落实节能审查。', milestones: [] },
        { id: '二.1', group: '县科工信局', text: '淘汰落后产能。', milestones: [] },
      ],
    }),
  ],
};
