import { isBlankCell, richValue, type RichCell } from './rich-cell';
import type { NameKept } from './report';
import { keyPart } from './keys';

/**
 * 名录 rebuilt from the new list, keeping every name the user added: column by column (matched by
 * header), the fresh names in their order, then the old names the list no longer gives, in their
 * old order. Those include names only the old list gave; they stay too, because rows kept from the
 * old list may still name them and a drop-down must not reject them. Columns the user added to
 * 名录 are kept whole, to the right.
 */
export function mergeLists(
  old: readonly (readonly RichCell[])[],
  fresh: readonly (readonly RichCell[])[],
): { rows: RichCell[][]; kept: NameKept[] } {
  const header = (rows: readonly (readonly RichCell[])[]) =>
    (rows[0] ?? []).map((c) => (typeof c.value === 'string' ? c.value.trim() : ''));
  const freshHeader = header(fresh);
  const oldHeader = header(old);
  const column = (rows: readonly (readonly RichCell[])[], c: number) =>
    rows
      .slice(1)
      .map((r) => r[c])
      .filter((cell): cell is RichCell => cell !== undefined && !isBlankCell(cell));

  const kept: NameKept[] = [];
  const columns: { header: string; cells: RichCell[] }[] = freshHeader.map((h, c) => ({
    header: h,
    cells: column(fresh, c),
  }));
  oldHeader.forEach((h, c) => {
    const oldCells = column(old, c);
    const target = columns.find((col) => col.header === h && h.length > 0);
    if (target === undefined) {
      if (h.length > 0 || oldCells.length > 0) columns.push({ header: h, cells: oldCells });
      return;
    }
    const have = new Set(target.cells.map((cell) => keyPart(cell.value)));
    for (const cell of oldCells) {
      const k = keyPart(cell.value);
      if (have.has(k)) continue;
      have.add(k);
      target.cells.push(cell);
      kept.push({ column: h, name: typeof cell.value === 'string' ? cell.value : k });
    }
  });
  const height = Math.max(0, ...columns.map((c) => c.cells.length));
  const rows: RichCell[][] = [columns.map((c) => richValue(c.header))];
  for (let r = 0; r < height; r += 1) rows.push(columns.map((c) => c.cells[r] ?? richValue(null)));
  return { rows, kept };
}
