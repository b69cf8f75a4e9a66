/** The three parts of a running header or footer, each still in Excel's codes (`&P`, `&&` …). */
export interface HeaderParts {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/**
 * `&L左&C中&R右` (one header or footer in Excel's codes, as the plan gives it) as the three parts
 * the add-in hosts set one by one. Text before any part code is the centre's, as in Excel; an
 * escaped ampersand (`&&`) stays escaped in its part, so `&&L` is text, not the left part.
 */
export function headerParts(code: string): HeaderParts {
  const out = { left: '', center: '', right: '' };
  let part: keyof typeof out = 'center';
  let i = 0;
  while (i < code.length) {
    const next = code.slice(i, i + 2);
    if (next === '&L' || next === '&C' || next === '&R') {
      part = next === '&L' ? 'left' : next === '&C' ? 'center' : 'right';
      i += 2;
    } else if (next === '&&') {
      out[part] += next;
      i += 2;
    } else {
      out[part] += code[i];
      i++;
    }
  }
  return out;
}
