import type { SheetPlan } from './types';

/**
 * The one link form: a real hyperlink to a place in the workbook (`'台账'!H12`), shown as its
 * text. Not a `=HYPERLINK()` formula (cut at 255 characters, and a formula where the plan holds
 * text), not an external target: every shell writes a cell's text and this location.
 */
export interface ResolvedLink {
  /** Zero-based cell. */
  readonly row: number;
  readonly column: number;
  /** A place in the workbook, without `#`: `'Sheet'!A1`. */
  readonly location: string;
  readonly text: string;
}

export function resolveLinks(plan: SheetPlan): ResolvedLink[] {
  const links: ResolvedLink[] = [];
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && 'link' in cell) {
        links.push({
          row: r,
          column: c,
          location: cell.link.target.replace(/^#/, ''),
          text: cell.link.text,
        });
      }
    }),
  );
  return links;
}
