import { describe, expect, it } from 'vitest';
import {
  ITEM_COLUMNS,
  LEDGER_COLUMNS,
  MILESTONE_COLUMNS,
  SHEETS,
  STATUSES,
  TABLES,
} from '../../../src/core/ledger/model';
import type { PlanCell, SheetPlan } from '../../../src/core/plan/types';
import { buildLedgerWorkbookPlan, ledgerMarks } from '../../../src/core/workbook/plan';
import { MARK_COLOURS } from '../../../src/core/workbook/palette';
import { fixtureList } from './fixture';

const options = { today: '2026-11-29', sourceName: 'list.txt', generatedAt: '2026-11-29 08:00' };
const plan = buildLedgerWorkbookPlan(fixtureList, options);
const sheet = (name: string) => plan.sheets.find((s) => s.name === name) as SheetPlan;
const shown = (cell: PlanCell | undefined): unknown => {
  if (cell === null || cell === undefined) return null;
  if ('text' in cell) return cell.text;
  if ('number' in cell) return cell.number;
  if ('date' in cell) return { date: cell.date };
  return cell;
};
/** Zero-based header row of a table sheet: the top of its table. */
const headerOf = (name: string) => Number(/\d+/.exec(sheet(name).table?.range ?? '1')?.[0]) - 1;
const body = (name: string) =>
  sheet(name)
    .rows.slice(headerOf(name) + 1)
    .map((r) => r.map(shown));

describe('buildLedgerWorkbookPlan', () => {
  it('lays out the five sheets in order with their tables and headers', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      SHEETS.readme,
      SHEETS.items,
      SHEETS.ledger,
      SHEETS.milestones,
      SHEETS.lists,
    ]);
    expect(sheet(SHEETS.items).rows[0]?.map(shown)).toEqual([...ITEM_COLUMNS]);
    expect(sheet(SHEETS.ledger).rows[2]?.map(shown)).toEqual([...LEDGER_COLUMNS]);
    expect(sheet(SHEETS.milestones).rows[0]?.map(shown)).toEqual([...MILESTONE_COLUMNS]);
    expect(sheet(SHEETS.items).table).toMatchObject({ name: TABLES.items, range: 'A1:I5' });
    expect(sheet(SHEETS.ledger).table).toMatchObject({ name: TABLES.ledger, range: 'A3:M9' });
    expect(sheet(SHEETS.milestones).table).toMatchObject({
      name: TABLES.milestones,
      range: 'A1:F3',
    });
    expect(sheet(SHEETS.lists).table?.name).toBe(TABLES.lists);
    expect(sheet(SHEETS.readme).table).toBeUndefined();
  });

  it('gives the 台账 a title row and a 填报 line above its table, left blank to fill in', () => {
    const ledger = sheet(SHEETS.ledger);
    expect(ledger.rows[0]?.map(shown)).toEqual([
      `${fixtureList.title}整改台账`,
      ...Array<null>(12).fill(null),
    ]);
    // Labels only: who submits and when is for a person to write, never invented.
    expect(ledger.rows[1]?.map(shown)).toEqual([
      '填报单位：',
      null,
      null,
      null,
      null,
      null,
      null,
      '填报日期：',
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(ledger.merges).toEqual(['A1:M1', 'A2:B2', 'H2:I2']);
    // The 填报日期 cell takes a date; the ledger's own marks start below the header.
    expect(ledger.validations[0]).toMatchObject({ range: 'J2:J2', rule: { kind: 'date' } });
    expect(ledger.styles.find((s) => s.range === 'J2')?.style).toMatchObject({
      numberFormat: 'yyyy-mm-dd',
      border: true,
    });
    expect(ledger.rowHeights?.slice(0, 2)).toEqual([30, 24]);
    expect(ledger.textNumbers).toEqual(['B4:B9']);
  });

  it('writes one ledger row per measure in list order, with the initial status rules', () => {
    expect(body(SHEETS.ledger)).toEqual([
      [
        1,
        '1',
        '深入学习贯彻习近平生态文明思想。',
        '县委办、县政府办',
        '杨志慧、周建武',
        '立行立改，持续推进。',
        null,
        '持续推进',
        null,
        null,
        null,
        null,
        null,
      ],
      [
        1,
        '2',
        '=SUM(A1:A9) 压紧压实责任',
        '县委办、县政府办',
        '杨志慧、周建武',
        '立行立改，持续推进。',
        null,
        '持续推进',
        null,
        null,
        null,
        null,
        null,
      ],
      [
        2,
        '1',
        '+开展专项整治。',
        '县委办、县政府办',
        '黄宇',
        '2021年12月31日（已完成整改并上报销号）',
        { date: '2021-12-31' },
        '已完成',
        // The list gives no completion date: the deadline is not one, so nothing is invented.
        null,
        '清单载明：已完成整改并上报销号',
        null,
        null,
        null,
      ],
      [
        3,
        '1',
        '-推进污水管网建设。2022年3月31日前完成排查；2022年6月30日前完成改造。',
        '县住建局',
        '龙文斌',
        '2022年6月30日。',
        { date: '2022-06-30' },
        '推进中',
        null,
        null,
        null,
        null,
        null,
      ],
      [
        4,
        '一.1',
        '@落实节能审查。',
        '县发改局',
        '田明',
        '2099年12月31日。',
        { date: '2099-12-31' },
        '推进中',
        null,
        null,
        null,
        null,
        null,
      ],
      [
        4,
        '二.1',
        '淘汰落后产能。',
        '县科工信局',
        '田明',
        '2099年12月31日。',
        { date: '2099-12-31' },
        '推进中',
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
  });

  it('keeps document text as text cells, never formulas', () => {
    const cells = plan.sheets.flatMap((s) => s.rows.flat());
    // The only formulas are ours on 说明 (the legend follows the settings cell).
    const formulas = plan.sheets.flatMap((s) =>
      s.rows
        .flat()
        .flatMap((c) => (c !== null && 'formula' in c ? [`${s.name}:${c.formula}`] : [])),
    );
    expect(formulas).toHaveLength(2);
    for (const f of formulas) expect(f).toMatch(/^说明:IF\(ISNUMBER\(\$B\$5\),/);
    expect(cells.some((c) => c !== null && 'formula' in c && c.formula.includes('SUM'))).toBe(
      false,
    );
    expect(sheet(SHEETS.ledger).rows[4]?.[2]).toEqual({ text: '=SUM(A1:A9) 压紧压实责任' });
  });

  it('lists one milestone row per dated phrase, with the sentence that holds it', () => {
    expect(body(SHEETS.milestones)).toEqual([
      [3, '1', { date: '2022-03-31' }, '2022年3月31日前完成排查；', '推进中', null],
      [3, '1', { date: '2022-06-30' }, '2022年6月30日前完成改造。', '推进中', null],
    ]);
  });

  it('fills 清单 with one row per item and its measure count', () => {
    const items = body(SHEETS.items);
    expect(items.map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(items.map((r) => r[8])).toEqual([2, 1, 1, 2]);
    expect(items[0]?.[7]).toBeNull();
    expect(items[2]?.[7]).toEqual({ date: '2022-06-30' });
  });

  it('puts statuses first in 名录, then leaders and units in order of first appearance', () => {
    const lists = body(SHEETS.lists);
    expect(lists.map((r) => r[0]).filter((v) => v !== null)).toEqual([...STATUSES]);
    // Each status with the category it is counted in, in the column beside it.
    expect(lists.map((r) => r[1]).filter((v) => v !== null)).toEqual([
      '未启动',
      '推进中',
      '持续推进',
      '已完成',
      '已完成',
    ]);
    expect(lists.map((r) => r[2]).filter((v) => v !== null)).toEqual([
      '杨志慧',
      '周建武',
      '黄宇',
      '龙文斌',
      '田明',
    ]);
    expect(lists.map((r) => r[3]).filter((v) => v !== null)).toEqual([
      '县委办',
      '县政府办',
      '县发改局',
      '县住建局',
      '县科工信局',
    ]);
  });

  it('formats, freezes and prints the table sheets for submission', () => {
    for (const name of [SHEETS.items, SHEETS.ledger, SHEETS.milestones, SHEETS.lists]) {
      const s = sheet(name);
      // 台账's header is row 3 (title and 填报 line above): frozen below it, repeated on every page.
      const header = name === SHEETS.ledger ? 3 : 1;
      expect(s.freeze).toEqual({ rows: header, columns: 0 });
      expect(s.print).toEqual({
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        repeatRows: `${header}:${header}`,
        header: `&L${fixtureList.title}&R${name}`,
        // Live sheets (colours on TODAY()): page numbers, no as-of date that would go stale.
        footer: '&C第 &P 页 共 &N 页',
      });
      expect(s.columns).toHaveLength(s.rows[0]?.length ?? -1);
    }
    const ledger = sheet(SHEETS.ledger);
    for (const header of ['截止日期', '完成日期', '更新日期'] as const) {
      expect(ledger.columns[LEDGER_COLUMNS.indexOf(header)]?.style?.numberFormat).toBe(
        'yyyy-mm-dd',
      );
    }
    expect(ledger.columns[2]?.style?.wrap).toBe(true);
    expect(ledger.columns[2]?.width).toBeGreaterThanOrEqual(40);
  });

  it('shows the source, the generation time and a legend in the colours of the marks', () => {
    const readme = sheet(SHEETS.readme);
    const texts = readme.rows.flat().map(shown);
    expect(texts[0]).toBe(fixtureList.title);
    expect(texts).toContain('list.txt');
    expect(texts).toContain('2026-11-29 08:00');
    expect(texts).toContain('第 3 行：第一个条目之前没有标题（test-warning）');
    const legendFills = readme.styles.map((s) => s.style.fill).filter(Boolean);
    expect(legendFills).toEqual([
      '#FFF2CC', // the two settings cells
      '#FFF2CC',
      MARK_COLOURS.overdue.fill,
      MARK_COLOURS.dueSoon.fill,
      MARK_COLOURS.done.fill,
    ]);
    expect(texts.join('')).toContain('已完成 1 条，逾期 1 条，30 天内到期 0 条');
    // The settings sit in the labelled cells the conditional formats refer to (B5, B6).
    expect(readme.rows[4]?.map(shown)).toEqual(['临期提醒天数', 30]);
    expect(readme.rows[5]?.map(shown)).toEqual(['未更新提醒天数', 90]);
  });

  it('writes the settings it is given into 说明, and its legend says them', () => {
    const readme = buildLedgerWorkbookPlan(fixtureList, {
      ...options,
      settings: { dueSoonDays: 60, staleDays: 45 },
    }).sheets[0]!;
    expect(readme.rows[4]?.map(shown)).toEqual(['临期提醒天数', 60]);
    expect(readme.rows[5]?.map(shown)).toEqual(['未更新提醒天数', 45]);
    // The legend is a formula on the settings cell, so it follows a number typed there; its text
    // as of writing is stored beside it for readers that do not calculate.
    const legend = readme.rows.find((r) => shown(r[0]) === '临期');
    expect(legend?.[1]).toEqual({
      formula:
        'IF(ISNUMBER($B$5),""&$B$5&" 天内到期，尚未完成（天数即上方的“临期提醒天数”）",' +
        '"请在上方“临期提醒天数”填写 1 至 365 的天数")',
      cached: '60 天内到期，尚未完成（天数即上方的“临期提醒天数”）',
    });
    expect(readme.rows.flat().map(shown).join('')).not.toContain('30 天');
  });

  it('is the same plan for the same input (no clock inside)', () => {
    expect(buildLedgerWorkbookPlan(fixtureList, options)).toEqual(plan);
    expect(plan.diagnostics).toEqual([]);
  });
});

describe('ledgerMarks', () => {
  // An earlier ledger's layout (header in row 1) and a new one's (header in row 3).
  const marks = ledgerMarks({ ledgerRows: 89, milestoneRows: 12, ledgerHeaderRow: 0 });
  const titled = ledgerMarks({ ledgerRows: 89, milestoneRows: 12 });

  it('validates 状态 from 名录 and every date column, with Chinese prompts', () => {
    expect(marks.ledger.validations.map((v) => [v.range, v.rule.kind])).toEqual([
      ['H2:H90', 'list'],
      ['G2:G90', 'date'],
      ['I2:I90', 'date'],
      ['L2:L90', 'date'],
    ]);
    expect(marks.milestones.validations.map((v) => [v.range, v.rule.kind])).toEqual([
      ['E2:E13', 'list'],
      ['C2:C13', 'date'],
      ['F2:F13', 'date'],
    ]);
    const list = marks.ledger.validations[0];
    expect(list?.rule).toEqual({
      kind: 'list',
      source: "OFFSET('名录'!$A$2,0,0,MAX(1,COUNTA('名录'!$A:$A)-1),1)",
    });
    for (const v of [...marks.ledger.validations, ...marks.milestones.validations]) {
      expect(v.prompt.message).toMatch(/[\u4e00-\u9fff]/);
      expect(v.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('highlights rows live on TODAY(): done green, overdue red, due within 说明!B5 days amber', () => {
    // Done: a built-in done status, or one 名录 lists with the category 已完成.
    const done =
      'AND(TRIM($H2)<>"",OR(TRIM($H2)="已完成",TRIM($H2)="已销号",' +
      "COUNTIFS('名录'!$A:$A,TRIM($H2),'名录'!$B:$B,\"已完成\")>0))";
    expect(marks.ledger.conditionalFormats.map((c) => [c.range, c.formula, c.style.fill])).toEqual([
      ['A2:M90', done, MARK_COLOURS.done.fill],
      ['A2:M90', `AND(ISNUMBER($G2),$G2<TODAY(),NOT(${done}))`, MARK_COLOURS.overdue.fill],
      [
        'A2:M90',
        `AND(ISNUMBER($G2),$G2>=TODAY(),$G2<=TODAY()+'说明'!$B$5,NOT(${done}))`,
        MARK_COLOURS.dueSoon.fill,
      ],
    ]);
    // The new layout: the same rules from the first body row, row 4.
    expect(titled.ledger.conditionalFormats.map((c) => [c.range, c.formula])).toEqual(
      marks.ledger.conditionalFormats.map((c) => [
        'A4:M92',
        c.formula.replace(/\$([GH])2/g, '$$$14'),
      ]),
    );
    expect(titled.ledger.validations.map((v) => v.range)).toEqual([
      'J2:J2', // 填报日期
      'H4:H92',
      'G4:G92',
      'I4:I92',
      'L4:L92',
    ]);
    expect(marks.milestones.conditionalFormats.map((c) => c.range)).toEqual([
      'A2:F13',
      'A2:F13',
      'A2:F13',
    ]);
    expect(marks.milestones.conditionalFormats[1]?.formula).toContain('$C2<TODAY()');
    expect(marks.milestones.conditionalFormats[1]?.formula).toContain('NOT(AND(TRIM($E2)<>""');
  });

  it('keeps one body row of marks for an empty sheet', () => {
    const empty = ledgerMarks({ ledgerRows: 0, milestoneRows: 0 });
    expect(empty.ledger.validations[1]?.range).toBe('H4:H4');
    expect(empty.milestones.conditionalFormats[0]?.range).toBe('A2:F2');
  });
});
