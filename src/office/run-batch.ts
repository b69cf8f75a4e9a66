import { languageOfTag } from '../core/i18n';
import {
  CELL_EDIT_CODE,
  CellEditModeError,
  RectifyError,
  WriteFailedError,
  errorCode,
} from './errors';
import type { XlContext, XlRun, XlRunOptions } from './excel-api';
import type { OfficeLike } from './office-global';

/** The ExcelApi version that brings `RunOptions.mergeUndoGroup` (one Undo for one click). */
export const UNDO_GROUP_API = '1.20';

/**
 * How every batch runs: Excel waits for the user to leave a cell they are typing in
 * (`delayForCellEdit`; hosts that do not know it ignore it and fail the request instead, which is
 * caught below), and on ExcelApi 1.20 all requests of one operation are one undo step.
 */
export function runOptions(office: OfficeLike): XlRunOptions {
  if (office.context.requirements.isSetSupported('ExcelApi', UNDO_GROUP_API))
    return { delayForCellEdit: true, mergeUndoGroup: true };
  return { delayForCellEdit: true };
}

/**
 * Runs one operation's batch. A request refused because a cell is being edited, before anything
 * was written, becomes the press-Enter-or-Esc message; for an operation that writes, any other
 * failure before writing says that nothing was changed (failures while writing are the
 * transaction's, already explained).
 */
export async function runBatch<T>(
  run: XlRun,
  office: OfficeLike,
  writes: boolean,
  batch: (context: XlContext) => Promise<T>,
): Promise<T> {
  const lang = languageOfTag(office.context.displayLanguage);
  try {
    return await run(runOptions(office), batch);
  } catch (error) {
    if (error instanceof WriteFailedError) throw error.in(lang);
    if (errorCode(error) === CELL_EDIT_CODE) throw new CellEditModeError(lang);
    if (error instanceof RectifyError || (error as { userFacing?: unknown })?.userFacing === true)
      throw error;
    if (writes) throw new WriteFailedError({ kind: 'unchanged' }, error, lang);
    throw error;
  }
}
