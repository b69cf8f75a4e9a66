import type { IsoDate } from '../dates';
import type { LeaderCounts } from '../summary/types';
import type { UnitCounts } from '../summary/unit-summary';
import type { ReportChanges } from './changes';
import type { ReportModel, ReportMeasure } from './model';

/**
 * The report laid out as a sequence of blocks, the same for the .docx and the 进展报告 sheet:
 * what each heading says, which tables, which columns, in which order. Renderers only draw them.
 */
export type ReportBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'subtitle'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | ReportTable;

export interface ReportTable {
  readonly kind: 'table';
  readonly headers: readonly string[];
  /** Relative column widths (they add up to 100). */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Index of a last row to set apart (合计), or null. */
  readonly totalRow: number | null;
}

export type ReportCell = string | number;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Longest 整改措施 text a list shows: the first sentence, cut here with an ellipsis. */
const MEASURE_TEXT_MAX = 60;

export function chineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The first sentence of a measure, at most MEASURE_TEXT_MAX characters (… when cut). */
export function shortMeasureText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[。；;]/);
  const sentence = end < 0 ? flat : flat.slice(0, end + 1);
  return sentence.length <= MEASURE_TEXT_MAX ? sentence : `${sentence.slice(0, MEASURE_TEXT_MAX)}…`;
}

export function reportBlocks(model: ReportModel): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'title', text: model.title },
    { kind: 'subtitle', text: `（截至${chineseDate(model.asOf)}）` },
  ];
  let section = 0;
  const heading = (text: string) =>
    blocks.push({ kind: 'heading', text: `${NUMERALS[section++] ?? section}、${text}` });

  heading('总体情况');
  blocks.push({ kind: 'paragraph', text: overallText(model) });
  blocks.push(countsTable(model));

  heading('分督办县领导推进情况');
  blocks.push(leaderTable(model.statusHeaders, model.leaders, model.leaderTotal));

  heading('分责任单位推进情况');
  blocks.push(unitTable(model.statusHeaders, model.units, model.unitTotal));

  heading('逾期未完成事项');
  if (model.overdue.length === 0) {
    blocks.push({ kind: 'paragraph', text: `截至${chineseDate(model.asOf)}，无逾期未完成事项。` });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: `截至${chineseDate(model.asOf)}，逾期未完成事项 ${model.overdue.length} 条，按逾期天数从多到少列出：`,
    });
    blocks.push({
      kind: 'table',
      headers: ['序号', '措施', '整改措施', '责任单位', '截止日期', '逾期天数', '最新进展'],
      widths: [5, 10, 22, 13, 17, 9, 24],
      rows: model.overdue.map((m, i) => [
        i + 1,
        m.label,
        shortMeasureText(m.measureText),
        m.units,
        m.deadline ?? '',
        m.daysOverdue,
        latestProgress(m),
      ]),
      totalRow: null,
    });
  }

  if (model.changes !== null) {
    heading('与上期相比');
    blocks.push(...changeBlocks(model.changes));
  }

  blocks.push({ kind: 'heading', text: '说明' });
  for (const note of model.notes) blocks.push({ kind: 'note', text: note });
  return blocks;
}

function overallText(model: ReportModel): string {
  const { counts, statusHeaders } = model;
  const parts = statusHeaders.map((h, i) => `${h} ${counts.statuses[i] ?? 0} 条`);
  return (
    `截至${chineseDate(model.asOf)}，台账共有问题 ${counts.items} 个、整改措施 ${counts.measures} 条。` +
    `其中${parts.join('，')}；逾期未完成 ${counts.overdue} 条，${model.dueSoonDays} 天内到期 ${counts.dueSoon} 条。`
  );
}

function countsTable(model: ReportModel): ReportTable {
  const { counts } = model;
  const headers = ['问题数', '措施数', ...model.statusHeaders, '逾期', '临期'];
  return {
    kind: 'table',
    headers,
    widths: headers.map(() => 100 / headers.length),
    rows: [[counts.items, counts.measures, ...counts.statuses, counts.overdue, counts.dueSoon]],
    totalRow: null,
  };
}

function leaderRow(c: LeaderCounts): ReportCell[] {
  return [
    c.leader,
    c.items,
    c.measures,
    c.done,
    c.inProgress,
    c.ongoing,
    c.notStarted,
    c.overdue,
    c.dueSoon,
  ];
}

/** Leaders have the first four status columns (done, in progress, ongoing, not started). */
function leaderTable(
  statusHeaders: readonly string[],
  leaders: readonly LeaderCounts[],
  total: LeaderCounts,
): ReportTable {
  return {
    kind: 'table',
    headers: ['督办县领导', '问题数', '措施数', ...statusHeaders.slice(0, 4), '逾期', '临期'],
    widths: [20, 10, 10, 10, 10, 10, 10, 10, 10],
    rows: [...leaders.map(leaderRow), leaderRow(total)],
    totalRow: leaders.length,
  };
}

function unitRow(c: UnitCounts): ReportCell[] {
  return [c.unit, c.items, c.measures, ...c.statuses, c.overdue, c.dueSoon, c.latestUpdate ?? ''];
}

function unitTable(
  statusHeaders: readonly string[],
  units: readonly UnitCounts[],
  total: UnitCounts,
): ReportTable {
  const headers = ['责任单位', '问题数', '措施数', ...statusHeaders, '逾期', '临期', '最近更新'];
  return {
    kind: 'table',
    headers,
    widths: [17, 7, 7, ...statusHeaders.map(() => 8), 6, 6, 17],
    rows: [...units.map(unitRow), unitRow(total)],
    totalRow: units.length,
  };
}

function latestProgress(m: ReportMeasure): string {
  const progress = m.progress.trim();
  if (progress === '') return '未填写进展';
  return m.updated === null ? progress : `${progress}（${m.updated}）`;
}

function changeBlocks(changes: ReportChanges): ReportBlock[] {
  const lists: [string, readonly ReportMeasure[]][] = [
    ['新完成', changes.newlyDone],
    ['新增逾期', changes.newlyOverdue],
    ['进展有更新', changes.progressUpdated],
    ['未更新（未完成且本期无任何填报）', changes.notUpdated],
  ];
  if (changes.added.length > 0) lists.push(['新增措施', changes.added]);
  if (changes.removed.length > 0) lists.push(['上期有、本期台账已无', changes.removed]);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `与上期台账（按 ${chineseDate(changes.since)} 计）相比：` +
        lists.map(([label, rows]) => `${label} ${rows.length} 条`).join('，') +
        '。',
    },
  ];
  lists.forEach(([label, rows], i) => {
    blocks.push({
      kind: 'paragraph',
      text: `（${NUMERALS[i] ?? i + 1}）${label}：${rows.length} 条`,
    });
    if (rows.length === 0) return;
    blocks.push({
      kind: 'table',
      headers: ['措施', '整改措施', '责任单位', '状态', '截止日期', '最新进展'],
      widths: [10, 25, 13, 9, 17, 26],
      rows: rows.map((m) => [
        m.label,
        shortMeasureText(m.measureText),
        m.units,
        m.status,
        m.deadline ?? '',
        latestProgress(m),
      ]),
      totalRow: null,
    });
  });
  return blocks;
}
