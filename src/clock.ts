import { type IsoDate, isoFromParts } from './core/dates';

/**
 * The faces' clock (ribbon commands, task pane, command line): the core takes "today" and the
 * timestamp as parameters and the shells never ask for the time, so this is the one place that
 * reads it. Local time, because a ledger's dates are the user's calendar dates.
 */
export function localToday(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `2026-11-29 08:05`: when an import happened, as 说明 and 导入记录 show it. */
export function localTimestamp(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localToday(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
