import { columnLetter } from '../core/grid';

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

/** `H12` or `A1:M90` (optionally with `$` and a sheet part, which is dropped) as a box. */
export function parseBox(address: string): Box {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(local);
  if (!m) throw new Error(`不是单元格区域 (not a cell range): ${address}`);
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

export function boxAddress(box: Box): string {
  const a = `${columnLetter(box.left)}${box.top + 1}`;
  const b = `${columnLetter(box.right)}${box.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function columnRange(column: number): string {
  const c = columnLetter(column);
  return `${c}:${c}`;
}
