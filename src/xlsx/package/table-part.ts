import { parseRange, rangeOf, type ResolvedSheet } from '../../core/plan';
import { NS } from './parts';
import { xmlText } from './plan-text';

/**
 * A plan sheet's table as a table part. Its column names are the header cells' text, as every
 * program requires; a header the plan leaves empty or repeats is a mistake in the plan.
 */
export function tablePartXml(sheet: ResolvedSheet, id: number): string {
  const table = sheet.plan.table;
  if (table === undefined) throw new Error(`"${sheet.plan.name}" has no table`);
  const box = parseRange(table.range);
  const header = sheet.plan.rows[box.top] ?? [];
  const names: string[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const cell = header[c] ?? null;
    const name = cell !== null && 'text' in cell ? cell.text : '';
    if (name === '' || names.some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new Error(`table ${table.name}: header ${c + 1} is empty or repeated`);
    }
    names.push(name);
  }
  // Line breaks in a column name are written as Excel escapes them (an attribute would fold them).
  const escaped = (n: string) =>
    n.replace(/[\t\n\r]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`);
  const ref = rangeOf(box);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${NS.main}" id="${id}" name="${xmlText(table.name)}" displayName="${xmlText(table.name)}"` +
    ` ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/>` +
    `<tableColumns count="${names.length}">` +
    names.map((n, i) => `<tableColumn id="${i + 1}" name="${xmlText(escaped(n))}"/>`).join('') +
    '</tableColumns>' +
    `<tableStyleInfo name="${xmlText(table.style)}" showFirstColumn="0" showLastColumn="0"` +
    ' showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
