import type { GridCell } from '../grid';
import { isDateCell, isErrorCell } from '../grid';

/**
 * A cell as the text a person would read in it: what messages show as "the value found" and what
 * text fields (措施, 单位, 进展 …) are read from. Numbers print without float noise; dates as ISO.
 */
export function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDateCell(cell)) return cell.date;
  if (isErrorCell(cell)) return cell.error;
  return '';
}

/** Empty for the purpose of "is this filled in": nothing, or only whitespace. */
export function isBlankCell(cell: GridCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return cell.trim().length === 0;
  return false;
}

/** Headers match ignoring every kind of whitespace (spaces, full-width spaces, line breaks). */
export function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, '');
}
