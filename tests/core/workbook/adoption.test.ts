import { describe, expect, it } from 'vitest';
import type { Grid, GridCell } from '../../../src/core/grid';
import { ITEM_COLUMNS, LEDGER_COLUMNS, SHEETS } from '../../../src/core/ledger/model';
import { ownershipNames } from '../../../src/core/ownership';
import { decideSheets, type WorkbookPlan } from '../../../src/core/plan';
import { decideAdoption, withAdopted } from '../../../src/core/workbook/adoption';

const LEDGER_BODY: GridCell[] = [1, '1', '措施', '县委办', '张三'];
/** The 台账 as the product lays it out now: title, 填报 line, header in row 3. */
const titled: GridCell[][] = [
  ['保靖县整改台账'],
  ['填报单位：', null, '填报日期：'],
  [...LEDGER_COLUMNS],
  LEDGER_BODY,
];
/** The layout of earlier versions: header in row 1. */
const plain: GridCell[][] = [[...LEDGER_COLUMNS], LEDGER_BODY];
const readme: GridCell[][] = [
  ['保靖县整改清单'],
  ['临期提醒天数', 30],
  ['未更新提醒天数', 90],
  ['来源文件', 'a.txt'],
  ['生成时间', '2026-11-29 10:00'],
];
const items: GridCell[][] = [[...ITEM_COLUMNS]];
const lists: GridCell[][] = [['状态', '统计口径', '督办县领导', '单位']];

const input = (sheets: Record<string, GridCell[][]>, owned: string[] = []) => ({
  sheets: Object.keys(sheets),
  names: ownershipNames(owned),
  grid: (sheet: string): Grid | null =>
    sheets[sheet] === undefined ? null : { sheet, rows: sheets[sheet] },
});

describe('decideAdoption', () => {
  it('adopts an unmarked 台账 recognised by its header, in both layouts', () => {
    expect(decideAdoption(input({ 台账: titled }))).toEqual({ kind: 'adopt', sheets: ['台账'] });
    expect(decideAdoption(input({ 台账: plain }))).toEqual({ kind: 'adopt', sheets: ['台账'] });
  });

  it('takes the other sheets a merge writes only when they are recognisably ours', () => {
    const ours = { 说明: readme, 清单: items, 台账: titled, 名录: lists, 笔记: [['x']] };
    expect(decideAdoption(input(ours))).toEqual({
      kind: 'adopt',
      sheets: ['说明', '清单', '台账', '名录'],
    });
    // The user's own 说明 and 名录 stay theirs (the plan then refuses them by name).
    const theirs = { 说明: [['我的笔记']], 台账: titled, 名录: [['单位', '联系人']] };
    expect(decideAdoption(input(theirs))).toEqual({ kind: 'adopt', sheets: ['台账'] });
  });

  it('never adopts sheets a merge does not write, nor marked ones', () => {
    const sheets = { 台账: titled, 领导汇总: [['督办县领导']], '汇总-张三': [['x']], 名录: lists };
    expect(decideAdoption(input(sheets, ['领导汇总', '名录']))).toEqual({
      kind: 'adopt',
      sheets: ['台账'],
    });
  });

  it('leaves a marked 台账 (or none) to the marks', () => {
    expect(decideAdoption(input({ 台账: titled }, ['台账']))).toEqual({ kind: 'marked' });
    expect(decideAdoption(input({ Sheet1: titled }))).toEqual({ kind: 'marked' });
  });

  it('refuses a 台账 whose header is not our ledger’s', () => {
    expect(
      decideAdoption(
        input({
          台账: [
            ['编号', '内容'],
            [1, 'x'],
          ],
        }),
      ),
    ).toEqual({
      kind: 'refuse',
    });
    // The keys alone are not enough: more than half of the ledger's columns must be named.
    const keysOnly: GridCell[][] = [
      ['问题序号', '措施序号', '整改措施', '状态'],
      [1, '1', 'x', ''],
    ];
    expect(decideAdoption(input({ 台账: keysOnly }))).toEqual({ kind: 'refuse' });
    const noKey = [LEDGER_COLUMNS.filter((c) => c !== '措施序号')];
    expect(decideAdoption(input({ 台账: noKey }))).toEqual({ kind: 'refuse' });
  });

  it('makes the adopted sheets owned for the plan, and only those', () => {
    const sheet = (name: string) => ({
      name,
      rows: [[{ text: 'h' }]],
      columns: [],
      styles: [],
      merges: [],
      validations: [],
      conditionalFormats: [],
    });
    const plan: WorkbookPlan = { sheets: [sheet('说明'), sheet('台账')] };
    const state = {
      sheets: [
        { name: '说明', tables: [] },
        { name: '台账', tables: [] },
      ],
      names: [],
    };
    expect(decideSheets(state, plan)).toMatchObject({ ok: false });
    const adopted = decideSheets(withAdopted(state, ['台账']), plan);
    expect(adopted).toEqual({ ok: false, refusal: { kind: 'sheet', sheets: ['说明'] } });
    const all = decideSheets(withAdopted(state, ['说明', SHEETS.ledger]), plan);
    expect(all.ok && all.decisions.owned).toEqual(['说明', '台账']);
  });
});
