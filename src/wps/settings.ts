import type { Lang } from '../core/i18n';
import { SHEETS } from '../core/ledger/model';
import {
  type Settings,
  type SettingsReading,
  readSettings as readWorkbookSettings,
} from '../core/settings';
import { planSettingWrites, settingRefusalText } from '../core/settings-write';
import { ownsSheet } from '../core/shell/owned';
import { RectifyError } from '../office/errors';
import { snapshotOf } from '../office/read-grid';
import { ownedSheetNames } from './apply-plan';
import type { EtApplication, EtWorkbook } from './et-api';
import type { Pause } from './pause';
import { readGrids } from './read-grid';
import { atomically } from './transaction';

/**
 * The settings live in cells of the owned 说明 sheet (src/core/settings.ts), where WPS's own
 * conditional formats and every other program see them; this shell only reads and writes cells.
 */
export async function readSettings(book: EtWorkbook, pause: Pause): Promise<SettingsReading> {
  const grids = await readGrids(book, [SHEETS.readme], pause);
  return readWorkbookSettings(snapshotOf([...grids.keys()], grids));
}

/** Writes the numbers into their cells of 说明, all or nothing; refused as the core decides. */
export async function writeSettings(
  app: EtApplication,
  book: EtWorkbook,
  settings: Settings,
  pause: Pause,
  lang: Lang,
): Promise<void> {
  const grids = await readGrids(book, [SHEETS.readme], pause);
  const sheet = [...grids.keys()][0];
  const owned = sheet !== undefined && ownsSheet(ownedSheetNames(book), sheet);
  const decided = planSettingWrites(snapshotOf([...grids.keys()], grids), owned, settings);
  if ('refusal' in decided) throw new RectifyError(settingRefusalText(lang, decided.refusal));
  const name = sheet as string;
  await atomically(app, book, [name], async () => {
    const ws = book.Worksheets.Item(name);
    for (const w of decided.writes) ws.Range(w.address).Value2 = w.days;
  });
}
