import type { Command } from 'commander';
import { isIsoDate, isoFromParts, type IsoDate } from '../../core/dates';
import { CycleError } from '../../core/cycle';
import { message } from '../../core/i18n';
import { SheetConflictError, WorkbookFileError } from '../../xlsx/errors';
import { readCycleWorkbook, type CycleWorkbook } from '../../xlsx/cycle-files';
import { CliError } from '../errors';

/** `--today` as given, or the local calendar date: where split, collect and report read the clock. */
export function todayOf(option: string | undefined): IsoDate {
  if (option === undefined) {
    const now = new Date();
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  if (!isIsoDate(option)) {
    throw new CliError(`--today 应为真实日期 YYYY-MM-DD，收到“${option}” (expected YYYY-MM-DD)`, 2);
  }
  return option;
}

/** The writer configured on the root program (runProgram's Io), so tests can capture output. */
export function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  return root.configureOutput().writeOut ?? ((text: string) => void process.stdout.write(text));
}

/** Opens a workbook or stops with exit 2 and the reader's one-line reason. */
export async function openWorkbook(path: string): Promise<CycleWorkbook> {
  try {
    return await readCycleWorkbook(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.said, 2);
    throw error;
  }
}

/** Core and shell refusals as exit 2 with their message; anything else is a bug and propagates. */
export function asCliError(error: unknown, prefix = ''): never {
  if (error instanceof CycleError) throw new CliError(`${prefix}${error.message}`, 2);
  if (error instanceof SheetConflictError)
    throw new CliError(message('cli.summarize.nothingWritten', { reason: error.said }), 2);
  if (error instanceof WorkbookFileError) throw new CliError(error.said, 2);
  throw error;
}
