import { columnLetter } from '../../core/grid';

// A1 references outside string literals and quoted sheet names; `$` pins a part. Not a reference:
// letters or digits run on before it (`ATAN2`, `TAX2019A`) or a `(` after it (`LOG10(`).
const TOKEN =
  /("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

/**
 * A shared formula's text as it reads in a cell `rows` below and `columns` right of the cell that
 * holds it (ECMA-376 18.3.1.40): relative references move, `$`-pinned parts stay.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(
    TOKEN,
    (whole, literal?: string, pinCol?: string, col?: string, pinRow?: string, row?: string) => {
      if (literal !== undefined || col === undefined || row === undefined) return whole;
      const c = pinCol === '$' ? col : columnLetter(columnIndex(col) + columns);
      const r = pinRow === '$' ? row : String(Number(row) + rows);
      return `${pinCol}${c}${pinRow}${r}`;
    },
  );
}

/** `A` → 0, `AB` → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) & 0xdf) - 64);
  return n - 1;
}
