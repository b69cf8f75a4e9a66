import type { Command } from 'commander';
import { isIsoDate, isoFromParts, type IsoDate } from '../../core/dates';
import { CycleError } from '../../core/cycle';
import { message, type Message } from '../../core/i18n';
import { SheetConflictError, WorkbookFileError } from '../../xlsx/errors';
import { readCycleWorkbook, type CycleWorkbook } from '../../xlsx/cycle-files';
import { CliError } from '../errors';

/**
 * `--today` (or another date flag) as given, or the local calendar date: where split, collect and
 * report read the clock.
 */
export function todayOf(option: string | undefined, flag = '--today'): IsoDate {
  if (option === undefined) {
    const now = new Date();
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  if (!isIsoDate(option))
    throw new CliError(message('cycle.cli.badDate', { flag, found: option }), 2);
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

/**
 * Core and shell refusals as exit 2 with their message (a core refusal about the file `path`
 * names it first); anything else is a bug and propagates.
 */
export function asCliError(error: unknown, path?: string): never {
  if (error instanceof CycleError) {
    const said = path === undefined ? error.said : inFile(path, error.said);
    throw new CliError(said, 2);
  }
  if (error instanceof SheetConflictError)
    throw new CliError(message('cli.summarize.nothingWritten', { reason: error.said }), 2);
  if (error instanceof WorkbookFileError) throw new CliError(error.said, 2);
  throw error;
}

/** A refusal about one file: `path：reason`. */
export function inFile(path: string, reason: Message): Message {
  return message('cycle.cli.inFile', { path, reason });
}
