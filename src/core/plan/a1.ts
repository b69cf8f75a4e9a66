import { columnLetter } from '../grid';

/** A rectangle of a sheet, zero-based and inclusive. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `H12` or `A1:M90` (optionally with `$`) as a box; a plan range is always local to its sheet. */
export function parseRange(range: string): Box {
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(range.replace(/\$/g, ''));
  if (!m) throw new Error(`not an A1 range: ${range}`);
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1] ?? 'A');
  const bottom = m[4] === undefined ? top : Number(m[4]) - 1;
  const right = m[3] === undefined ? left : columnIndex(m[3]);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** A box as `A1` (one cell) or `A1:M90`. */
export function rangeOf(box: Box): string {
  const a = `${columnLetter(box.left)}${box.top + 1}`;
  const b = `${columnLetter(box.right)}${box.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}
