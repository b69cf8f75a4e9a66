import { expect } from 'vitest';
import { cellAddress, columnLetter } from '../../src/core/grid';
import {
  DEFAULT_DATE_FORMAT,
  parseRange,
  rangeOf,
  resolveStyles,
  type CellStyle,
  type SheetPlan,
} from '../../src/core/plan';
import type { DumpedCell, DumpedSheet } from './openpyxl-dump';

/**
 * Holds a sheet as openpyxl read it to what its plan says, independently of the writer: every
 * planned value and link, every cell's final style (by the core's rule), merges, view, widths,
 * heights, table, marks and print settings.
 */
export function expectSheetAsPlanned(sheet: DumpedSheet | undefined, plan: SheetPlan): void {
  expect(sheet, plan.name).toBeDefined();
  if (sheet === undefined) return;
  const where = (ref: string) => `${plan.name}!${ref}`;
  // Cells a merge covers, other than its first: hidden, and openpyxl does not read them.
  const merges = plan.merges.map(parseRange);
  const hidden = (r: number, c: number) =>
    merges.some(
      (m) =>
        r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
    );
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (hidden(r, c)) return;
      const ref = cellAddress(r, c);
      const got = sheet.cells[ref];
      if (cell === null) {
        expect(got?.v ?? null, where(ref)).toBeNull();
        return;
      }
      if ('text' in cell) expect(got?.v ?? '', where(ref)).toBe(cell.text);
      else if ('number' in cell) expect(got?.v, where(ref)).toBe(cell.number);
      else if ('bool' in cell) expect(got?.v, where(ref)).toBe(cell.bool);
      else if ('date' in cell) expect(got?.v, where(ref)).toBe(cell.date);
      else if ('formula' in cell) expect(got?.v, where(ref)).toBe(`=${cell.formula}`);
      else {
        expect(got?.v, where(ref)).toBe(cell.link.text);
        expect(got?.link, where(ref)).toBe(cell.link.target.replace(/^#/, ''));
      }
    }),
  );
  const styles = resolveStyles(plan);
  for (const { box, style } of styles.ranges) {
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        if (hidden(r, c)) continue;
        expectStyle(sheet.cells[cellAddress(r, c)], style, where(cellAddress(r, c)));
      }
    }
  }
  expect(sheet.merges, plan.name).toEqual(plan.merges.map((m) => rangeOf(parseRange(m))).sort());
  const freeze = plan.freeze;
  expect(sheet.freeze, plan.name).toBe(
    freeze && (freeze.rows > 0 || freeze.columns > 0)
      ? `${columnLetter(freeze.columns)}${freeze.rows + 1}`
      : null,
  );
  plan.columns.forEach((column, c) => {
    expect(sheet.widths[columnLetter(c)], `${plan.name} column ${c}`).toBeCloseTo(column.width, 5);
  });
  (plan.rowHeights ?? []).forEach((h, r) => {
    if (h !== null) expect(sheet.heights[String(r + 1)], `${plan.name} row ${r + 1}`).toBe(h);
  });
  expect(sheet.tables, plan.name).toEqual(
    plan.table ? { [plan.table.name]: rangeOf(parseRange(plan.table.range)) } : {},
  );
  expect(
    sheet.validations.map((v) => [v.type, v.sqref]),
    plan.name,
  ).toEqual(plan.validations.map((v) => [v.rule.kind, rangeOf(parseRange(v.range))]));
  expect(sheet.conditional.map((c) => [c.sqref, c.formula, c.priority]).sort(), plan.name).toEqual(
    plan.conditionalFormats
      .map((c) => [rangeOf(parseRange(c.range)), [c.formula], c.priority])
      .sort(),
  );
  if (plan.print) {
    expect(sheet.print.orientation).toBe(plan.print.orientation);
    expect(String(sheet.print.paper)).toBe('9');
    expect(sheet.print.titles ?? null).toBe(
      plan.print.repeatRows === undefined ? null : plan.print.repeatRows.replace(/(\d+)/g, '$$$1'),
    );
  }
  expect(sheet.tab ?? null, plan.name).toBe(
    plan.tabColor ? `FF${plan.tabColor.slice(1).toUpperCase()}` : null,
  );
}

/** A cell openpyxl did not list: empty and of the default look. */
const DEFAULT_CELL: DumpedCell = {
  v: null,
  t: 'NoneType',
  fmt: 'General',
  bold: false,
  italic: false,
  size: null,
  font: null,
  color: null,
  fill: null,
  wrap: false,
  h: null,
  va: null,
  border: false,
  link: null,
};

function expectStyle(dumped: DumpedCell | undefined, style: CellStyle, where: string): void {
  const got = dumped ?? DEFAULT_CELL;
  expect(got.fmt, where).toBe(style.numberFormat ?? 'General');
  expect(got.bold, where).toBe(style.bold === true);
  expect(got.italic, where).toBe(style.italic === true);
  if (style.fontSize !== undefined) expect(got.size, where).toBe(style.fontSize);
  if (style.fontName !== undefined) expect(got.font, where).toBe(style.fontName);
  expect(got.color, where).toBe(
    style.fontColor === undefined ? null : `FF${style.fontColor.slice(1).toUpperCase()}`,
  );
  expect(got.fill, where).toBe(
    style.fill === undefined ? null : `FF${style.fill.slice(1).toUpperCase()}`,
  );
  expect(got.wrap, where).toBe(style.wrap === true);
  expect(got.h ?? null, where).toBe(style.horizontal ?? null);
  expect(got.va ?? null, where).toBe(
    style.vertical === undefined ? null : style.vertical === 'middle' ? 'center' : style.vertical,
  );
  expect(got.border, where).toBe(style.border === true);
}

export { DEFAULT_DATE_FORMAT };
