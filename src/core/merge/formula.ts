/**
 * Moving a user's formula with its row.
 *
 * When a re-import moves a ledger row (say from sheet row 5 to row 7), a formula in that row such
 * as `IF(H5="已完成","✓","")` must go on talking about its own row, or the user's cell would show
 * another row's data. So references whose every row is the formula's own row, written relative
 * (no `$` before the row), move with it: `H5` → `H7`, `H5:J5` → `H7:J7`. Everything else is
 * kept literally: absolute rows (`H$5`), references to other rows (`SUM(J2:J90)`), references to
 * other sheets (`'名录'!A5`), structured references (`Ledger[@状态]`, already row-free) and text
 * inside string literals.
 */

const MAX_ROW = 1_048_576;

// A cell reference, optionally a range of two; captured parts let us rebuild it exactly.
const REF = /\$?[A-Za-z]{1,3}\$?\d{1,7}/y;

interface CellRef {
  readonly text: string;
  readonly prefix: string;
  readonly absoluteRow: boolean;
  readonly row: number;
}

function readRef(formula: string, at: number): CellRef | null {
  REF.lastIndex = at;
  const m = REF.exec(formula);
  if (m === null) return null;
  const text = m[0];
  const parts = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (parts === null) return null;
  const column = parts[1]!.replace('$', '').toUpperCase();
  if (column.length === 3 && column > 'XFD') return null;
  const row = Number(parts[3]);
  if (row < 1 || row > MAX_ROW) return null;
  return { text, prefix: parts[1]!, absoluteRow: parts[2] === '$', row };
}

const NAME_CHAR = /[A-Za-z0-9_.\u0080-\uFFFF]/;

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && NAME_CHAR.test(ch);
}

/**
 * The formula (without `=`) as it must read on `newRow`, having been written on `oldRow`
 * (both 1-based sheet rows).
 */
export function moveFormulaRow(formula: string, oldRow: number, newRow: number): string {
  if (oldRow === newRow) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = endOfString(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name: copy it and the reference after it untouched.
      const end = endOfQuoted(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      const end = endOfBracket(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (isNameChar(formula[i - 1]) || formula[i - 1] === '!' || formula[i - 1] === '$') {
      out += ch;
      i += 1;
      continue;
    }
    const first = readRef(formula, i);
    if (first === null) {
      out += ch;
      i += 1;
      continue;
    }
    let end = i + first.text.length;
    let second: CellRef | null = null;
    if (formula[end] === ':') {
      second = readRef(formula, end + 1);
      if (second !== null) end += 1 + second.text.length;
    }
    const next = formula[end];
    if (isNameChar(next) || next === '(' || next === '!') {
      // A function name such as LOG10(, a defined name, or a sheet name such as Sheet1!.
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const refs = second === null ? [first] : [first, second];
    const ownRow = refs.every((r) => !r.absoluteRow && r.row === oldRow);
    if (ownRow) {
      out += refs.map((r) => `${r.prefix}${newRow}`).join(':');
    } else {
      out += formula.slice(i, end);
    }
    i = end;
  }
  return out;
}

function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}

/** A quoted sheet name plus `!` and the reference that follows it. */
function endOfQuoted(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") i += 2;
      else {
        i += 1;
        break;
      }
    } else i += 1;
  }
  if (text[i] !== '!') return i;
  i += 1;
  while (i < text.length && /[A-Za-z0-9$:]/.test(text[i]!)) i += 1;
  return i;
}

function endOfBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '[') depth += 1;
    else if (text[i] === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}
