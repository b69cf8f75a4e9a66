import { xmlText } from './plan-text';

/**
 * Text as the content of a cell's `<t>`: XML-escaped (control characters XML cannot carry
 * dropped, as the plan writer drops them), and a literal `_x0041_` protected as `_x005F_x0041_`,
 * because spreadsheet programs read `_xHHHH_` in cell text as an escaped character.
 */
export function escapeCellText(text: string): string {
  return xmlText(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}
