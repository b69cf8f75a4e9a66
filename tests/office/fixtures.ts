import seed from '../../seeds/baojing-rectification-list.txt?raw';
import { parseList } from '../../src/core/list/parse';
import type { ListItem, RectificationList } from '../../src/core/list/schema';
import { createDoubleHost } from '../support/excel-double';

export const TODAY = '2025-01-01';

export function seedList(): RectificationList {
  return parseList(seed);
}

/** A list with `measures` measures spread over items of 100 measures each, with long texts. */
export function bigList(measures: number): RectificationList {
  const items: ListItem[] = [];
  for (let no = 1; (no - 1) * 100 < measures; no++) {
    const count = Math.min(100, measures - (no - 1) * 100);
    items.push({
      no,
      numeral: String(no),
      problem: `问题${no}：部分单位整改责任落实不到位，整改措施针对性不强，工作进展不平衡。`,
      goal: '全面完成整改，建立长效机制。',
      leadUnits: ['县发展改革局'],
      coopUnits: ['县财政局', '县审计局'],
      leaders: [`领导${no % 7}`],
      openEnded: { leadUnits: false, coopUnits: false, leaders: false },
      measures: Array.from({ length: count }, (_, i) => ({
        id: String(i + 1),
        group: null,
        text: `措施${i + 1}：加强组织领导，明确责任分工，细化工作任务，定期调度推进，确保按时完成整改并建立长效机制。`,
        milestones: [],
      })),
      deadline: { text: '2025年12月31日前', kind: 'date', date: '2025-12-31', reportedDone: false },
      lines: [no, no],
    });
  }
  return { title: '大型整改清单', items, diagnostics: [] };
}

export function setup(
  options: { sheets?: string[]; excelApi?: string; displayLanguage?: string } = {},
) {
  return createDoubleHost(options);
}
