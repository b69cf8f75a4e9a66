import type { Grid, GridCell, WorkbookSnapshot } from '../core/grid';
import { gridCellOf } from '../core/shell/host-cell';
import type { XlContext } from './excel-api';
import { readUsedAreas } from './read-used';

function gridCell(value: unknown, type: unknown, format: unknown): GridCell {
  if (type === 'Empty') return null;
  return gridCellOf({ value, format, error: type === 'Error' });
}

/**
 * Reads sheets' used areas (values, number formats to recognise dates, value types to recognise
 * errors) into grids, in as few requests as Excel's limits allow (see readUsedAreas); `alsoQueue`
 * rides along in the first request. Missing sheets are simply absent from the result.
 */
export async function readGrids(
  context: XlContext,
  sheets: readonly string[],
  alsoQueue?: () => void,
): Promise<Map<string, Grid>> {
  const areas = await readUsedAreas(
    context,
    sheets,
    ['values', 'numberFormat', 'valueTypes'],
    alsoQueue,
  );
  const out = new Map<string, Grid>();
  for (const [sheet, area] of areas)
    out.set(sheet, {
      sheet,
      rows: area.values.map((row, r) =>
        row.map((v, c) => gridCell(v, area.valueTypes[r]?.[c], area.numberFormat[r]?.[c])),
      ),
    });
  return out;
}

/** A snapshot over grids already read (the core's `grid()` is synchronous). */
export function snapshotOf(
  sheetNames: readonly string[],
  grids: ReadonlyMap<string, Grid>,
): WorkbookSnapshot {
  const byLower = new Map([...grids].map(([k, v]) => [k.toLowerCase(), v]));
  return {
    sheetNames,
    grid: (sheet) => byLower.get(sheet.toLowerCase()) ?? null,
  };
}
