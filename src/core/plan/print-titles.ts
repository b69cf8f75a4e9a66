/**
 * A plan's `repeatRows` (`3:3`, `1:2`, a lone `3`, with or without `$`) as the absolute row range
 * every host takes for print titles (`$3:$3`); null when the plan repeats no rows.
 */
export function absoluteRows(repeatRows: string | undefined): string | null {
  if (repeatRows === undefined || repeatRows === '') return null;
  const [from, to] = repeatRows.replace(/\$/g, '').split(':');
  return `$${from}:$${to ?? from}`;
}
