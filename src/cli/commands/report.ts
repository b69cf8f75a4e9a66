import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { CycleError } from '../../core/cycle';
import type { WorkbookSnapshot } from '../../core/grid';
import { message, t, type Lang, type Message } from '../../core/i18n';
import type { SheetPlan } from '../../core/plan/types';
import { readSettings } from '../../core/settings';
import {
  buildReportModel,
  reportBlocks,
  reportSheet,
  REPORT_SHEET,
  type ReportModel,
} from '../../core/report';
import { ledgerUpdateBytes, readCycleWorkbook } from '../../xlsx/cycle-files';
import { keepPrevious } from './workbook';
import { renderReportDocx } from '../../report/docx';
import { SheetConflictError, WorkbookFileError } from '../../xlsx/errors';
import { openWorkbookFile } from '../../xlsx/read';
import { writeBytesAtomic } from '../../xlsx/write';
import { CliError } from '../errors';
import type { CommandRegistration } from '../program';
import { asCliError, outputOf, todayOf } from './cycle-support';

interface ReportOptions {
  readonly out: string;
  readonly since?: string;
  readonly sinceDate?: string;
  readonly today?: string;
  readonly sheet?: boolean;
}

/** `rectify report LEDGER.xlsx --out REPORT.docx [--since PREVIOUS.xlsx] [--today YYYY-MM-DD]`. */
export const registerReport: CommandRegistration = (program, lang) => {
  program
    .command('report')
    .description(t(lang, 'cli.report.description'))
    .argument('<ledger>', t(lang, 'report.cli.argLedger'))
    .requiredOption('--out <file>', t(lang, 'report.cli.optOut'))
    .option('--since <previous>', t(lang, 'report.cli.optSince'))
    .option('--since-date <date>', t(lang, 'report.cli.optSinceDate'))
    .option('--today <date>', t(lang, 'report.cli.optToday'))
    .option('--sheet', t(lang, 'report.cli.optSheet', { sheet: REPORT_SHEET }))
    .addHelpText('after', `\n${t(lang, 'report.cli.helpAfter', { sheet: REPORT_SHEET })}\n`)
    .action(async (file: string, options: ReportOptions, command: Command) => {
      const today = todayOf(options.today);
      const sinceDate =
        options.sinceDate === undefined ? undefined : todayOf(options.sinceDate, '--since-date');
      await requireFolderOf(options.out);
      const snapshot = await readSnapshot(file);
      const previous = options.since === undefined ? undefined : await readSnapshot(options.since);
      let model: ReportModel;
      try {
        model = buildReportModel({
          snapshot,
          today,
          // The workbook's own 临期提醒天数 (说明), as summarize and the sheets use it.
          dueSoonDays: readSettings(snapshot).settings.dueSoonDays,
          ...(previous === undefined
            ? {}
            : { previous: { snapshot: previous, ...(sinceDate ? { asOf: sinceDate } : {}) } }),
        });
      } catch (error) {
        asCliError(error, file);
      }
      const blocks = reportBlocks(model);
      const bytes = await renderReportDocx(blocks);
      // The ledger is opened for writing before anything is written, so a file the save path
      // cannot open stops the command with nothing written.
      const sheetBytes =
        options.sheet === true ? await sheetWritten(file, reportSheet(blocks)) : null;
      try {
        await writeBytesAtomic(bytes, options.out);
      } catch (error) {
        asCliError(error);
      }
      const lines = [summaryLine(model, options.out, lang)];
      if (sheetBytes !== null) {
        try {
          const backup = await keepPrevious(file);
          await writeBytesAtomic(sheetBytes, file);
          lines.push(t(lang, 'report.cli.sheetWritten', { path: file, sheet: REPORT_SHEET }));
          if (backup !== null) lines.push(t(lang, 'cycle.cli.backup', { path: backup }));
        } catch (error) {
          const out = options.out;
          framed(error, (reason) =>
            message('report.cli.sheetNotWritten', { path: out, sheet: REPORT_SHEET, reason }),
          );
        }
      }
      outputOf(command)(`${lines.join('\n')}\n`);
    });
};

function summaryLine(model: ReportModel, out: string, lang: Lang): string {
  const { counts, changes } = model;
  let line = t(lang, 'report.cli.wrote', {
    path: out,
    title: model.title,
    date: model.asOf,
    measures: counts.measures,
    overdue: counts.overdue,
    dueSoon: counts.dueSoon,
  });
  if (changes !== null) {
    line += `\n${t(lang, 'report.cli.changes', {
      since: changes.since,
      done: changes.newlyDone.length,
      overdue: changes.newlyOverdue.length,
      updated: changes.progressUpdated.length,
      stale: changes.notUpdated.length,
    })}`;
  }
  return line;
}

/** A file, sheet or core refusal as exit 2, saying first what was and was not written. */
function framed(error: unknown, frame: (reason: Message) => Message): never {
  if (
    error instanceof WorkbookFileError ||
    error instanceof SheetConflictError ||
    error instanceof CycleError
  ) {
    throw new CliError(frame(error.said), 2);
  }
  throw error;
}

/** The ledger with its 进展报告 sheet, as bytes: a file we cannot read or edit stops here. */
async function sheetWritten(file: string, sheet: SheetPlan): Promise<Uint8Array> {
  try {
    return await ledgerUpdateBytes(await readCycleWorkbook(file), { sheets: [sheet] }, file);
  } catch (error) {
    framed(error, (reason) => message('report.cli.nothingWritten', { reason }));
  }
}

async function readSnapshot(path: string): Promise<WorkbookSnapshot> {
  try {
    return (await openWorkbookFile(path)).reading;
  } catch (error) {
    asCliError(error);
  }
}

async function requireFolderOf(out: string): Promise<void> {
  const dir = dirname(resolve(out));
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch {
    // Reported below.
  }
  throw new CliError(message('report.cli.noFolder', { dir }), 2);
}
