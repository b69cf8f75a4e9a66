import type { Deadline, Milestone } from './schema';
import { findDates, isInRange, isStartingPoint, type DateMention } from './chinese-dates';
import { numeralValue } from './numerals';

/**
 * Reads 整改时限. A date anywhere in it (`2022年12月31日`, `2023年6月底前`, `2022年底前`, `2023年12月`)
 * makes it a dated deadline; `6月底前` and `年底前` take the year the document states (and say so);
 * `分阶段推进` keeps every dated stage as a milestone and ends at the last; `90天内`, `3个月内` are
 * relative (no date is invented); otherwise a phrase of continuing work (`持续推进`, `长期坚持`,
 * `立行立改`, `立即整改`) makes it ongoing; anything else is unknown (and the parser warns).
 * `已完成整改并上报销号`, `已办结`, `已销号` record that the list already reports the item done.
 */
const ONGOING = /持续推进|长期坚持|立行立改|立即整改|常态化|长期|持续/u;
// A claim about the whole item; `已完成阶段性任务` (a phase done) is not one.
const REPORTED_DONE = /已完成整改|已整改完成|已整改到位|已销号|上报销号|已办结/u;
const STAGED = /分阶段|分步/u;
/** `6月底前`, `6月30日前`, `年底前` with no year of their own. */
const YEARLESS =
  /(?<![\d年]\s*)(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号]|\s*(?:底|末))?|年\s*(?:底|末))/u;
const RELATIVE =
  /(\d{1,3}|[一二三两四五六七八九十半]{1,2})\s*(?:个)?\s*(天|日|工作日|个月|月|年)\s*(?:以内|之内|内)/u;

export interface DeadlineReading {
  readonly deadline: Deadline;
  /** A date phrase that names no real day, e.g. `2023年2月30日`. */
  readonly unrealDate: string | null;
  /** The deadline had no year (`6月底前`) and took the document's: that year, or null. */
  readonly assumedYear: number | null;
  /** The deadline had no year and the document states none. */
  readonly missingYear: boolean;
}

/** How many (`90`, `三`, `两`, `十五`, `半`) in `90天内`, `两个月内`, `半年内`. */
function amountOf(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text === '半') return 0.5;
  if (text === '两') return 2;
  return numeralValue(text);
}

function milestoneOf(m: DateMention & { date: string }): Milestone {
  return { date: m.date, precision: m.precision, text: m.text };
}

export function readDeadline(text: string, documentYear: number | null = null): DeadlineReading {
  const reportedDone = REPORTED_DONE.test(text);
  const base = { assumedYear: null, missingYear: false };
  const dates = findDates(text).filter((m) => !isInRange(text, m) && !isStartingPoint(text, m));
  const real = dates.filter((m): m is DateMention & { date: string } => m.date !== null);
  const first = dates[0];
  if (first !== undefined && first.date !== null) {
    if (STAGED.test(text) && real.length > 1) {
      const last = real[real.length - 1] ?? first;
      return {
        ...base,
        deadline: {
          text,
          kind: 'date',
          date: last.date,
          reportedDone,
          milestones: real.map(milestoneOf),
        },
        unrealDate: null,
      };
    }
    return {
      ...base,
      deadline: { text, kind: 'date', date: first.date, reportedDone },
      unrealDate: null,
    };
  }
  if (first === undefined) {
    const yearless = YEARLESS.exec(text);
    if (yearless) {
      if (documentYear === null) {
        return {
          deadline: { text, kind: 'unknown', date: null, reportedDone },
          unrealDate: null,
          assumedYear: null,
          missingYear: true,
        };
      }
      const dated = findDates(`${documentYear}年${yearless[0]}`)[0];
      if (dated?.date) {
        return {
          deadline: { text, kind: 'date', date: dated.date, reportedDone },
          unrealDate: null,
          assumedYear: documentYear,
          missingYear: false,
        };
      }
    }
    const relative = RELATIVE.exec(text);
    const amount = relative ? amountOf(relative[1] ?? '') : null;
    if (relative && amount !== null) {
      const unit: 'day' | 'month' | 'year' =
        relative[2] === '年'
          ? 'year'
          : relative[2] === '个月' || relative[2] === '月'
            ? 'month'
            : 'day';
      // 半年 is six months, not half a year's date arithmetic.
      const [n, u] = amount === 0.5 && unit === 'year' ? [6, 'month' as const] : [amount, unit];
      return {
        ...base,
        deadline: {
          text,
          kind: 'relative',
          date: null,
          reportedDone,
          relative: { amount: n, unit: u },
        },
        unrealDate: null,
      };
    }
  }
  const unrealDate = first?.text ?? null;
  const kind = ONGOING.test(text) ? 'ongoing' : 'unknown';
  return { ...base, deadline: { text, kind, date: null, reportedDone }, unrealDate };
}

/** The year a document states for itself: the first year in its title (`2022年…整改清单`). */
export function documentYearOf(title: string): number | null {
  const m = /(?<!\d)(\d{4})\s*年/u.exec(title);
  return m ? Number(m[1]) : null;
}
