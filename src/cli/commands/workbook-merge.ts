import type ExcelJS from 'exceljs';
import type { IsoDate } from '../../core/dates';
import { t, type Lang } from '../../core/i18n';
import { SHEETS } from '../../core/ledger/model';
import type { RectificationList } from '../../core/list/schema';
import { reportLines } from '../../core/merge';
import { SheetConflictError, WorkbookFileError } from '../../xlsx/errors';
import { mergeLedgerWorkbook, type LedgerMergeResult } from '../../xlsx/merge-ledger';
import { readWorkbookFile } from '../../xlsx/read';
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
}

export interface MergedFile {
  readonly workbook: ExcelJS.Workbook;
  readonly result: LedgerMergeResult;
  /** What to print: the report, then the sheets written. */
  readonly lines: readonly string[];
}

/** Reads the old workbook and merges the new list into it in memory, or fails with one line. */
export async function mergeIntoWorkbookFile(request: MergeRequest): Promise<MergedFile> {
  const lang = request.lang ?? 'zh';
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await readWorkbookFile(request.mergePath);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.message);
    throw error;
  }
  if (workbook.getWorksheet(SHEETS.ledger) === undefined) {
    throw new CliError(
      t(lang, 'cli.workbook.noLedgerToMerge', { path: request.mergePath, sheet: SHEETS.ledger }),
    );
  }
  let result: LedgerMergeResult;
  try {
    result = mergeLedgerWorkbook(workbook, request.list, {
      today: request.today,
      sourceName: request.sourceName,
      generatedAt: request.generatedAt,
    });
  } catch (error) {
    if (error instanceof SheetConflictError) throw new CliError(error.message);
    throw error;
  }
  const lines = [
    t(lang, 'cli.workbook.mergeReport'),
    ...reportLines(result.merge.report).map((l) => `  ${l}`),
    ...result.applied.sheets.map((s) => t(lang, 'cli.workbook.sheetLine', s)),
  ];
  return { workbook, result, lines };
}
