import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/grid';
import { LEDGER_COLUMNS } from '../../../src/core/ledger/model';
import { ownershipNames } from '../../../src/core/ownership';
import {
  adoptionLines,
  adoptionSheetsToRead,
  importRoute,
} from '../../../src/core/shell/import-route';

/** Which way 导入清单 goes in the add-ins, as plain data (the shells only read and write). */

const ledgerGrid: Grid = { sheet: '台账', rows: [['整改台账'], [...LEDGER_COLUMNS]] };
const userGrid: Grid = { sheet: '台账', rows: [['月份', '金额']] };
const sheets = ['Sheet1', '说明', '台账', '导入记录', '我的表'];

describe('importRoute', () => {
  it('merges into a marked ledger, reading nothing more', () => {
    const names = ownershipNames(['说明', '台账']);
    expect(adoptionSheetsToRead(sheets, ['说明', '台账'])).toEqual([]);
    expect(importRoute({ sheets, names, grid: () => null })).toEqual({
      kind: 'merge',
      adopted: [],
    });
  });

  it('reads the candidates of an unmarked 台账, and merges adopting the recognised ones', () => {
    expect(adoptionSheetsToRead(sheets, [])).toEqual(['说明', '台账', '导入记录']);
    const route = importRoute({
      sheets,
      names: [],
      grid: (s) => (s === '台账' ? ledgerGrid : null),
    });
    expect(route).toEqual({ kind: 'merge', adopted: ['台账'] });
    expect(adoptionLines(route, 'zh')).toEqual([expect.stringContaining('“台账”')]);
    expect(adoptionLines(route, 'en')[0]).toMatch(/^"台账" in this workbook carry none/);
  });

  it('imports plainly where there is no ledger, or the 台账 is the user’s (refused by name later)', () => {
    expect(adoptionSheetsToRead(['Sheet1'], [])).toEqual([]);
    expect(importRoute({ sheets: ['Sheet1'], names: [], grid: () => null })).toEqual({
      kind: 'import',
    });
    const route = importRoute({ sheets, names: [], grid: (s) => (s === '台账' ? userGrid : null) });
    expect(route).toEqual({ kind: 'import' });
    expect(adoptionLines(route, 'zh')).toEqual([]);
  });
});
