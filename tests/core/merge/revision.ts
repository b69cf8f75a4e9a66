import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseList } from '../../../src/core/list/parse';
import type { ListItem, RectificationList } from '../../../src/core/list/schema';

/** The embedded seed list, parsed. */
export function seedList(): RectificationList {
  const path = join(import.meta.dirname, '../../../seeds/baojing-rectification-list.txt');
  return parseList(readFileSync(path, 'utf8'));
}

function withoutTags(i: ListItem & { tags: unknown }): ListItem {
  const copy: Partial<typeof i> = { ...i };
  delete copy.tags;
  return copy as ListItem;
}

/** `问题序号|措施序号`, as the tests spell a ledger key. */
export const key = (item: number | string, measure: string) => `${item}|${measure}`;

export interface Revision {
  readonly list: RectificationList;
  /** Old ledger key → new ledger key, or null when the measure left the list. */
  readonly moves: ReadonlyMap<string, string | null>;
  /** New keys of measures the revision added. */
  readonly added: readonly string[];
}

/**
 * A realistic revision of the seed: a new item 2 (every later item is renumbered), the last item
 * dropped, item 4's second measure dropped (its later measures renumbered), item 3's first measure
 * reworded, item 8's deadline moved, and a sixth measure for item 1.
 */
export function reviseSeed(list: RectificationList): Revision {
  type Tagged = ListItem & { tags: (string | null)[] };
  const items: Tagged[] = list.items.map((i) => ({
    ...i,
    tags: i.measures.map((m) => key(i.no, m.id)),
  }));
  const moves = new Map<string, string | null>();
  const drop = (i: Tagged, k: number) => {
    moves.set(i.tags[k]!, null);
    i.measures = i.measures.filter((_, j) => j !== k);
    i.tags = i.tags.filter((_, j) => j !== k);
  };
  const last = items.pop()!;
  last.tags.forEach((t) => moves.set(t!, null));
  drop(items[3]!, 1);
  items[2]!.measures = items[2]!.measures.map((m, j) =>
    j === 0 ? { ...m, text: `${m.text}（修订：增加季度调度）` } : m,
  );
  items[7]!.deadline = {
    text: '2023年6月30日。',
    kind: 'date',
    date: '2023-06-30',
    reportedDone: false,
  };
  items[0]!.measures = [
    ...items[0]!.measures,
    { id: '6', group: null, text: '6．建立整改台账动态更新机制，每月调度一次。', milestones: [] },
  ];
  items[0]!.tags = [...items[0]!.tags, null];
  const inserted: Tagged = {
    ...items[1]!,
    problem: '新增问题：部分乡镇生活垃圾转运不及时。',
    goal: '2026年底前实现垃圾日产日清。',
    measures: [
      { id: '1', group: null, text: '1．完善转运设施。', milestones: [] },
      { id: '2', group: null, text: '2．建立考核机制。', milestones: [] },
    ],
    tags: [null, null],
  };
  items.splice(1, 0, inserted);
  const added: string[] = [];
  const renumbered = items.map((i, n) => {
    const plain = i.measures.every((m) => /^\d+$/.test(m.id));
    const measures = i.measures.map((m, j) => ({ ...m, id: plain ? String(j + 1) : m.id }));
    measures.forEach((m, j) => {
      const tag = i.tags[j];
      if (tag === null || tag === undefined) added.push(key(n + 1, m.id));
      else moves.set(tag, key(n + 1, m.id));
    });
    return { ...withoutTags(i), no: n + 1, measures };
  });
  return { list: { ...list, items: renumbered }, moves, added };
}
