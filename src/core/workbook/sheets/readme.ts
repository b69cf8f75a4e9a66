import { daysBetween, type IsoDate } from '../../dates';
import { SHEETS } from '../../ledger/model';
import { DEFAULT_SETTINGS, SETTING_KEYS, SETTING_SPECS, type Settings } from '../../settings';
import { BUILT_IN_STATUSES, isDoneStatus, STATUS_CATEGORY_HEADER } from '../../status';
import type { RectificationList } from '../../list/schema';
import type { PlanCell, PlanDiagnostic, RangeStyle, SheetPlan } from '../../plan/types';
import { FONT_NAME, printPlan } from '../print';
import { fitBlock, text } from '../cells';
import { MARK_COLOURS, TAB_COLOURS } from '../palette';
import { rowHeightFor } from '../row-height';
import type { InitialLedgerRow } from '../rows';

export interface ReadmeFacts {
  readonly today: IsoDate;
  readonly sourceName: string;
  /** Shown as given, e.g. `2026-11-29 13:05`. */
  readonly generatedAt: string;
  /** The reminder windows written into the settings cells (defaults when not given). */
  readonly settings?: Settings;
}

/** Labels in column A whose text in column B states a setting: rewritten when one changes. */
const LEGEND_DUE_SOON = '临期';
const COLOURS_INSTRUCTION = '2.';

/**
 * A formula of ours that states the 临期 window as 说明 holds it now: the number typed into the
 * settings cell, so the legend follows it live (fixed text only, never document text).
 */
function dueSoonText(before: string, after: string, shownDays: number): PlanCell {
  const days = `$${SETTING_SPECS.dueSoonDays.cell.replace(/(\d+)/, '$$$1')}`;
  const quoted = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const { min, max, label } = SETTING_SPECS.dueSoonDays;
  return {
    formula:
      `IF(ISNUMBER(${days}),${quoted(before)}&${days}&${quoted(after)},` +
      `${quoted(`请在上方“${label}”填写 ${min} 至 ${max} 的天数`)})`,
    cached: `${before}${shownDays}${after}`,
  };
}

/** The cell beside a label of 说明 that depends on the settings, or undefined for other labels. */
function settingsCell(label: string, settings: Settings): PlanCell | undefined {
  if (label === SETTING_SPECS.dueSoonDays.label) return { number: settings.dueSoonDays };
  if (label === SETTING_SPECS.staleDays.label) return { number: settings.staleDays };
  if (label === LEGEND_DUE_SOON) {
    return dueSoonText(
      '',
      ` 天内到期，尚未完成（天数即上方的“${SETTING_SPECS.dueSoonDays.label}”）`,
      settings.dueSoonDays,
    );
  }
  if (label === COLOURS_INSTRUCTION) {
    return dueSoonText(
      '截止日期已过而未完成的行整行显示为红色；',
      ` 天内到期显示为黄色；${DONE_MEANING}显示为绿色。颜色随当天日期自动更新。`,
      settings.dueSoonDays,
    );
  }
  return undefined;
}

/** Which statuses colour a row green (the 台账's conditional formats, src/core/workbook/marks.ts). */
const DONE_MEANING = `状态为已完成、已销号或名录中“${STATUS_CATEGORY_HEADER}”为已完成的状态`;

/**
 * 说明 with the settings cells, the legend and the instructions stating `settings`: what a merge
 * uses to keep the numbers a user typed (the rest of 说明 comes from the new list).
 */
export function readmeWithSettings(readme: SheetPlan, settings: Settings): SheetPlan {
  return {
    ...readme,
    rows: readme.rows.map((row) => {
      const label = row[0];
      if (label === null || label === undefined || !('text' in label)) return row;
      const cell = settingsCell(label.text, settings);
      return cell === undefined ? row : [label, cell, ...row.slice(2)];
    }),
  };
}

const INSTRUCTIONS = [
  '在“台账”表逐条填写状态（下拉选择）、完成日期、整改进展、佐证材料、更新日期和备注。',
  '', // COLOURS_INSTRUCTION: written by settingsCell
  '逾期事项须在“整改进展”中说明原因和下一步措施，否则报送前校验会报错。',
  '“时间节点”表列出措施中写明的阶段性日期，同样按日期着色。',
  `在“名录”表的状态、督办县领导、单位列末尾添加名称，下拉列表随之扩展；新增状态须在“${STATUS_CATEGORY_HEADER}”列注明按哪类统计（已完成、推进中、持续推进或未启动）。`,
  '请勿修改各表的表头；本表及清单、台账、时间节点、名录由整改台账助手生成，重新导入清单时会更新，您填写的内容会保留。',
  '上方“提醒设置”的天数可直接修改：台账的黄色提醒、校验和领导汇总都按此处的天数。',
  '打印：各表已设为 A4、每页重复表头、按页宽缩放，页眉为清单标题和表名，页脚为页码。',
];

/** Counts as of the generation day; the sheets' colours stay live, these numbers do not. */
function countsAsOf(rows: readonly InitialLedgerRow[], today: IsoDate, dueSoonDays: number) {
  let overdue = 0;
  let dueSoon = 0;
  let done = 0;
  for (const r of rows) {
    if (isDoneStatus(r.status)) done++;
    else if (r.deadline !== null) {
      const days = daysBetween(today, r.deadline);
      if (days < 0) overdue++;
      else if (days <= dueSoonDays) dueSoon++;
    }
  }
  return { overdue, dueSoon, done };
}

/** Labels of 说明's facts block (column A): also how an unmarked 说明 is recognised as ours. */
export const README_FACT_LABELS = { source: '来源文件', generatedAt: '生成时间' } as const;

/** 说明: what this workbook is, where it came from, what the colours and statuses mean. */
export function readmeSheet(
  list: RectificationList,
  ledger: readonly InitialLedgerRow[],
  milestones: number,
  facts: ReadmeFacts,
  diagnostics: PlanDiagnostic[],
): SheetPlan {
  const rows: PlanCell[][] = [];
  const styles: RangeStyle[] = [];
  const add = (...cells: PlanCell[]) => rows.push(cells);
  const heading = (label: string) => {
    add(text(label));
    styles.push({ range: `A${rows.length}:B${rows.length}`, style: { bold: true, fontSize: 12 } });
  };
  const settings = facts.settings ?? DEFAULT_SETTINGS;
  const counts = countsAsOf(ledger, facts.today, settings.dueSoonDays);

  add(text(list.title.trim() || '整改清单'));
  styles.push({ range: 'A1', style: { bold: true, fontSize: 16, wrap: true } });
  add(text('整改台账（由整改台账助手根据整改清单生成）'));
  add(null);
  // Rows 4–6, fixed: the conditional formats of 台账 refer to these cells (SETTING_SPECS.cell).
  heading('提醒设置（可直接修改天数，台账颜色随之更新）');
  for (const key of SETTING_KEYS) {
    add(text(SETTING_SPECS[key].label), null);
    styles.push({
      range: SETTING_SPECS[key].cell,
      style: { bold: true, horizontal: 'left', fill: '#FFF2CC', border: true },
    });
  }
  add(null);
  heading('基本信息');
  add(text(README_FACT_LABELS.source), text(facts.sourceName));
  add(text(README_FACT_LABELS.generatedAt), text(facts.generatedAt));
  add(text('统计日期'), text(facts.today));
  add(text('问题数'), text(`${list.items.length} 个`));
  add(text('措施数'), text(`${ledger.length} 条（台账）`));
  add(text('时间节点'), text(`${milestones} 个（时间节点）`));
  add(
    text(`截至 ${facts.today}`),
    text(
      `已完成 ${counts.done} 条，逾期 ${counts.overdue} 条，${settings.dueSoonDays} 天内到期 ${counts.dueSoon} 条（生成时统计；表中颜色每天自动更新）`,
    ),
  );
  add(null);
  heading('颜色图例');
  const legend: [string, string, { fill: string; fontColor: string }][] = [
    ['逾期', '截止日期已过，尚未完成', MARK_COLOURS.overdue],
    [LEGEND_DUE_SOON, '', MARK_COLOURS.dueSoon],
    ['已完成', DONE_MEANING, MARK_COLOURS.done],
  ];
  for (const [label, meaning, colour] of legend) {
    add(text(label), text(meaning));
    styles.push({
      range: `A${rows.length}:B${rows.length}`,
      style: { fill: colour.fill, fontColor: colour.fontColor },
    });
  }
  add(null);
  heading('状态说明');
  for (const { status, meaning } of BUILT_IN_STATUSES) add(text(status), text(meaning));
  add(null);
  heading('使用说明');
  INSTRUCTIONS.forEach((line, i) => add(text(`${i + 1}.`), text(line)));

  const warnings = list.diagnostics;
  if (warnings.length > 0) {
    add(null);
    heading('解析提示');
    for (const d of warnings) {
      add(text(d.line > 0 ? `第 ${d.line} 行` : '全文'), text(`${d.message}（${d.code}）`));
    }
  }

  const columns = [
    { width: 16, style: { vertical: 'top', fontName: FONT_NAME } },
    { width: 100, style: { wrap: true, vertical: 'top', fontName: FONT_NAME } },
  ] as const;
  const fitted = readmeWithSettings(
    { ...EMPTY_README, rows: fitBlock(SHEETS.readme, rows, diagnostics) },
    settings,
  ).rows;
  // The title is merged across both columns and set large: give it room for two lines.
  const title = fitted[0]?.[0];
  const titleLines =
    title && 'text' in title ? Math.ceil((title.text.length * 2 * 16) / 11 / 114) : 1;
  return {
    name: SHEETS.readme,
    rows: fitted,
    columns,
    rowHeights: fitted.map((row, r) =>
      r === 0 ? Math.max(1, titleLines) * 22 + 4 : rowHeightFor(row, columns),
    ),
    styles: styles.map((s) => ({ ...s, style: { ...s.style, fontName: FONT_NAME } })),
    merges: ['A1:B1', 'A2:B2'],
    validations: [],
    conditionalFormats: [],
    print: printPlan('portrait', {
      title: list.title.trim() || '整改清单',
      sheet: SHEETS.readme,
      asOf: facts.today,
    }),
    tabColor: TAB_COLOURS.readme,
  };
}

const EMPTY_README: SheetPlan = {
  name: SHEETS.readme,
  rows: [],
  columns: [],
  styles: [],
  merges: [],
  validations: [],
  conditionalFormats: [],
};
