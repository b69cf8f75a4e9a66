/** A1 references read into zero-based indexes without building substrings (cells are many). */
export interface CellPosition {
  row: number;
  column: number;
}

/** `H12` → { row: 11, column: 7 }; false when the text is not a cell reference. */
export function readCellRef(ref: string, into: CellPosition): boolean {
  let i = 0;
  let column = 0;
  const n = ref.length;
  while (i < n) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
    i++;
  }
  if (i === 0 || i > 3) return false;
  let row = 0;
  const digits = i;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i === digits) return false;
  into.row = row - 1;
  into.column = column - 1;
  return true;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A1:C3` (or a single cell `B2`, `$`-pins ignored) → zero-based bounds; null when unreadable. */
export function readRange(ref: string): CellRange | null {
  const [a = '', b = a] = ref.replace(/\$/g, '').split(':');
  const from: CellPosition = { row: 0, column: 0 };
  const to: CellPosition = { row: 0, column: 0 };
  if (!readCellRef(a, from) || !readCellRef(b, to)) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}
