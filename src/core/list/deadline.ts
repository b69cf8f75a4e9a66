import type { Deadline } from './schema';
import { findDates, isInRange, isStartingPoint } from './chinese-dates';

/**
 * Reads 整改时限. A date anywhere in it (`2022年12月31日`, `2023年6月底前`, `2022年底前`, `2023年12月`)
 * makes it a dated deadline; otherwise a phrase of continuing work (`持续推进`, `长期坚持`,
 * `立行立改`, `立即整改`) makes it ongoing; anything else is unknown (and the parser warns).
 * `已完成整改并上报销号` and the like record that the list already reports the item done.
 */
const ONGOING = /持续推进|长期坚持|立行立改|立即整改|常态化|长期|持续/u;
// A claim about the whole item; `已完成阶段性任务` (a phase done) is not one.
const REPORTED_DONE = /已完成整改|已整改完成|已整改到位|已销号|上报销号|已办结/u;

export interface DeadlineReading {
  readonly deadline: Deadline;
  /** A date phrase that names no real day, e.g. `2023年2月30日`. */
  readonly unrealDate: string | null;
}

export function readDeadline(text: string): DeadlineReading {
  const reportedDone = REPORTED_DONE.test(text);
  const dates = findDates(text).filter((m) => !isInRange(text, m) && !isStartingPoint(text, m));
  const first = dates[0];
  if (first !== undefined && first.date !== null) {
    return { deadline: { text, kind: 'date', date: first.date, reportedDone }, unrealDate: null };
  }
  const unrealDate = first?.text ?? null;
  const kind = ONGOING.test(text) ? 'ongoing' : 'unknown';
  return { deadline: { text, kind, date: null, reportedDone }, unrealDate };
}
