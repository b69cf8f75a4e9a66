import type { Command } from 'commander';
import type { IsoDate } from '../../core/dates';
import { isIsoDate, isoFromParts } from '../../core/dates';
import { t, type Lang } from '../../core/i18n';
import { buildSummaries, staleSummarySheets, SummaryError } from '../../core/summary';
import { UNIT_SUMMARY_SHEET } from '../../core/summary/unit-sheet';
import type { Summaries } from '../../core/summary';
import type { SheetDecisions } from '../../core/plan';
import { SheetConflictError, TableNameConflictError, WorkbookFileError } from '../../xlsx/errors';
import { openWorkbookFile, type OpenedWorkbook } from '../../xlsx/read';
import { writePlanIntoWorkbook } from '../../xlsx/write-plan';
import { CliError } from '../errors';
import { requireSameFormat } from './same-format';
import type { CommandRegistration } from '../program';
import { addSettingOptions, settingsFromOptions } from '../settings-options';

interface SummarizeOptions {
  readonly out?: string;
  readonly today?: string;
  readonly dueSoonDays?: string;
}

/** `rectify summarize FILE.xlsx [--out FILE.xlsx] [--today YYYY-MM-DD]`. */
export const registerSummarize: CommandRegistration = (program, lang) => {
  const summarizeCommand = program
    .command('summarize')
    .description(t(lang, 'cli.summarize.description'))
    .argument('<file>', t(lang, 'cli.summarize.argFile'))
    .option('--out <file>', t(lang, 'cli.summarize.optOut'))
    .option('--today <date>', t(lang, 'cli.summarize.optToday'))
    .addHelpText('after', `\n${t(lang, 'cli.summarize.helpAfter')}\n`);
  addSettingOptions(summarizeCommand, ['dueSoonDays'], 'cli.setting.forSummarize', lang).action(
    async (file: string, options: SummarizeOptions, command: Command) => {
      const today = todayOf(options.today, lang);
      const { dueSoonDays } = settingsFromOptions({ dueSoonDays: options.dueSoonDays });
      const opened = await open(file);
      const out = options.out ?? file;
      requireSameFormat(opened, out, lang);
      const outcome = await summarize(opened, today, dueSoonDays, out, lang);
      outputOf(command)(report(out, today, outcome, lang));
      if (outcome.ledgerErrors > 0) {
        const count = outcome.ledgerErrors;
        throw new CliError(t(lang, 'cli.summarize.writtenWithErrors', { count }), 1);
      }
    },
  );
};

interface Outcome {
  readonly decisions: SheetDecisions;
  readonly ledgerErrors: number;
  readonly rows: ReadonlyMap<string, number>;
}

/**
 * Builds the plan in the core and has the shell write it, retiring the leader sheets the core
 * calls stale (owned sheets only: user sheets are never in that list).
 */
async function summarize(
  opened: OpenedWorkbook,
  today: IsoDate,
  /** From the flag; otherwise the workbook's own setting (说明). */
  dueSoonDays: number | undefined,
  out: string,
  lang: Lang,
): Promise<Outcome> {
  let summaries: Summaries;
  try {
    summaries = buildSummaries(opened.reading, {
      today,
      ...(dueSoonDays !== undefined ? { dueSoonDays } : {}),
    });
  } catch (error) {
    if (error instanceof SummaryError) throw new CliError(error.said, 2);
    throw error;
  }
  const { plan, ledgerErrors } = summaries;
  let decisions: SheetDecisions;
  try {
    const written = await writePlanIntoWorkbook(
      opened.bytes,
      plan,
      (owned) => staleSummarySheets(owned, plan),
      out,
    );
    decisions = written.decisions;
  } catch (error) {
    if (error instanceof SheetConflictError || error instanceof TableNameConflictError)
      throw new CliError(t(lang, 'cli.summarize.nothingWritten', { reason: error.text(lang) }), 2);
    if (error instanceof WorkbookFileError) throw new CliError(error.said, 2);
    throw error;
  }
  const rows = new Map(summaries.sheets.map((s) => [s.name, s.rows]));
  return { decisions, ledgerErrors, rows };
}

async function open(file: string): Promise<OpenedWorkbook> {
  try {
    return await openWorkbookFile(file);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.said, 2);
    throw error;
  }
}

function report(out: string, today: IsoDate, outcome: Outcome, lang: Lang): string {
  const sheetLine = (s: SheetDecisions['sheets'][number], i: number) => {
    const params = { name: s.name, count: outcome.rows.get(s.name) ?? 0 };
    const created = s.action === 'create';
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
    ...outcome.decisions.sheets.map(sheetLine),
    ...outcome.decisions.remove.map((name) => t(lang, 'cli.summarize.removed', { name })),
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
