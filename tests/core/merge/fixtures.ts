import {
  ITEM_COLUMNS,
  LEDGER_COLUMNS,
  MILESTONE_COLUMNS,
  SHEETS,
  STATUSES,
} from '../../../src/core/ledger/model';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../../src/core/plan/types';
import { richFromPlan, type RichCell, type RichSheet } from '../../../src/core/merge/rich-cell';

/**
 * A small stand-in for the list → plan step, so the merge can be tested on its own: the same
 * sheets, headers and table/mark layout as the real plan, built from a toy list.
 */
export interface ToyMeasure {
  readonly id: string;
  readonly text: string;
  readonly milestones: readonly { readonly date: string; readonly content: string }[];
}
export interface ToyItem {
  readonly no: number;
  readonly problem: string;
  readonly units: string;
  readonly leaders: string;
  readonly deadlineText: string;
  readonly deadline: string | null;
  readonly measures: readonly ToyMeasure[];
}

const t = (s: string): PlanCell => ({ text: s });
const d = (s: string | null): PlanCell => (s === null ? null : { date: s });

function tableSheet(name: string, header: readonly string[], body: PlanCell[][]): SheetPlan {
  const last = String.fromCharCode(64 + header.length);
  const lastRow = Math.max(body.length, 1) + 1;
  return {
    name,
    rows: [header.map(t), ...body],
    columns: header.map(() => ({ width: 12 })),
    styles: [{ range: `A1:${last}1`, style: { bold: true } }],
    merges: [],
    table: { name: `T${name.length}`, range: `A1:${last}${lastRow}`, style: 'TableStyleMedium2' },
    validations: [
      {
        range: `A2:A${lastRow}`,
        rule: { kind: 'date', min: '1990-01-01', max: '2099-12-31' },
        allowBlank: true,
        prompt: { title: 'x', message: 'x' },
        error: { title: 'x', message: 'x' },
      },
    ],
    conditionalFormats: [
      {
        range: `A2:${last}${lastRow}`,
        formula: '$A2=1',
        style: { fill: '#FF0000' },
        priority: 1,
        stopIfTrue: true,
      },
    ],
    freeze: { rows: 1, columns: 0 },
  };
}

export function toyPlan(items: readonly ToyItem[]): WorkbookPlan {
  const ledger: PlanCell[][] = items.flatMap((i) =>
    i.measures.map((m) => [
      { number: i.no },
      t(m.id),
      t(m.text),
      t(i.units),
      t(i.leaders),
      t(i.deadlineText),
      d(i.deadline),
      t('推进中'),
      null,
      null,
      null,
      null,
      null,
    ]),
  );
  const milestones: PlanCell[][] = items.flatMap((i) =>
    i.measures.flatMap((m) =>
      m.milestones.map((ms) => [
        { number: i.no },
        t(m.id),
        d(ms.date),
        t(ms.content),
        t('推进中'),
        null,
      ]),
    ),
  );
  const itemRows: PlanCell[][] = items.map((i) => [
    { number: i.no },
    t(i.problem),
    t('目标'),
    t(i.units),
    null,
    t(i.leaders),
    t(i.deadlineText),
    d(i.deadline),
    { number: i.measures.length },
  ]);
  const leaders = [...new Set(items.flatMap((i) => i.leaders.split('、')))];
  const units = [...new Set(items.flatMap((i) => i.units.split('、')))];
  const height = Math.max(STATUSES.length, leaders.length, units.length);
  const lists: PlanCell[][] = [];
  for (let r = 0; r < height; r += 1) {
    lists.push([STATUSES[r], leaders[r], units[r]].map((v) => (v === undefined ? null : t(v))));
  }
  return {
    sheets: [
      { ...tableSheet(SHEETS.readme, ['说明'], []), table: undefined } as SheetPlan,
      tableSheet(SHEETS.items, ITEM_COLUMNS, itemRows),
      tableSheet(SHEETS.ledger, LEDGER_COLUMNS, ledger),
      tableSheet(SHEETS.milestones, MILESTONE_COLUMNS, milestones),
      tableSheet(SHEETS.lists, ['状态', '督办县领导', '单位'], lists),
    ],
  };
}

/** A plan's sheets as a shell would read them back right after writing. */
export function asWritten(plan: WorkbookPlan): (sheet: string) => RichSheet | null {
  return (name) => {
    const sheet = plan.sheets.find((s) => s.name === name);
    if (sheet === undefined) return null;
    return { name, rows: sheet.rows.map((r) => r.map(richFromPlan)) };
  };
}

/** Mutable copies of a sheet's rows, for a test to fill in like a user would. */
export function editable(sheet: RichSheet | null): RichCell[][] {
  return (sheet?.rows ?? []).map((r) => [...r]);
}

export function item(no: number, measures: number, deadline = '2025-06-30'): ToyItem {
  return {
    no,
    problem: `问题${no}`,
    units: `单位${no}、县发改局`,
    leaders: `领导${no}`,
    deadlineText: `${deadline.slice(0, 4)}年${Number(deadline.slice(5, 7))}月底前`,
    deadline,
    measures: Array.from({ length: measures }, (_, k) => ({
      id: String(k + 1),
      text: `措施${no}.${k + 1}：2025年6月30日前完成`,
      milestones: [{ date: '2025-06-30', content: `措施${no}.${k + 1}：2025年6月30日前完成` }],
    })),
  };
}
