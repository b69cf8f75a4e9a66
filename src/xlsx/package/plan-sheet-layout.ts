import type ExcelJS from 'exceljs';
import type { PlanCell, SheetPlan } from '../../core/plan/types';
import { mergeStyle } from '../style';
import { decodeRange } from '../write-sheet';
import type { CellKind, PlanStyles } from './plan-styles';

/**
 * Which cells a plan sheet has and the (local) format of each, exactly as the ExcelJS shell
 * (write-sheet.ts) leaves them on a worksheet, so the XML written from it reads back the same:
 * - a cell exists if the plan gives it a value, or if it lies in the styled area (up to the last
 *   row and column of the rows, columns and range styles) under a column style or a range style;
 * - its style is the column's style with the covering range styles laid over it in plan order;
 * - the cells of a merged range other than the first lose their value and take the first's format.
 */
export interface SheetLayout {
  readonly plan: SheetPlan;
  /** Rows and columns laid out (1-based bounds: rows 1…height, columns 1…width). */
  readonly height: number;
  readonly width: number;
  /** Local cell format of (row r, column c) at `(r-1)*width + c-1`; -1: no cell there. */
  readonly xf: Int32Array;
  /** 1 where the cell is covered by a merge but is not its first cell; null without merges. */
  readonly mergedAway: Uint8Array | null;
  /** Local cell format of each plan column (`style` of `<col>`), or -1 for a default column. */
  readonly columnXf: readonly number[];
}

/** Why the direct writer will not lay out this sheet (the scratch workbook does), or null. */
export function unsupportedBy(plan: SheetPlan): string | null {
  if (plan.table) return 'a table';
  if (plan.validations.length > 0) return 'data validations';
  if (plan.conditionalFormats.length > 0) return 'conditional formats';
  if (plan.print !== undefined && plan.print.paper !== 'A4') return 'a paper size';
  for (const row of plan.rows) {
    for (const cell of row) {
      if (cell === null) continue;
      if ('formula' in cell) return 'a formula';
      if ('number' in cell && !Number.isFinite(cell.number)) return 'a number that is not finite';
    }
  }
  const boxes = plan.merges.map((m) => decodeRange(m));
  for (const [i, a] of boxes.entries()) {
    if (a.top === a.bottom && a.left === a.right) return `a one-cell merge (${plan.merges[i]})`;
    for (const b of boxes.slice(0, i)) {
      const apart = a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left;
      if (!apart) return `overlapping merges (${plan.merges[i]})`;
    }
  }
  return null;
}

const kindOf = (cell: PlanCell): CellKind => (cell !== null && 'date' in cell ? 'date' : 'other');

/**
 * The style object write-sheet.ts shares among the cells of one column whose range styles are the
 * same. ExcelJS registers a shared style object once, for the first cell (row by row) that uses
 * it: a date there gives every cell of the group the date format `mm-dd-yy` when the style has
 * no number format, and a number or text there gives a later date none. `shared` groups do the
 * same, so cells read back as the shell's do; cells with a style of their own (`shared` false)
 * are formatted by their own kind.
 */
class Group {
  private other = -1;
  private date = -1;
  constructor(
    readonly styled: boolean,
    private readonly style: Partial<ExcelJS.Style>,
    private readonly styles: PlanStyles,
    private readonly shared: boolean,
  ) {}
  xf(kind: CellKind): number {
    if (this.shared) {
      if (this.other < 0) this.other = this.styles.xf(this.style, kind);
      return this.other;
    }
    if (kind === 'date') {
      if (this.date < 0) this.date = this.styles.xf(this.style, 'date');
      return this.date;
    }
    if (this.other < 0) this.other = this.styles.xf(this.style, 'other');
    return this.other;
  }
}

function maxOf(values: Iterable<number>, start: number): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Lays out a sheet the writer supports (check with unsupportedBy first). */
export function layOutSheet(plan: SheetPlan, styles: PlanStyles): SheetLayout {
  const ranges = plan.styles.map((s) => ({ box: decodeRange(s.range), style: s.style }));
  const merges = plan.merges.map((m) => decodeRange(m));
  // The area write-sheet's styleCells walks.
  const bottom = maxOf(
    ranges.map((r) => r.box.bottom),
    plan.rows.length,
  );
  let right = maxOf(
    ranges.map((r) => r.box.right),
    plan.columns.length,
  );
  for (const row of plan.rows) if (row.length > right) right = row.length;
  const heights = plan.rowHeights ?? [];
  let height = maxOf(
    merges.map((m) => m.bottom),
    bottom,
  );
  heights.forEach((h, i) => {
    if (h !== null && i + 1 > height) height = i + 1;
  });
  const width = maxOf(
    merges.map((m) => m.right),
    right,
  );

  const columnStyles = plan.columns.map((c) => (c.style ? mergeStyle({}, c.style) : undefined));
  const unstyled = new Group(false, {}, styles, false);
  // A cell created outside the styled area (by a merge) starts with its column's style.
  const created = Array.from({ length: width + 1 }, (_, c) => {
    const s = columnStyles[c - 1];
    return s === undefined ? unstyled : new Group(true, s, styles, false);
  });

  // Range styles start and stop at a few rows: between two such rows every row looks alike.
  const cuts = new Set([1, bottom + 1]);
  for (const r of ranges) {
    if (r.box.top <= bottom) cuts.add(r.box.top);
    if (r.box.bottom < bottom) cuts.add(r.box.bottom + 1);
  }
  const bands = [...cuts].sort((a, b) => a - b);
  const shared = new Map<string, Group>();
  const bandGroups = (top: number): Group[] =>
    Array.from({ length: right + 1 }, (_, c) => {
      if (c === 0) return unstyled;
      const columnStyle = plan.columns[c - 1]?.style;
      const covering: number[] = [];
      ranges.forEach((range, i) => {
        const b = range.box;
        if (top >= b.top && top <= b.bottom && c >= b.left && c <= b.right) covering.push(i);
      });
      if (columnStyle === undefined && covering.length === 0) return unstyled;
      const key = `${c}|${covering.join(',')}`;
      let group = shared.get(key);
      if (group === undefined) {
        let style = columnStyle ? mergeStyle({}, columnStyle) : {};
        for (const i of covering) style = mergeStyle(style, ranges[i]?.style ?? {});
        group = new Group(true, style, styles, true);
        shared.set(key, group);
      }
      return group;
    });

  // Merged-away cells first: they take their first cell's format, never their own group's.
  let mergedAway: Uint8Array | null = null;
  for (const m of merges) {
    mergedAway ??= new Uint8Array(height * width);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) mergedAway[(r - 1) * width + c - 1] = 1;
      }
    }
  }

  const xf = new Int32Array(height * width).fill(-1);
  for (let b = 0; b + 1 < bands.length; b++) {
    const top = bands[b] as number;
    const end = bands[b + 1] as number;
    const groups = bandGroups(top);
    for (let r = top; r < end; r++) {
      const row = plan.rows[r - 1];
      const at = (r - 1) * width - 1;
      for (let c = 1; c <= right; c++) {
        const cell = row?.[c - 1] ?? null;
        const group = groups[c] as Group;
        if ((cell === null && !group.styled) || mergedAway?.[at + c] === 1) continue;
        xf[at + c] = group.xf(kindOf(cell));
      }
    }
  }
  // Values beyond the styled area cannot exist: it reaches the last row and the longest row.

  for (const m of merges) {
    const first = (m.top - 1) * width + m.left - 1;
    // A first cell nothing created yet is created (empty) with its column's style.
    if ((xf[first] as number) < 0) xf[first] = (created[m.left] as Group).xf('other');
    const format = xf[first] as number;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const i = (r - 1) * width + c - 1;
        if (i !== first) xf[i] = format;
      }
    }
  }

  const columnXf = columnStyles.map((s, i) => {
    const w = plan.columns[i]?.width;
    const styled =
      s !== undefined &&
      (s.font !== undefined ||
        s.numFmt !== undefined ||
        s.alignment !== undefined ||
        s.border !== undefined ||
        s.fill !== undefined);
    // ExcelJS leaves out a column of the default width (9) with no style.
    if (!styled && (w === undefined || w === 9)) return -1;
    return s === undefined ? 0 : styles.xf(s, 'other');
  });

  return { plan, height, width, xf, mergedAway, columnXf };
}
