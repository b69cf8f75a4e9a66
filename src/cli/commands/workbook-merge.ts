import type { IsoDate } from '../../core/dates';
import { message, quoted, render, t, type Lang } from '../../core/i18n';
import { SHEETS } from '../../core/ledger/model';
import type { Settings } from '../../core/settings';
import type { RectificationList } from '../../core/list/schema';
import { reportLines } from '../../core/merge';
import { decideAdoption } from '../../core/workbook/adoption';
import { SheetConflictError, TableNameConflictError, WorkbookFileError } from '../../xlsx/errors';
import { mergeLedgerPackage, type LedgerMergeResult } from '../../xlsx/merge-ledger';
import { openWorkbookFile, type OpenedWorkbook } from '../../xlsx/read';
import { requireSameFormat } from './same-format';
import { CliError } from '../errors';

/** `rectify workbook --seed NEW.txt --merge OLD.xlsx`: the merge half, before the file is written. */
export interface MergeRequest {
  readonly list: RectificationList;
  /** The new list's file name, for 说明 and 导入记录. */
  readonly sourceName: string;
  /** The workbook holding the ledger users have filled in. */
  readonly mergePath: string;
  readonly today: IsoDate;
  readonly generatedAt: string;
  readonly lang?: Lang;
  /** Settings given on the command line; the others keep the old workbook's. */
  readonly settings?: Partial<Settings>;
}

export interface MergedFile {
  readonly result: LedgerMergeResult;
  /** What to print: the report, then the sheets written. */
  readonly lines: readonly string[];
}

/**
 * Reads the old workbook with our reader and merges the new list into its package in memory
 * (nothing written yet), or fails with one line. `out` is where it will be written.
 */
export async function mergeIntoWorkbookFile(
  request: MergeRequest,
  out: string,
): Promise<MergedFile> {
  let opened: OpenedWorkbook;
  const lang = request.lang ?? 'zh';
  try {
    opened = await openWorkbookFile(request.mergePath);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.said);
    throw error;
  }
  requireSameFormat(opened, out, lang);
  if (opened.reading.worksheet(SHEETS.ledger) === null) {
    throw new CliError(
      t(lang, 'cli.workbook.noLedgerToMerge', { path: request.mergePath, sheet: SHEETS.ledger }),
    );
  }
  // A 台账 without the tool's mark (rebuilt by another program) is adopted when the core
  // recognises it as ours; otherwise said so plainly, with a way forward, instead of "rename it".
  const reading = opened.reading;
  const adoption = decideAdoption({
    sheets: reading.sheetNames,
    names: reading.definedNames,
    grid: (sheet) => reading.grid(sheet),
  });
  if (adoption.kind === 'refuse') {
    throw new CliError(
      t(lang, 'cli.workbook.unmarkedLedger', { path: request.mergePath, sheet: SHEETS.ledger }),
    );
  }
  const adopted = adoption.kind === 'adopt' ? adoption.sheets : [];
  let result: LedgerMergeResult;
  try {
    result = await mergeLedgerPackage(
      opened.reading,
      opened.bytes,
      request.list,
      {
        today: request.today,
        sourceName: request.sourceName,
        generatedAt: request.generatedAt,
        ...(request.settings !== undefined ? { settings: request.settings } : {}),
      },
      out,
      adopted,
    );
  } catch (error) {
    if (
      error instanceof SheetConflictError ||
      error instanceof TableNameConflictError ||
      error instanceof WorkbookFileError
    ) {
      throw new CliError(error.said);
    }
    throw error;
  }
  const lines = [
    ...(adopted.length > 0
      ? [
          render(
            lang,
            message('merge.adopt.adopted', { path: request.mergePath, sheets: quoted(adopted) }),
          ),
        ]
      : []),
    t(lang, 'cli.workbook.mergeReport'),
    ...reportLines(result.merge.report, lang).map((l) => `  ${l}`),
    ...result.decisions.sheets.map((s) => t(lang, 'cli.workbook.sheetLine', s)),
  ];
  return { result, lines };
}
