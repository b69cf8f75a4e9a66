import type { Milestone } from './schema';
import { findDates, isInRange, isStartingPoint, textAfter, textBefore } from './chinese-dates';

/**
 * Intermediate deadlines inside a measure's text.
 *
 * The rule: a date phrase is a milestone only when the text marks it as a deadline —
 *   - it is followed by 前 / 以前 / 之前 (`2023年12月31日前`, `于2022年12月底前`), or
 *   - it is preceded by 到 / 于 / 确保 / 力争 / 争取 (`到2023年12月31日`, `确保2023年正式投运`);
 * and it is neither part of a range (`（2022—2025年）`) nor a starting point (`2005年以来`).
 * A plain year mention such as `2025年冶金…逐年下降` is a statement, not a deadline, so it is not a
 * milestone. Month precision takes the month's last day, year precision 31 December.
 * The milestone's text is the marked phrase: prefix marker, date, and 前 suffix as written.
 */
const PREFIX = /(到|于|确保|力争|争取)\s*$/u;
const SUFFIX = /^\s*(以前|之前|前)/u;

export function extractMilestones(text: string): Milestone[] {
  const milestones: Milestone[] = [];
  for (const mention of findDates(text)) {
    if (mention.date === null) continue;
    if (isInRange(text, mention) || isStartingPoint(text, mention)) continue;
    const prefix = PREFIX.exec(textBefore(text, mention));
    const suffix = SUFFIX.exec(textAfter(text, mention));
    if (!prefix && !suffix) continue;
    const start = prefix ? mention.index - prefix[0].length : mention.index;
    const end = mention.index + mention.text.length + (suffix ? suffix[0].length : 0);
    milestones.push({
      date: mention.date,
      precision: mention.precision,
      text: text.slice(start, end),
    });
  }
  return milestones;
}

/** Date phrases marked as deadlines but naming no real day (`2023年2月30日前`), for a warning. */
export function unrealMilestones(text: string): string[] {
  return findDates(text)
    .filter((m) => m.date === null)
    .map((m) => m.text);
}
