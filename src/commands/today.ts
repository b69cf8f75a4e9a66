import { type IsoDate, isoFromParts } from '../core/dates';

/** Today's date where the user is (the faces own the clock; the core takes it as a parameter). */
export function localToday(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
