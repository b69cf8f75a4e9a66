import { excelSerialFromIso } from '../dates';
import type { PlanCell } from '../plan/types';

/**
 * Excel and WPS parse what is written through `range.values` / `Value2` as if it were typed: `=…`
 * becomes a formula, `+…`/`-…`/`@…` too, and digits, dates (also `2023年12月31日`), TRUE/FALSE or
 * `1e5` become numbers, dates or booleans. Document text must stay exactly as written, so any
 * text that could be read as something else gets the hosts' own escape, a leading apostrophe:
 * the cell keeps the text (the apostrophe is not part of the value). Text starting with a CJK
 * character (almost all document text) is never reinterpreted and is written as is.
 */
export function needsQuote(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.codePointAt(0) ?? 0;
  // Anything beginning with ASCII, full-width forms or whitespace could be parsed.
  return first < 0x80 || (first >= 0xff00 && first <= 0xffef) || /^\s/u.test(text);
}

/** Text as typed into a host that parses typed input: escaped when it could be read otherwise. */
export function typedText(text: string): string {
  return needsQuote(text) ? `'${text}` : text;
}

/**
 * A plan cell as written into a host that parses typed input. `null` leaves the cell as it is
 * (empty on a fresh or cleared sheet). A link cell is its text; the hyperlink itself is the
 * core's resolved link, written separately (src/core/plan/links.ts).
 */
export function typedValue(cell: PlanCell): string | number | boolean | null {
  if (cell === null) return null;
  if ('text' in cell) return typedText(cell.text);
  if ('number' in cell) return cell.number;
  if ('date' in cell) return excelSerialFromIso(cell.date);
  if ('bool' in cell) return cell.bool;
  if ('formula' in cell) return `=${cell.formula}`;
  return typedText(cell.link.text);
}
