import { describe, expect, it } from 'vitest';
import type { RectificationList } from '../../src/core/list/schema';
import { HOUSE_STYLES, type ExpectedItem } from './support/house-styles';
import { readingOf } from './support/read';

/**
 * Eight lists in other house styles (sections, numbering, label forms, tables by item and by
 * measure, units in parentheses, relative and yearless deadlines), each in the format it is
 * received in, read field by field.
 */
function full(item: ExpectedItem) {
  return {
    no: item.no,
    section: item.section ?? null,
    problem: item.problem,
    goal: item.goal ?? '',
    leadUnits: item.leadUnits ?? [],
    coopUnits: item.coopUnits ?? [],
    leaders: item.leaders ?? [],
    deadline: {
      text: item.deadline.text,
      kind: item.deadline.kind,
      date: item.deadline.date ?? null,
      reportedDone: item.deadline.reportedDone ?? false,
      ...(item.deadline.relative ? { relative: item.deadline.relative } : {}),
      ...(item.deadline.milestones ? { milestones: item.deadline.milestones } : {}),
    },
    measures: item.measures.map((m) => ({
      id: m.id,
      group: m.group ?? null,
      text: m.text,
      milestones: m.milestones ?? [],
      ...(m.leadUnits ? { leadUnits: m.leadUnits } : {}),
      ...(m.coopUnits ? { coopUnits: m.coopUnits } : {}),
      ...(m.leaders ? { leaders: m.leaders } : {}),
    })),
  };
}

const squash = (s: string) => s.replace(/\s+/gu, '');

function actual(list: RectificationList, loose: boolean) {
  const t = (s: string) => (loose ? squash(s) : s);
  return list.items.map((item) => ({
    no: item.no,
    section: item.section ?? null,
    problem: t(item.problem),
    goal: t(item.goal),
    leadUnits: item.leadUnits,
    coopUnits: item.coopUnits,
    leaders: item.leaders,
    deadline: { ...item.deadline, text: t(item.deadline.text) },
    measures: item.measures.map((m) => ({ ...m, text: t(m.text) })),
  }));
}

describe('lists in other house styles', () => {
  for (const style of HOUSE_STYLES) {
    it(style.name, async () => {
      const reading = await readingOf(await style.build());
      expect(reading.source?.format).toBe(style.format);
      const loose = style.format === 'pdf';
      expect(loose ? squash(reading.title) : reading.title).toBe(style.title);
      const want = style.items
        .map(full)
        .map((item) => (loose ? { ...item, problem: squash(item.problem) } : item));
      const got = actual(reading, loose);
      expect(got.length).toBe(want.length);
      got.forEach((item, i) => expect(item).toEqual(want[i]));
      const codes = reading.diagnostics.map((d) => d.code);
      for (const code of style.codes ?? []) expect(codes).toContain(code);
      expect(reading.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }
});
