import { isoFromExcelSerial, isRealDate, isoFromParts } from '../../core/dates';
import type { GridCell } from '../../core/grid';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A cell's value from its type `t`, its `<v>` (or inline string) and whether its style shows a
 * date. A formula's cached result is its value, 0 and FALSE included; a cell without a value is
 * null. A hyperlink never replaces the value (links are not read here).
 */
export function cellValue(
  type: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  sharedStrings: readonly string[],
  isDate: boolean,
  date1904: boolean,
): GridCell {
  switch (type) {
    case undefined:
    case 'n': {
      if (v === undefined || v === '') return null;
      const n = Number(v);
      if (Number.isNaN(n)) return v;
      return isDate ? (dateOfSerial(n, date1904) ?? n) : n;
    }
    case 's': {
      if (v === undefined || v === '') return null;
      return sharedStrings[Number(v)] ?? null;
    }
    case 'str':
      return v ?? inline ?? null;
    case 'inlineStr':
      return inline ?? v ?? null;
    case 'b':
      return v === undefined || v === '' ? null : v === '1' || v.toLowerCase() === 'true';
    case 'e':
      return v === undefined || v === '' ? null : { error: v };
    case 'd':
      return v === undefined || v === '' ? null : dateOfIso(v);
    default:
      return v ?? null;
  }
}

/** A serial in either date system as a calendar day (to the nearest second, as Excel shows it). */
export function dateOfSerial(serial: number, date1904: boolean): { date: string } | null {
  const seconds = Math.round(serial * 86_400) / 86_400;
  const date = isoFromExcelSerial(seconds + (date1904 ? 1462 : 0));
  return date === null ? null : { date };
}

/** `t="d"`: an ISO 8601 date or date-time; its calendar day as written. */
function dateOfIso(text: string): GridCell {
  const m = ISO_DATE.exec(text.trim());
  if (m === null) return text;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? { date: isoFromParts(y, mo, d) } : text;
}
