import { describe, expect, it } from 'vitest';
import { ownershipNames } from '../../../src/core/ownership';
import {
  decideSheets,
  EMPTY_WORKBOOK,
  refusalText,
  resolvePlan,
  type SheetPlan,
  type WorkbookPlan,
  type WorkbookState,
} from '../../../src/core/plan';

const sheet = (name: string, table?: string): SheetPlan => ({
  name,
  rows: [[{ text: 'h' }], [{ text: 'v' }]],
  columns: [],
  styles: [],
  merges: [],
  validations: [],
  conditionalFormats: [],
  ...(table !== undefined && { table: { name: table, range: 'A1:A2', style: 'TableStyleLight9' } }),
});
const plan = (...sheets: SheetPlan[]): WorkbookPlan => ({ sheets });
const state = (sheets: (string | [string, string[]])[], owned: string[]): WorkbookState => ({
  sheets: sheets.map((s) =>
    typeof s === 'string' ? { name: s, tables: [] } : { name: s[0], tables: s[1] },
  ),
  names: ownershipNames(owned),
});

describe('decideSheets', () => {
  it('creates every sheet of a new workbook, in plan order', () => {
    const d = decideSheets(EMPTY_WORKBOOK, plan(sheet('说明'), sheet('台账', 'Ledger')));
    expect(d).toEqual({
      ok: true,
      decisions: {
        sheets: [
          { name: '说明', action: 'create', current: null, rows: 2 },
          { name: '台账', action: 'create', current: null, rows: 1 },
        ],
        remove: [],
        order: ['说明', '台账'],
        owned: ['说明', '台账'],
      },
    });
  });

  it('replaces owned sheets in place under the plan’s spelling, appends new ones, removes retired ones', () => {
    const d = decideSheets(
      state(
        ['Mine', '领导汇总', '汇总-甲', '汇总-乙', 'notes'],
        ['领导汇总', '汇总-甲', '汇总-乙'],
      ),
      plan(sheet('领导汇总'), sheet('汇总-乙'), sheet('汇总-丙')),
      ['汇总-甲', '汇总-乙', 'Mine', 'notes'],
    );
    if (!d.ok) throw new Error('refused');
    expect(d.decisions.sheets.map((s) => [s.name, s.action, s.current])).toEqual([
      ['领导汇总', 'replace', '领导汇总'],
      ['汇总-乙', 'replace', '汇总-乙'],
      ['汇总-丙', 'create', null],
    ]);
    // A sheet asked to retire that the plan wants, or that the user owns, is never removed.
    expect(d.decisions.remove).toEqual(['汇总-甲']);
    expect(d.decisions.order).toEqual(['Mine', '领导汇总', '汇总-乙', 'notes', '汇总-丙']);
    expect(d.decisions.owned).toEqual(['领导汇总', '汇总-乙', '汇总-丙']);
  });

  it('matches names ignoring case and keeps the plan’s spelling', () => {
    const d = decideSheets(state(['summary'], ['summary']), plan(sheet('Summary')));
    if (!d.ok) throw new Error('refused');
    expect(d.decisions.sheets[0]).toMatchObject({ action: 'replace', current: 'summary' });
    expect(d.decisions.order).toEqual(['Summary']);
  });

  it('refuses when a user sheet holds a wanted name, naming every such sheet', () => {
    const d = decideSheets(state(['台账', '说明'], []), plan(sheet('说明'), sheet('台账')));
    expect(d).toEqual({ ok: false, refusal: { kind: 'sheet', sheets: ['说明', '台账'] } });
    if (d.ok) return;
    expect(refusalText(d.refusal)).toContain('工作表“说明”、“台账”不是整改台账助手生成的');
  });

  it('refuses a table name held on a sheet the plan does not rebuild, but not on one it rebuilds', () => {
    const wants = plan(sheet('台账', 'Ledger'));
    expect(decideSheets(state([['Mine', ['LEDGER']]], []), wants)).toEqual({
      ok: false,
      refusal: { kind: 'table', table: 'LEDGER', sheet: 'Mine' },
    });
    expect(decideSheets(state([['台账', ['Ledger']]], ['台账']), wants).ok).toBe(true);
  });

  it('resolvePlan carries the decisions and one resolved sheet per plan sheet', () => {
    const r = resolvePlan(plan(sheet('A'), sheet('B')));
    if (!r.ok) throw new Error('refused');
    expect(r.resolved.sheets.map((s) => [s.plan.name, s.decision.action])).toEqual([
      ['A', 'create'],
      ['B', 'create'],
    ]);
  });
});
