import type { Command } from 'commander';
import { message, render, t, type Lang } from '../../core/i18n';
import { SHEETS } from '../../core/ledger/model';
import {
  collectReturns,
  COLLECT_LOG_SHEET,
  entryWhat,
  ledgerIdentity,
  masterTable,
  type CollectOutcome,
  type ReturnedWorkbook,
} from '../../core/cycle';
import { WorkbookFileError } from '../../xlsx/errors';
import { collectedLedgerBytes, readCycleWorkbook } from '../../xlsx/cycle-files';
import { writeBytesAtomic } from '../../xlsx/write';
import { CliError } from '../errors';
import type { CommandRegistration } from '../program';
import { keepPrevious } from './workbook';
import { asCliError, openWorkbook, outputOf, todayOf } from './cycle-support';

interface CollectOptions {
  readonly out?: string;
  readonly today?: string;
}

/** `rectify collect LEDGER.xlsx RETURNED.xlsx... [--out OUT.xlsx] [--today YYYY-MM-DD]`. */
export const registerCollect: CommandRegistration = (program, lang) => {
  program
    .command('collect')
    .description(t(lang, 'cli.collect.description'))
    .argument('<ledger>', t(lang, 'cycle.cli.argMaster'))
    .argument('<returned...>', t(lang, 'collect.cli.argReturned'))
    .option('--out <file>', t(lang, 'collect.cli.optOut'))
    .option('--today <date>', t(lang, 'collect.cli.optToday'))
    .addHelpText('after', `\n${t(lang, 'collect.cli.helpAfter', { log: COLLECT_LOG_SHEET })}\n`)
    .action(
      async (file: string, returnedFiles: string[], options: CollectOptions, command: Command) => {
        const today = todayOf(options.today);
        const master = await openWorkbook(file);
        try {
          masterTable(master.snapshot);
        } catch (error) {
          asCliError(error);
        }
        const identity = ledgerIdentity(master.names, master.snapshot);
        if (identity === null) {
          throw new CliError(
            message('collect.cli.noIdentity', { path: file, sheet: SHEETS.items }),
            2,
          );
        }
        const returned: ReturnedWorkbook[] = [];
        for (const path of returnedFiles) returned.push(await readReturned(path));
        let outcome: CollectOutcome;
        try {
          outcome = collectReturns({
            master: master.snapshot,
            masterId: identity.id,
            masterIdSource: identity.source,
            returned,
            today,
          });
        } catch (error) {
          asCliError(error);
        }
        const write = outputOf(command);
        if (outcome.verdict === 'nothing') {
          write(describe(outcome, lang));
          throw new CliError(message('collect.cli.nothing'), 2);
        }
        const out = options.out ?? file;
        let backup: string | null = null;
        try {
          // The new bytes first: a part that cannot be edited stops here, before any backup.
          const bytes = await collectedLedgerBytes(master, outcome, today, out);
          if (options.out === undefined) backup = await keepPrevious(file);
          await writeBytesAtomic(bytes, out);
        } catch (error) {
          asCliError(error);
        }
        const lines = [
          describe(outcome, lang).trimEnd(),
          t(lang, 'collect.cli.written', { path: out, sheet: COLLECT_LOG_SHEET }),
        ];
        if (backup !== null) lines.push(t(lang, 'cycle.cli.backup', { path: backup }));
        write(`${lines.join('\n')}\n`);
        if (outcome.verdict === 'partial') {
          throw new CliError(message('collect.cli.partial', { sheet: COLLECT_LOG_SHEET }), 1);
        }
      },
    );
};

async function readReturned(path: string): Promise<ReturnedWorkbook> {
  try {
    const workbook = await readCycleWorkbook(path);
    return { file: path, names: workbook.names, snapshot: workbook.snapshot };
  } catch (error) {
    if (error instanceof WorkbookFileError) return { file: path, unreadable: error.said };
    throw error;
  }
}

/** Long cells (a measure's wording) cut for the terminal; 回收记录 keeps them whole. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Each file's counts, then each entry: what, where, why. Ends with a newline. */
function describe(outcome: CollectOutcome, lang: Lang): string {
  const lines: string[] = [];
  for (const f of outcome.files) {
    lines.push(
      f.accepted
        ? t(lang, 'collect.cli.fileCounts', {
            file: f.file,
            unit: f.unit ?? '',
            taken: f.taken,
            added: f.added,
            refused: f.refused,
            conflicts: f.conflicts,
          })
        : t(lang, 'collect.cli.fileRefused', { file: f.file }),
    );
  }
  for (const e of outcome.entries) {
    const kind = message(`collect.kind.${e.kind}`);
    const what = entryWhat(e, short);
    lines.push(
      render(
        lang,
        e.kind === 'taken'
          ? message('collect.cli.taken', { kind, what, unit: e.unit })
          : what === ''
            ? message('collect.cli.entryNoPlace', { kind, reason: e.reason, file: e.file })
            : message('collect.cli.entry', { kind, what, reason: e.reason, file: e.file }),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
