import type { GridCell } from '../grid';
import { gridText } from './rich-cell';

/** Full-width forms (１, Ａ, the ideographic space): the compatibility characters people type. */
const WIDE = /[\u3000\uFF01-\uFF5E]/;

/**
 * A key part as text that compares equal however it was typed: `1`, `"1"`, `" 1 "`, `１`.
 * Empty when the cell is blank. Only text holding full-width forms is normalised, which keeps
 * long measure texts cheap to compare.
 */
export function keyPart(value: GridCell): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  let text = gridText(value);
  if (WIDE.test(text)) text = text.normalize('NFKC');
  return text.replace(/\s+/g, '').replace(/[．。]/g, '.');
}

/** Joins key parts; null when any part is blank (a row without a key). */
export function joinKey(parts: readonly string[]): string | null {
  if (parts.some((p) => p.length === 0)) return null;
  return parts.join('\u0001');
}
