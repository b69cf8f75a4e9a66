import { isoFromParts, type IsoDate } from '../core/dates';

/**
 * The pane's only clock. "Today" is the local calendar date on the user's machine, read once per
 * operation and passed down as an IsoDate; nothing else in the pane asks for the time.
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
