/**
 * Deterministic synthetic ledgers of any size, grown from the seed list's own items: the shape a
 * prefecture or province meets when it collects county ledgers, with a year of users' edits on top
 * (statuses, done dates, long progress notes) and the mistakes people make (bad dates, unknown
 * leaders, empty required cells, statuses typed by hand).
 *
 * The ledger workbook is the real plan (`buildLedgerWorkbookPlan` of the grown list), so the
 * 清单/时间节点/名录 references the validator uses are the product's own. The same plan gives the core
 * its `WorkbookSnapshot` and the file benchmarks their .xlsx (see synthetic-file.ts).
 */
import { addDays, isoFromParts, lastDayOfMonth, type IsoDate } from '../src/core/dates';
import type { Grid, GridCell, WorkbookSnapshot } from '../src/core/grid';
import { LEDGER_COLUMNS, SHEETS, STATUSES, type LedgerColumn } from '../src/core/ledger/model';
import type { ListItem, RectificationList } from '../src/core/list/schema';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../src/core/plan/types';
import { parseRange } from '../src/core/plan/a1';
import { buildLedgerWorkbookPlan } from '../src/core/workbook/plan';
import { seededRandom, type Random } from './random';

/** "Today" of every benchmark, as in the issues' acceptance runs. */
export const BENCH_TODAY: IsoDate = '2026-11-29';
export const BENCH_SEED = 20261129;

export const PLAN_OPTIONS = {
  today: BENCH_TODAY,
  sourceName: 'synthetic.txt',
  generatedAt: '2026-11-29 09:00',
} as const;

/**
 * The seed's items repeated (renumbered 1, 2, 3 …) until there are exactly `rows` measures. Each
 * repeat moves deadlines and milestones 0–5 years later, so deadlines fall both before and after
 * today, as in a ledger collected over several years.
 */
export function syntheticList(seed: RectificationList, rows: number): RectificationList {
  if (seed.items.length === 0) throw new Error('the seed list has no items');
  const items: ListItem[] = [];
  let measures = 0;
  for (let copy = 0; measures < rows; copy++) {
    for (const item of seed.items) {
      if (measures >= rows) break;
      const take = Math.min(item.measures.length, rows - measures);
      if (take === 0) continue;
      items.push(shiftedItem(item, items.length + 1, copy % 6, take));
      measures += take;
    }
  }
  return { title: `${seed.title}（合成 ${rows} 行）`, items, diagnostics: [] };
}

function shiftedItem(item: ListItem, no: number, years: number, measures: number): ListItem {
  const shift = (d: IsoDate) => shiftYears(d, years);
  return {
    ...item,
    no,
    measures: item.measures.slice(0, measures).map((m) => ({
      ...m,
      milestones: m.milestones.map((ms) => ({ ...ms, date: shift(ms.date) })),
    })),
    deadline: {
      ...item.deadline,
      text: item.deadline.text.replace(/(\d{4})(\s*年)/g, (_, y: string, rest: string) => {
        return `${Number(y) + years}${rest}`;
      }),
      date: item.deadline.date === null ? null : shift(item.deadline.date),
    },
  };
}

function shiftYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = Number(lastDayOfMonth(y + years, m).slice(8));
  return isoFromParts(y + years, m, Math.min(d, last));
}

/** What the generator put into the 台账, so a reader can see the mix the numbers were taken on. */
export interface SyntheticMix {
  readonly rows: number;
  readonly statuses: Record<string, number>;
  readonly withProgress: number;
  readonly longNotes: number;
  readonly badDates: number;
  readonly textDates: number;
  readonly unknownLeaders: number;
  readonly unknownUnits: number;
  readonly emptyRequired: number;
  readonly duplicateKeys: number;
  readonly futureDates: number;
}

export interface SyntheticLedger {
  readonly rows: number;
  readonly list: RectificationList;
  readonly plan: WorkbookPlan;
  readonly snapshot: WorkbookSnapshot;
  readonly mix: SyntheticMix;
}

/** The ledger workbook of `rows` measures, with users' edits and mistakes; same input, same output. */
export function syntheticLedger(seed: RectificationList, rows: number): SyntheticLedger {
  const list = syntheticList(seed, rows);
  const fresh = buildLedgerWorkbookPlan(list, PLAN_OPTIONS);
  const { sheet, mix } = editLedger(ledgerSheetOf(fresh), seededRandom(BENCH_SEED + rows));
  const plan: WorkbookPlan = {
    ...fresh,
    sheets: fresh.sheets.map((s) => (s.name === SHEETS.ledger ? sheet : s)),
  };
  return { rows, list, plan, snapshot: snapshotOfPlan(plan), mix };
}

function ledgerSheetOf(plan: WorkbookPlan): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === SHEETS.ledger);
  if (sheet === undefined) throw new Error('the workbook plan has no 台账 sheet');
  return sheet;
}

const COL = Object.fromEntries(LEDGER_COLUMNS.map((c, i) => [c, i])) as Record<
  LedgerColumn,
  number
>;

const BAD_STATUSES = ['完成了', '进行中', '暂缓'];
const BAD_DATES = ['2022年2月30日', '明年', '2022-13-01', '年底前'];
const EVIDENCE = ['会议纪要', '现场照片', '验收报告', '整改方案、会议纪要', '销号申请表及附件'];
const NOTES = [
  '已召开专题会议研究部署，明确责任分工和完成时限。',
  '组织相关单位开展现场核查，建立问题清单，逐项跟踪督办。',
  '已完成整改方案编制并报县政府审定，正在按方案推进。',
  '本月对辖区内重点企业开展执法检查，发现问题已责令限期整改。',
  '工程已进入施工阶段，完成投资约六成，预计按期完工。',
  '已与上级主管部门对接，争取专项资金支持，资金已部分到位。',
  '开展“回头看”，对已整改事项进行复核，未发现问题反弹。',
  '因汛期影响施工进度有所滞后，已调整施工计划，加派人员抢工期。',
  '建立长效管理机制，出台管理办法，落实日常巡查制度。',
  '完成第三方检测，各项指标达到标准要求，正在准备销号材料。',
];

/** One progress note: a few sentences, or (sometimes) a year of dated monthly updates. */
function progressNote(rng: Random, long: boolean): string {
  const sentences = long ? rng.int(24, 40) : rng.int(1, 6);
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const sentence = rng.pick(NOTES);
    parts.push(long ? `${2025 + Math.floor(i / 12)}年${(i % 12) + 1}月：${sentence}` : sentence);
  }
  return parts.join(long ? '\n' : '');
}

const text = (value: string): PlanCell => ({ text: value });
const date = (value: IsoDate): PlanCell => ({ date: value });
const textDate = (value: IsoDate): string => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return `${y}/${m}/${d}`;
};

function editLedger(sheet: SheetPlan, rng: Random): { sheet: SheetPlan; mix: SyntheticMix } {
  const statuses: Record<string, number> = {};
  let withProgress = 0;
  let longNotes = 0;
  let badDates = 0;
  let textDates = 0;
  let unknownLeaders = 0;
  let unknownUnits = 0;
  let emptyRequired = 0;
  let duplicateKeys = 0;
  let futureDates = 0;
  // The table's first row is the header; the rows above it (title, 填报 line) stay as they are.
  const top = sheet.table === undefined ? 0 : parseRange(sheet.table.range).top;
  const head = sheet.rows.slice(0, top + 1);
  const body = sheet.rows.slice(top + 1);
  if (head.length === 0) throw new Error('the 台账 plan has no header row');
  const edited = body.map((original, i) => {
    const row = [...original];
    const deadlineCell = row[COL.截止日期];
    const deadline = deadlineCell && 'date' in deadlineCell ? deadlineCell.date : null;
    const listed = row[COL.状态];
    const listedDone = listed !== null && listed !== undefined && 'text' in listed && listed.text;

    // Status: what staff set over a year of reporting; a few typed by hand outside the list.
    const kind = rng.weighted({ done: 34, active: 36, ongoing: 14, idle: 14, bad: 2 });
    let status: string;
    if (listedDone === '已完成' && rng.chance(0.9)) status = '已完成';
    else if (kind === 'done') status = rng.chance(0.85) ? '已完成' : '已销号';
    else if (kind === 'active') status = '推进中';
    else if (kind === 'ongoing') status = '持续推进';
    else if (kind === 'idle') status = '未启动';
    else status = rng.pick(BAD_STATUSES);
    statuses[status] = (statuses[status] ?? 0) + 1;
    row[COL.状态] = text(status);
    const done = status === '已完成' || status === '已销号';

    // 完成日期: done rows have one (a few forgot it); a few open rows have one too early.
    if (done) {
      if (rng.chance(0.94)) {
        const future = rng.chance(0.01);
        if (future) futureDates++;
        row[COL.完成日期] = date(addDays(BENCH_TODAY, future ? rng.int(1, 60) : -rng.int(1, 1500)));
      } else row[COL.完成日期] = null;
    } else {
      row[COL.完成日期] = rng.chance(0.03) ? date(addDays(BENCH_TODAY, -rng.int(1, 300))) : null;
    }

    // 整改进展: most rows explained, some at great length (monthly updates appended for years).
    if (rng.chance(done ? 0.9 : 0.7)) {
      const long = rng.chance(0.05);
      if (long) longNotes++;
      withProgress++;
      row[COL.整改进展] = text(progressNote(rng, long));
    } else row[COL.整改进展] = null;
    row[COL.佐证材料] = rng.chance(0.4) ? text(rng.pick(EVIDENCE)) : null;
    if (rng.chance(0.75)) {
      const future = rng.chance(0.02);
      if (future) futureDates++;
      row[COL.更新日期] = date(addDays(BENCH_TODAY, future ? rng.int(1, 30) : -rng.int(0, 120)));
    } else row[COL.更新日期] = null;
    row[COL.备注] = rng.chance(0.1) ? text('需协调上级部门') : null;

    // Mistakes, each rare: what a validator exists to find.
    if (rng.chance(0.008)) {
      badDates++;
      row[COL.截止日期] = text(rng.pick(BAD_DATES));
    } else if (deadline !== null && rng.chance(0.03)) {
      textDates++;
      row[COL.截止日期] = text(textDate(deadline));
    }
    if (rng.chance(0.005)) {
      unknownLeaders++;
      row[COL.督办县领导] = text(`${cellString(row[COL.督办县领导])}、张三`);
    }
    if (rng.chance(0.005)) {
      unknownUnits++;
      row[COL.责任单位] = text(`${cellString(row[COL.责任单位])}、县某某中心`);
    }
    if (rng.chance(0.003)) {
      emptyRequired++;
      row[rng.chance(0.5) ? COL.整改措施 : COL.责任单位] = null;
    }
    if (i > 0 && rng.chance(0.001)) {
      const previous = body[i - 1];
      if (previous !== undefined && cellString(previous[COL.问题序号]) === cellString(row[0])) {
        duplicateKeys++;
        row[COL.措施序号] = previous[COL.措施序号] ?? null;
      }
    }
    return row;
  });
  return {
    sheet: { ...sheet, rows: [...head, ...edited] },
    mix: {
      rows: body.length,
      statuses,
      withProgress,
      longNotes,
      badDates,
      textDates,
      unknownLeaders,
      unknownUnits,
      emptyRequired,
      duplicateKeys,
      futureDates,
    },
  };
}

function cellString(cell: PlanCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if ('text' in cell) return cell.text;
  if ('number' in cell) return String(cell.number);
  return '';
}

/**
 * The plan as a shell reads it back: text as strings, dates as date cells, links as their text,
 * formulas as empty (a file written by ExcelJS has no cached results until Excel recalculates).
 */
export function snapshotOfPlan(plan: WorkbookPlan): WorkbookSnapshot {
  const grids = new Map<string, Grid>(
    plan.sheets.map((s) => [s.name, { sheet: s.name, rows: s.rows.map((r) => r.map(gridCell)) }]),
  );
  return {
    sheetNames: plan.sheets.map((s) => s.name),
    grid: (name) => grids.get(name) ?? null,
  };
}

function gridCell(cell: PlanCell): GridCell {
  if (cell === null) return null;
  if ('text' in cell) return cell.text;
  if ('number' in cell) return cell.number;
  if ('date' in cell) return { date: cell.date };
  if ('bool' in cell) return cell.bool;
  if ('link' in cell) return cell.link.text;
  return null;
}

/** Statuses the generator may write, for tests of the mix. */
export const SYNTHETIC_STATUSES: readonly string[] = [...STATUSES, ...BAD_STATUSES];
