import type ExcelJS from 'exceljs';
import type { IsoDate } from '../../core/dates';
import { SHEETS } from '../../core/ledger/model';
import type { Settings } from '../../core/settings';
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
  /** Settings given on the command line; the others keep the old workbook's. */
  readonly settings?: Partial<Settings>;
}

export interface MergedFile {
  readonly workbook: ExcelJS.Workbook;
  readonly result: LedgerMergeResult;
  /** What to print: the report, then the sheets written. */
  readonly lines: readonly string[];
}

/** Reads the old workbook and merges the new list into it in memory, or fails with one line. */
export async function mergeIntoWorkbookFile(request: MergeRequest): Promise<MergedFile> {
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await readWorkbookFile(request.mergePath);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.message);
    throw error;
  }
  if (workbook.getWorksheet(SHEETS.ledger) === undefined) {
    throw new CliError(
      `${request.mergePath} 中没有“${SHEETS.ledger}”工作表，无法合并；请指定由整改台账助手生成的台账 ` +
        `(no ${SHEETS.ledger} sheet to merge into; give a ledger made by rectify workbook)`,
    );
  }
  let result: LedgerMergeResult;
  try {
    result = mergeLedgerWorkbook(workbook, request.list, {
      today: request.today,
      sourceName: request.sourceName,
      generatedAt: request.generatedAt,
      ...(request.settings !== undefined ? { settings: request.settings } : {}),
    });
  } catch (error) {
    if (error instanceof SheetConflictError) throw new CliError(error.message);
    throw error;
  }
  const lines = [
    '合并结果 (merge report):',
    ...reportLines(result.merge.report).map((l) => `  ${l}`),
    ...result.applied.sheets.map((s) => `  ${s.name}\t${s.rows} 行`),
  ];
  return { workbook, result, lines };
}
