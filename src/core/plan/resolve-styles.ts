import { DATE_FORMAT } from '../workbook/palette';
import { parseRange, rangeOf, type Box } from './a1';
import type { CellStyle, SheetPlan } from './types';

/**
 * The style rule, decided once: a cell's final style is its column's style, then every range
 * style covering it laid over it in plan order (later wins, field by field); a date cell whose
 * style still has no number format gets DEFAULT_DATE_FORMAT; the cells of a merged range take the
 * final style of its first cell. A shell writes these styles as they are and infers nothing.
 */
export const DEFAULT_DATE_FORMAT = DATE_FORMAT;

export interface ResolvedRange {
  /** A1 range local to the sheet. */
  readonly range: string;
  readonly box: Box;
  /** The final style: nothing else applies to these cells. Shared among ranges that look alike. */
  readonly style: CellStyle;
}

export interface ResolvedStyles {
  /** Rows and columns of the laid-out area (every styled or valued cell lies inside). */
  readonly height: number;
  readonly width: number;
  /** Non-overlapping; together they cover every cell of the area that has a style. */
  readonly ranges: readonly ResolvedRange[];
  /**
   * Each plan column's own style, for the cells below the laid-out area (rows a person adds
   * later): a host's whole-column format. null: none.
   */
  readonly columns: readonly (CellStyle | null)[];
}

/** `over` laid on `base`, field by field (fields `over` leaves undefined keep `base`'s). */
export function layStyle(base: CellStyle, over: CellStyle): CellStyle {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) out[key] = value;
  return out as CellStyle;
}

/** Closes the last segment of a column (no style key looks like it). */
const END = '\u0000end';

interface Segment {
  readonly top: number;
  readonly bottom: number;
  readonly key: string;
}

/** Equal looks, equal keys (fields in a fixed order). */
export function styleKey(style: CellStyle): string {
  return JSON.stringify(
    Object.keys(style)
      .sort()
      .map((k) => [k, (style as Record<string, unknown>)[k]])
      .filter(([, v]) => v !== undefined),
  );
}

function maxOf(values: readonly number[], start: number): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The final style of every styled cell of a plan sheet, as non-overlapping ranges. */
export function resolveStyles(plan: SheetPlan): ResolvedStyles {
  const ranges = plan.styles.map((s) => ({ box: parseRange(s.range), style: s.style }));
  const merges = plan.merges.map(parseRange);
  let width = maxOf(
    [...ranges.map((r) => r.box.right + 1), ...merges.map((m) => m.right + 1)],
    plan.columns.length,
  );
  for (const row of plan.rows) if (row.length > width) width = row.length;
  const height = maxOf(
    [...ranges.map((r) => r.box.bottom + 1), ...merges.map((m) => m.bottom + 1)],
    plan.rows.length,
  );

  // Final styles, interned: one object (and one key) per distinct look.
  const looks = new Map<string, CellStyle>();
  const made = new Map<string, string>();
  const finalOf = (column: number, covering: readonly number[], date: boolean): string => {
    const cause = `${column}|${covering.join(',')}|${date ? 'd' : ''}`;
    let key = made.get(cause);
    if (key === undefined) {
      let style: CellStyle | null = plan.columns[column]?.style ?? null;
      for (const i of covering) style = layStyle(style ?? {}, ranges[i]?.style ?? {});
      if (date && style?.numberFormat === undefined) {
        style = layStyle(style ?? {}, { numberFormat: DEFAULT_DATE_FORMAT });
      }
      key = style === null ? '' : styleKey(style);
      if (style !== null && !looks.has(key)) looks.set(key, style);
      made.set(cause, key);
    }
    return key;
  };
  const isDate = (r: number, c: number): boolean => {
    const cell = plan.rows[r]?.[c] ?? null;
    return cell !== null && 'date' in cell;
  };
  const coveringAt = (r: number, c: number): number[] => {
    const out: number[] = [];
    ranges.forEach(({ box: b }, i) => {
      if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) out.push(i);
    });
    return out;
  };
  const keyAt = (r: number, c: number) => finalOf(c, coveringAt(r, c), isDate(r, c));

  // Between two row cuts every row looks alike but for its dates.
  const cuts = new Set([0, height]);
  for (const { box } of [...ranges, ...merges.map((box) => ({ box }))]) {
    cuts.add(box.top);
    cuts.add(Math.min(box.bottom + 1, height));
  }
  const bands = [...cuts].sort((a, b) => a - b);

  const out: ResolvedRange[] = [];
  const emit = (top: number, bottom: number, left: number, right: number, key: string) => {
    const style = looks.get(key);
    if (style === undefined) return;
    const box = { top, left, bottom, right };
    out.push({ range: rangeOf(box), box, style });
  };
  for (let b = 0; b + 1 < bands.length; b++) {
    const top = bands[b] as number;
    const end = bands[b + 1] as number;
    const segments: Segment[][] = [];
    for (let c = 0; c < width; c++) {
      const merge = merges.find(
        (m) => top >= m.top && top <= m.bottom && c >= m.left && c <= m.right,
      );
      if (merge !== undefined) {
        segments.push([{ top, bottom: end - 1, key: keyAt(merge.top, merge.left) }]);
        continue;
      }
      const covering = coveringAt(top, c);
      const plain = finalOf(c, covering, false);
      const needsDate = looks.get(plain)?.numberFormat === undefined;
      const column: Segment[] = [];
      let from = top;
      let current = needsDate && isDate(top, c) ? finalOf(c, covering, true) : plain;
      for (let r = top + 1; r <= end; r++) {
        const key =
          r === end ? END : needsDate && isDate(r, c) ? finalOf(c, covering, true) : plain;
        if (key === current) continue;
        column.push({ top: from, bottom: r - 1, key: current });
        from = r;
        current = key;
      }
      segments.push(column);
    }
    // Whole-band columns that look alike side by side become one range.
    let c = 0;
    while (c < width) {
      const column = segments[c] as Segment[];
      const only = column.length === 1 ? column[0] : undefined;
      if (only === undefined) {
        for (const s of column) emit(s.top, s.bottom, c, c, s.key);
        c++;
        continue;
      }
      let right = c;
      while (right + 1 < width) {
        const next = segments[right + 1] as Segment[];
        if (next.length !== 1 || next[0]?.key !== only.key) break;
        right++;
      }
      emit(only.top, only.bottom, c, right, only.key);
      c = right + 1;
    }
  }
  return {
    height,
    width,
    ranges: out,
    columns: plan.columns.map((column) => column.style ?? null),
  };
}
