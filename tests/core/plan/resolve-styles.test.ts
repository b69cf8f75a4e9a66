import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATE_FORMAT,
  resolveStyles,
  type CellStyle,
  type SheetPlan,
} from '../../../src/core/plan';
import { buildLedgerWorkbookPlan } from '../../../src/core/workbook/plan';
import { parseList } from '../../../src/core/list/parse';
import { readFileSync } from 'node:fs';

function sheet(partial: Partial<SheetPlan>): SheetPlan {
  return {
    name: 'S',
    rows: [],
    columns: [],
    styles: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    ...partial,
  };
}

/** The final style of every cell, by the plain rule, cell by cell (the reference). */
function plainStyle(plan: SheetPlan, r: number, c: number): CellStyle | null {
  const inRange = (range: string) => {
    const [a, b = a] = range.split(':') as [string, string?];
    const pos = (x: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(x) as RegExpExecArray;
      let col = 0;
      for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(m[2]) - 1, col: col - 1 };
    };
    const p = pos(a);
    const q = pos(b as string);
    return r >= p.row && r <= q.row && c >= p.col && c <= q.col;
  };
  const merge = plan.merges.find(inRange);
  if (merge !== undefined) {
    const m = /^([A-Z]+)(\d+)/.exec(merge) as RegExpExecArray;
    let col = 0;
    for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
    const [top, left] = [Number(m[2]) - 1, col - 1];
    if (top !== r || left !== c) return plainStyle({ ...plan, merges: [] }, top, left);
  }
  let style: Record<string, unknown> | null = plan.columns[c]?.style
    ? { ...plan.columns[c]?.style }
    : null;
  for (const s of plan.styles) {
    if (!inRange(s.range)) continue;
    style = { ...(style ?? {}) };
    for (const [k, v] of Object.entries(s.style)) if (v !== undefined) style[k] = v;
  }
  const cell = plan.rows[r]?.[c] ?? null;
  if (cell !== null && 'date' in cell && style?.numberFormat === undefined) {
    style = { ...(style ?? {}), numberFormat: DEFAULT_DATE_FORMAT };
  }
  return style as CellStyle | null;
}

function resolvedGrid(plan: SheetPlan) {
  const resolved = resolveStyles(plan);
  const grid: (CellStyle | null)[][] = Array.from({ length: resolved.height }, () =>
    Array.from({ length: resolved.width }, () => null),
  );
  for (const { box, style } of resolved.ranges) {
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        expect(grid[r]?.[c], `cell ${r},${c} covered twice`).toBeNull();
        (grid[r] as (CellStyle | null)[])[c] = style;
      }
    }
  }
  return { resolved, grid };
}

function expectPlainRule(plan: SheetPlan) {
  const { resolved, grid } = resolvedGrid(plan);
  for (let r = 0; r < resolved.height; r++) {
    for (let c = 0; c < resolved.width; c++) {
      expect(grid[r]?.[c] ?? null, `cell ${r},${c}`).toEqual(plainStyle(plan, r, c));
    }
  }
  return resolved;
}

describe('resolveStyles: the style rule decided once', () => {
  it('lays column style, then range styles in order, field by field', () => {
    const plan = sheet({
      rows: [
        [{ text: 'a' }, { text: 'b' }],
        [{ number: 1 }, { number: 2 }],
      ],
      columns: [{ width: 10, style: { wrap: true, fontSize: 10 } }, { width: 12 }],
      styles: [
        { range: 'A1:B1', style: { bold: true, fill: '#FF0000' } },
        { range: 'A1:A2', style: { fill: '#00FF00' } },
      ],
    });
    const resolved = expectPlainRule(plan);
    const a1 = resolved.ranges.find((r) => r.range === 'A1');
    expect(a1?.style).toEqual({ wrap: true, fontSize: 10, bold: true, fill: '#00FF00' });
    expect(resolved.columns).toEqual([{ wrap: true, fontSize: 10 }, null]);
  });

  it('gives a date cell without a number format the default date format, and no other cell', () => {
    const plan = sheet({
      rows: [
        [{ date: '2026-01-02' }, { number: 3 }],
        [{ number: 4 }, { date: '2026-02-03' }],
      ],
      columns: [{ width: 10 }, { width: 10, style: { numberFormat: '0.00' } }],
    });
    const resolved = expectPlainRule(plan);
    expect(resolved.ranges.find((r) => r.range === 'A1')?.style).toEqual({
      numberFormat: 'yyyy-mm-dd',
    });
    expect(resolved.ranges.some((r) => r.range === 'A2')).toBe(false);
    expect(resolved.ranges.find((r) => r.range === 'B1:B2')?.style).toEqual({
      numberFormat: '0.00',
    });
  });

  it('gives every cell of a merged range its first cell’s final style', () => {
    const plan = sheet({
      rows: [[{ text: 'title' }]],
      columns: [{ width: 10 }, { width: 10, style: { italic: true } }],
      styles: [{ range: 'A1', style: { bold: true, border: true } }],
      merges: ['A1:C2'],
    });
    const resolved = expectPlainRule(plan);
    expect(resolved.height).toBe(2);
    expect(resolved.width).toBe(3);
  });

  it('keeps the 台账 of the embedded list to a few ranges, each cell by the plain rule', () => {
    const list = parseList(readFileSync('seeds/baojing-rectification-list.txt', 'utf8'));
    const plan = buildLedgerWorkbookPlan(list, {
      today: '2026-11-29',
      sourceName: 'seed.txt',
      generatedAt: '2026-11-29 10:00',
    });
    for (const s of plan.sheets) {
      const resolved = expectPlainRule(s);
      expect(resolved.ranges.length, s.name).toBeLessThan(20 + s.rows.length * 2);
    }
  });
});
