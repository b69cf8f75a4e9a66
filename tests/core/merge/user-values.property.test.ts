import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeWorkbookPlan, moveFormulaRow } from '../../../src/core/merge';
import { richFromPlan, isBlankCell, type RichCell } from '../../../src/core/merge/rich-cell';
import {
  LEDGER_COLUMNS,
  MILESTONE_COLUMNS,
  SHEETS,
  USER_COLUMNS,
} from '../../../src/core/ledger/model';
import { asWritten, toyPlan, type ToyItem } from './fixtures';

/**
 * For random ledgers and random revisions of their list, the multiset of values the user entered
 * (user columns and added columns of every row; every cell of the user's own rows) is the same
 * before and after the merge. Formulas count in their row-relative form, since they move with
 * their row.
 */

const userValue: fc.Arbitrary<RichCell> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => ({ value: s })),
  fc
    .constantFrom('=不是公式', '2025年3月5日', '已完成', ' ', 'x'.repeat(300))
    .map((s) => ({ value: s })),
  fc.integer({ min: -5, max: 100_000 }).map((n) => ({ value: n })),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
    .map((d) => ({
      value: { date: d.toISOString().slice(0, 10) },
    })),
  fc
    .constantFrom('TODAY()', 'IF(H{r}="已完成","✓","")', 'SUM(J2:J5)', 'H{r}&$A$1', "'名录'!A{r}")
    .map((f) => ({ value: 'cached', formula: f })),
  fc.webUrl().map((u) => ({ value: '链接', hyperlink: u })),
);

interface Revision {
  readonly keep: readonly boolean[];
  readonly reword: readonly boolean[];
  readonly insertAt: readonly number[];
  readonly moveDeadline: boolean;
}

const itemsArb = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 });

function buildItems(measureCounts: readonly number[], tag: string): ToyItem[] {
  return measureCounts.map((n, i) => ({
    no: i + 1,
    problem: `问题${tag}${i}`,
    units: `单位${i}`,
    leaders: `领导${i}`,
    deadlineText: '2025年6月底前',
    deadline: '2025-06-30',
    measures: Array.from({ length: n }, (_, k) => ({
      id: String(k + 1),
      text: `措施${tag}${i}.${k}`,
      // 0–2 milestones per measure, depending on its place.
      milestones: Array.from({ length: (i + k) % 3 }, (_, j) => ({
        date: `2025-0${j + 3}-01`,
        content: `节点${tag}${i}.${k}.${j}`,
      })),
    })),
  }));
}

function revise(items: readonly ToyItem[], r: Revision, extra: readonly number[]): ToyItem[] {
  const kept = items.filter((_, i) => r.keep[i % r.keep.length] !== false);
  const revised: ToyItem[] = kept.map((it, i) => ({
    ...it,
    deadline: r.moveDeadline ? '2026-12-31' : it.deadline,
    measures: it.measures
      .filter((_, k) => r.keep[(i + k + 1) % r.keep.length] !== false)
      .map((m, k) => ({
        ...m,
        text: r.reword[(i + k) % r.reword.length] ? `${m.text}（改）` : m.text,
        // Milestones reworded, moved, or dropped too.
        milestones: m.milestones
          .filter((_, j) => r.keep[(i + k + j + 2) % r.keep.length] !== false)
          .map((ms, j) =>
            r.reword[(i + k + j + 1) % r.reword.length]
              ? { date: r.moveDeadline ? '2026-01-31' : ms.date, content: `${ms.content}（改）` }
              : ms,
          ),
      })),
  }));
  for (const [j, n] of extra.entries()) {
    const at = (r.insertAt[j % r.insertAt.length] ?? 0) % (revised.length + 1);
    revised.splice(at, 0, buildItems([n], `新${j}`)[0]!);
  }
  // The new list numbers its items and measures afresh.
  return revised.map((it, i) => ({
    ...it,
    no: i + 1,
    measures: it.measures.map((m, k) => ({ ...m, id: String(k + 1) })),
  }));
}

const keyColumns = [LEDGER_COLUMNS.indexOf('问题序号'), LEDGER_COLUMNS.indexOf('措施序号')];
const userIdx = USER_COLUMNS.map((c) => LEDGER_COLUMNS.indexOf(c));
const LEDGER_OWNED = { keys: keyColumns, user: userIdx, width: LEDGER_COLUMNS.length };
const MILESTONE_OWNED = { keys: [0, 1], user: [4, 5], width: MILESTONE_COLUMNS.length };

function canonical(cell: RichCell, column: string, row: number): string {
  if (cell.formula !== undefined)
    return `${column}|=${moveFormulaRow(cell.formula, row, 1_000_000)}`;
  return `${column}|${JSON.stringify(cell.value)}|${cell.hyperlink ?? ''}`;
}

/** User values of every body row, except rows the new list added (their values are the list's). */
function userValues(
  rows: readonly (readonly RichCell[])[],
  added: readonly boolean[] = [],
  owned: {
    readonly keys: readonly number[];
    readonly user: readonly number[];
    readonly width: number;
  } = LEDGER_OWNED,
): string[] {
  const header = rows[0]!.map((c) => String(c.value ?? ''));
  const out: string[] = [];
  rows.slice(1).forEach((row, i) => {
    if (added[i] === true) return;
    const keyed = owned.keys.every((c) => !isBlankCell(row[c]));
    row.forEach((cell, c) => {
      const mine = !keyed || owned.user.includes(c) || c >= owned.width;
      if (mine && !isBlankCell(cell)) out.push(canonical(cell, header[c]!, i + 2));
    });
  });
  return out.sort();
}

describe('re-import keeps every user-entered value (property)', () => {
  it('the multiset of user values before equals the multiset after', () => {
    fc.assert(
      fc.property(
        itemsArb,
        fc.record({
          keep: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
          reword: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
          insertAt: fc.array(fc.nat(10), { minLength: 1, maxLength: 3 }),
          moveDeadline: fc.boolean(),
        }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
        fc.array(fc.option(userValue, { nil: undefined, freq: 2 }), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.array(fc.nat(20), { maxLength: 3 }),
        fc.integer({ min: 0, max: 2 }),
        (counts, revision, extra, fills, userRowsAt, extraColumns) => {
          const items = buildItems(counts, '');
          const oldPlan = toyPlan(items);
          const ledger = asWritten(oldPlan)(SHEETS.ledger)!.rows.map((r) => [...r]);
          const width = LEDGER_COLUMNS.length + extraColumns;
          for (let c = LEDGER_COLUMNS.length; c < width; c += 1)
            ledger[0]![c] = { value: `自加列${c}` };
          // The user's own rows, without a key, anywhere.
          for (const [j, at] of userRowsAt.entries()) {
            const pos = 1 + (at % ledger.length);
            ledger.splice(
              pos,
              0,
              Array.from({ length: width }, () => ({ value: null })),
            );
            ledger[pos]![2] = { value: `自建行${j}` };
          }
          let n = 0;
          for (let r = 1; r < ledger.length; r += 1) {
            const fillable = [
              ...userIdx,
              ...Array.from({ length: extraColumns }, (_, k) => LEDGER_COLUMNS.length + k),
            ];
            for (const c of fillable) {
              const v = fills[n++ % fills.length];
              if (v === undefined) continue;
              ledger[r]![c] = v.formula
                ? { ...v, formula: v.formula.replaceAll('{r}', String(r + 1)) }
                : v;
            }
          }
          const milestones = asWritten(oldPlan)(SHEETS.milestones)!.rows.map((r) => [...r]);
          for (let r = 1; r < milestones.length; r += 1) {
            for (const c of MILESTONE_OWNED.user) {
              const v = fills[n++ % fills.length];
              if (v === undefined) continue;
              milestones[r]![c] = v.formula
                ? { ...v, formula: v.formula.replaceAll('{r}', String(r + 1)) }
                : v;
            }
          }
          const existing = (name: string) =>
            name === SHEETS.ledger
              ? { name, rows: ledger }
              : name === SHEETS.milestones
                ? { name, rows: milestones }
                : asWritten(oldPlan)(name);
          const merged = mergeWorkbookPlan(toyPlan(revise(items, revision, extra)), existing, {
            generatedAt: 't',
            sourceName: 's',
          });
          const sheet = merged.plan.sheets.find((s) => s.name === SHEETS.ledger)!;
          const after: RichCell[][] = sheet.rows.map((r) => r.map(richFromPlan));
          for (const o of merged.overlays.find((x) => x.sheet === SHEETS.ledger)?.cells ?? []) {
            after[o.row]![o.column] = o.cell;
          }
          const added = merged.ledger.rows.map((r) => r.origin === 'added');
          expect(userValues(after, added)).toEqual(userValues(ledger));

          const msSheet = merged.plan.sheets.find((s) => s.name === SHEETS.milestones)!;
          const msAfter: RichCell[][] = msSheet.rows.map((r) => r.map(richFromPlan));
          for (const o of merged.overlays.find((x) => x.sheet === SHEETS.milestones)?.cells ?? []) {
            msAfter[o.row]![o.column] = o.cell;
          }
          const msAdded = merged.milestones.rows.map((r) => r.origin === 'added');
          expect(userValues(msAfter, msAdded, MILESTONE_OWNED)).toEqual(
            userValues(milestones, [], MILESTONE_OWNED),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
