import { languageOfTag } from '../core/i18n';
import { SHEETS } from '../core/ledger/model';
import {
  type Settings,
  type SettingsReading,
  readSettings as readWorkbookSettings,
} from '../core/settings';
import { planSettingWrites, settingRefusalText } from '../core/settings-write';
import type { Grid, GridCell } from '../core/grid';
import { usedBox } from './read-used';
import { RectifyError } from './errors';
import type { XlContext } from './excel-api';
import type { OfficeLike } from './office-global';
import type { LoadedSettings } from '../operations/contract';
import { readGrids, snapshotOf } from './read-grid';
import { writeAtomically } from './transaction';
import { isOwned, queueLook } from './workbook-look';

/**
 * The settings live in cells of the owned 说明 sheet (src/core/settings.ts), where Excel's own
 * conditional formats and every other program see them; this shell only reads and writes cells.
 */
export async function readSettings(context: XlContext): Promise<LoadedSettings> {
  const read = queueSettingsRead(context);
  await context.sync();
  const { settings, found } = read();
  return { ...settings, found };
}

/**
 * Queues the read of 说明's used area (its raw values are enough: labels and numbers), to ride
 * along in a request the caller sends; the settings are ready once it is synced.
 */
export function queueSettingsRead(context: XlContext): () => SettingsReading {
  const used = context.workbook.worksheets
    .getItemOrNullObject(SHEETS.readme)
    .getUsedRangeOrNullObject(true)
    .load('address,values');
  return () => {
    const grids = new Map<string, Grid>();
    if (!used.isNullObject) {
      const { top, left } = usedBox(used.address);
      const rows: GridCell[][] = [];
      used.values.forEach((row, r) => {
        rows[top + r] = [...Array<GridCell>(left).fill(null), ...row.map(rawCell)];
      });
      grids.set(SHEETS.readme, { sheet: SHEETS.readme, rows: Array.from(rows, (r) => r ?? []) });
    }
    return readWorkbookSettings(snapshotOf([...grids.keys()], grids));
  };
}

function rawCell(value: unknown): GridCell {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined || value === '' ? null : String(value);
}

/** Writes the numbers into their cells of 说明, atomically; refused as the core decides. */
export async function writeSettings(
  context: XlContext,
  office: OfficeLike,
  settings: Settings,
): Promise<void> {
  let look: ReturnType<typeof queueLook> | undefined;
  const grids = await readGrids(context, [SHEETS.readme], () => {
    look = queueLook(context);
  });
  const seen = look!();
  const snapshot = snapshotOf([...grids.keys()], grids);
  const decided = planSettingWrites(snapshot, isOwned(seen, SHEETS.readme), settings);
  if ('refusal' in decided)
    throw new RectifyError(
      settingRefusalText(languageOfTag(office.context.displayLanguage), decided.refusal),
    );
  const sheet = [...grids.keys()][0] as string;
  await writeAtomically(context, seen, { changes: [sheet], creates: [] }, async (writer) => {
    for (const w of decided.writes)
      await writer.add(100, () => {
        context.workbook.worksheets.getItem(sheet).getRange(w.address).values = [[w.days]];
      });
  });
}
