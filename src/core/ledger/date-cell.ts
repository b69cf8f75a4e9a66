import type { IsoDate } from '../dates';
import { isRealDate, isoFromExcelSerial, isoFromParts } from '../dates';
import type { GridCell } from '../grid';
import { isDateCell, isErrorCell } from '../grid';

/** What a date column holds, read forgivingly but never guessed. */
export type DateReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly date: IsoDate }
  /** Something that is not a real date: `明年`, `2022年2月30日`, `2022-13-01`, `TRUE`. */
  | { readonly kind: 'invalid'; readonly text: string }
  /** An Excel error value; reported once, as `cell-error`, not again as a bad date. */
  | { readonly kind: 'error'; readonly error: string };

const EMPTY: DateReading = { kind: 'empty' };

// Year, month, day separated by `/`, `-`, `.` or written as `2022年6月30日`; an optional time
// part (as some systems export `2022-06-30 00:00:00`) is accepted and ignored.
const SEPARATED =
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

export function readDateCell(cell: GridCell | undefined): DateReading {
  if (cell === null || cell === undefined) return EMPTY;
  if (isDateCell(cell)) return { kind: 'date', date: cell.date };
  if (isErrorCell(cell)) return { kind: 'error', error: cell.error };
  if (typeof cell === 'number') return readNumber(cell);
  if (typeof cell === 'boolean') return { kind: 'invalid', text: cell ? 'TRUE' : 'FALSE' };
  const text = cell.trim();
  if (text.length === 0) return EMPTY;
  const date = parseDateText(text);
  return date === null ? { kind: 'invalid', text: cell } : { kind: 'date', date };
}

/** A date typed as text in one of the ways people type dates, or null. */
export function parseDateText(raw: string): IsoDate | null {
  const text = raw.trim();
  if (text.length > 40) return null;
  const date = matchDate(text);
  if (date !== null) return date;
  // NFKC turns full-width digits and punctuation (２０２２／６／３０) into ASCII.
  const normal = text.normalize('NFKC');
  return normal === text ? null : matchDate(normal);
}

function matchDate(text: string): IsoDate | null {
  const m = SEPARATED.exec(text) ?? CHINESE.exec(text) ?? COMPACT.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isRealDate(y, mo, d) ? isoFromParts(y, mo, d) : null;
}

function readNumber(n: number): DateReading {
  // A plain number in a date column: an Excel serial whose date format was lost, or 20220630.
  if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) {
    const date = parseDateText(String(n));
    if (date !== null) return { kind: 'date', date };
  }
  const date = isoFromExcelSerial(n);
  return date === null ? { kind: 'invalid', text: String(n) } : { kind: 'date', date };
}
