import { describe, expect, it } from 'vitest';
import { fitCellText, MAX_CELL_CHARS } from '../../../src/core/workbook/text';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';
import { fixtureList } from './fixture';

describe('fitCellText', () => {
  it('leaves text within the limit alone', () => {
    expect(fitCellText('a'.repeat(MAX_CELL_CHARS), 'S', 'A1')).toEqual({
      text: 'a'.repeat(MAX_CELL_CHARS),
    });
  });

  it('cuts longer text to the limit with a visible marker and a diagnostic', () => {
    const fitted = fitCellText('字'.repeat(40_000), '台账', 'C2');
    expect(fitted.text).toHaveLength(MAX_CELL_CHARS);
    expect(fitted.text).toMatch(/已截断；原文共 40000 字/);
    expect(fitted.diagnostic).toMatchObject({
      code: 'cell-text-truncated',
      sheet: '台账',
      cell: 'C2',
    });
  });

  it('never splits a surrogate pair', () => {
    const fitted = fitCellText('😀'.repeat(20_000), 'S', 'A1');
    expect(fitted.text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(fitted.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('reports a cut measure at the ledger cell it lands in', () => {
    const long = structuredClone(fixtureList);
    const measure = long.items[2]?.measures[0];
    if (!measure) throw new Error('fixture changed');
    measure.text = '长'.repeat(50_000);
    const plan = buildLedgerWorkbookPlan(long, {
      today: '2026-11-29',
      sourceName: 'x',
      generatedAt: 'x',
    });
    expect(plan.diagnostics?.map((d) => `${d.sheet}!${d.cell}`)).toEqual(['台账!C7']);
    // Title row and 填报 line, header, then the measures: the third item's first measure.
    const cell = plan.sheets.find((s) => s.name === '台账')?.rows[6]?.[2];
    expect(cell && 'text' in cell && cell.text.length).toBe(MAX_CELL_CHARS);
  });
});
