import type { SheetPlan } from '../../../src/core/plan';
import type { Area, WorkbookLook } from './view';

/** The area a look compares for a plan sheet: its rows and columns, and the row below. */
export function planAreas(sheets: readonly SheetPlan[]): Map<string, Area> {
  return new Map(
    sheets.map((s) => [
      s.name,
      {
        rows: s.rows.length + 1,
        columns: Math.max(1, s.columns.length, ...s.rows.map((r) => r.length)),
      },
    ]),
  );
}

/**
 * Every place two looks differ, as `path: left ≠ right` lines (sheets matched by position, so a
 * different sheet order is a difference too); empty when they are the same workbook.
 */
export function lookDifferences(
  left: WorkbookLook,
  right: WorkbookLook,
  names: readonly [string, string] = ['file', 'host'],
): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (Object.is(a, b)) return;
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      if (Array.isArray(a) !== Array.isArray(b)) {
        out.push(`${path}: ${names[0]} ${JSON.stringify(a)} ≠ ${names[1]} ${JSON.stringify(b)}`);
        return;
      }
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys)
        walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          `${path}.${key}`,
        );
      return;
    }
    out.push(`${path}: ${names[0]} ${JSON.stringify(a)} ≠ ${names[1]} ${JSON.stringify(b)}`);
  };
  walk(
    left.sheets.map((s) => s.name),
    right.sheets.map((s) => s.name),
    'sheet order',
  );
  left.sheets.forEach((sheet, i) => walk(sheet, right.sheets[i], sheet.name));
  walk(left.names, right.names, 'names');
  return out;
}
