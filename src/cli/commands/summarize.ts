import type { Command } from 'commander';
import type { IsoDate } from '../../core/dates';
import { isIsoDate, isoFromParts } from '../../core/dates';
import { t, type Lang } from '../../core/i18n';
import { DUE_SOON_DAYS } from '../../core/ledger/model';
import { ownedSheets } from '../../core/ownership';
import { buildSummaries, staleSummarySheets, SummaryError } from '../../core/summary';
import { UNIT_SUMMARY_SHEET } from '../../core/summary/unit-sheet';
import type { Summaries } from '../../core/summary';
import type { ApplyResult } from '../../xlsx/apply-plan';
import { SheetConflictError, WorkbookFileError } from '../../xlsx/errors';
import { openWorkbookFile, readWorkbookSource, type OpenedWorkbook } from '../../xlsx/read';
import type { WorkbookReading } from '../../xlsx/reader';
import { saveOwnedSheets, type OwnedSheetsSaved } from '../../xlsx/save-owned-sheets';
import { CliError } from '../errors';
import type { CommandRegistration } from '../program';

interface SummarizeOptions {
  readonly out?: string;
  readonly today?: string;
}

/** `rectify summarize FILE.xlsx [--out FILE.xlsx] [--today YYYY-MM-DD]`. */
export const registerSummarize: CommandRegistration = (program, lang) => {
  program
    .command('summarize')
    .description(t(lang, 'cli.summarize.description'))
    .argument('<file>', t(lang, 'cli.summarize.argFile'))
    .option('--out <file>', t(lang, 'cli.summarize.optOut'))
    .option('--today <date>', t(lang, 'cli.summarize.optToday'))
    .addHelpText('after', `\n${t(lang, 'cli.summarize.helpAfter')}\n`)
    .action(async (file: string, options: SummarizeOptions, command: Command) => {
      const today = todayOf(options.today, lang);
      const opened = await open(file);
      const out = options.out ?? file;
      const outcome = await summarize(file, opened, today, out, lang);
      outputOf(command)(report(out, today, outcome, lang));
      if (outcome.ledgerErrors > 0) {
        const count = outcome.ledgerErrors;
        throw new CliError(t(lang, 'cli.summarize.writtenWithErrors', { count }), 1);
      }
    });
};

interface Outcome {
  readonly applied: ApplyResult;
  readonly removed: readonly string[];
  readonly ledgerErrors: number;
  readonly rows: ReadonlyMap<string, number>;
}

/**
 * Builds the plan in the core and has the shell write it, retiring the leader sheets the core
 * calls stale (owned sheets only: user sheets are never in that list).
 */
async function summarize(
  file: string,
  opened: OpenedWorkbook,
  today: IsoDate,
  out: string,
  lang: Lang,
): Promise<Outcome> {
  const ownedBefore = ownedSheets(workbookNames(opened.reading));
  let summaries: Summaries;
  try {
    summaries = buildSummaries(opened.reading, {
      today,
      dueSoonDays: DUE_SOON_DAYS,
    });
  } catch (error) {
    if (error instanceof SummaryError) throw new CliError(error.message, 2);
    throw error;
  }
  const { plan, ledgerErrors } = summaries;
  const stale = staleSummarySheets(ownedBefore, plan);
  let saved: OwnedSheetsSaved;
  try {
    // The save still goes through ExcelJS until the package writer replaces it (issue 14).
    const source = await readWorkbookSource(file);
    saved = await saveOwnedSheets(source, plan, stale, out);
  } catch (error) {
    if (error instanceof SheetConflictError)
      throw new CliError(t(lang, 'cli.summarize.nothingWritten', { reason: error.message }), 2);
    if (error instanceof WorkbookFileError) throw new CliError(error.message, 2);
    throw error;
  }
  const rows = new Map(summaries.sheets.map((s) => [s.name, s.rows]));
  return { applied: saved.applied, removed: saved.removed, ledgerErrors, rows };
}

/** Workbook-level names (a sheet-scoped name never marks ownership). */
function workbookNames(reading: WorkbookReading) {
  return reading.definedNames.filter((n) => n.localSheet === null);
}

async function open(file: string): Promise<OpenedWorkbook> {
  try {
    return await openWorkbookFile(file);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.message, 2);
    throw error;
  }
}

function report(out: string, today: IsoDate, outcome: Outcome, lang: Lang): string {
  const sheetLine = (s: ApplyResult['sheets'][number], i: number) => {
    const params = { name: s.name, count: outcome.rows.get(s.name) ?? 0 };
    const created = s.action === 'created';
    // The first sheet is 领导汇总 (one row per leader), 单位汇总 one per unit, the others one
    // leader's measures.
    if (s.name === UNIT_SUMMARY_SHEET) {
      return t(lang, created ? 'cli.summarize.createdUnits' : 'cli.summarize.updatedUnits', params);
    }
    if (i === 0) {
      return t(
        lang,
        created ? 'cli.summarize.createdLeaders' : 'cli.summarize.updatedLeaders',
        params,
      );
    }
    return t(
      lang,
      created ? 'cli.summarize.createdMeasures' : 'cli.summarize.updatedMeasures',
      params,
    );
  };
  const lines = [
    t(lang, 'cli.summarize.wrote', { path: out, today }),
    ...outcome.applied.sheets.map(sheetLine),
    ...outcome.removed.map((name) => t(lang, 'cli.summarize.removed', { name })),
    outcome.ledgerErrors === 0
      ? t(lang, 'cli.summarize.noLedgerErrors')
      : t(lang, 'cli.summarize.ledgerErrors', { count: outcome.ledgerErrors }),
  ];
  return `${lines.join('\n')}\n`;
}

/** `--today` as given, or the local calendar date: the only place the clock is read. */
function todayOf(option: string | undefined, lang: Lang): IsoDate {
  if (option === undefined) {
    const now = new Date();
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  if (!isIsoDate(option)) {
    throw new CliError(t(lang, 'cli.today.invalid', { value: option }), 2);
  }
  return option;
}

/** The writer configured on the root program (runProgram's Io), so tests can capture output. */
function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  return root.configureOutput().writeOut ?? ((text: string) => void process.stdout.write(text));
}
