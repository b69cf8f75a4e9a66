import type { GridCell } from '../grid';
import { gridText } from './rich-cell';

/**
 * A key part as text that compares equal however it was typed: `1`, `"1"`, `" 1 "`, `１`.
 * Empty when the cell is blank.
 */
export function keyPart(value: GridCell): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return gridText(value)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[．。]/g, '.');
}

/** Joins key parts; null when any part is blank (a row without a key). */
export function joinKey(parts: readonly string[]): string | null {
  if (parts.some((p) => p.length === 0)) return null;
  return parts.join('\u0001');
}
