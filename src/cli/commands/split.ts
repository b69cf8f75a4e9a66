import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { SHEETS } from '../../core/ledger/model';
import { message, t } from '../../core/i18n';
import { splitLedgerBytes, type SplitBytes } from '../../xlsx/cycle-bytes';
import { writeFilesAll } from '../../xlsx/write-folder';
import { CliError } from '../errors';
import type { CommandRegistration } from '../program';
import { asCliError, openWorkbook, outputOf, todayOf } from './cycle-support';

interface SplitOptions {
  readonly outDir: string;
  readonly today?: string;
}

/** `rectify split LEDGER.xlsx --out-dir DIR [--today YYYY-MM-DD]`. */
export const registerSplit: CommandRegistration = (program, lang) => {
  program
    .command('split')
    .description(t(lang, 'cli.split.description'))
    .argument('<ledger>', t(lang, 'cycle.cli.argMaster'))
    .requiredOption('--out-dir <dir>', t(lang, 'split.cli.optOutDir'))
    .option('--today <date>', t(lang, 'split.cli.optToday'))
    .addHelpText('after', `\n${t(lang, 'split.cli.helpAfter', { ledger: SHEETS.ledger })}\n`)
    .action(async (file: string, options: SplitOptions, command: Command) => {
      const today = todayOf(options.today);
      await requireFolder(options.outDir);
      const ledger = await openWorkbook(file);
      let split: SplitBytes;
      try {
        split = await splitLedgerBytes(ledger.snapshot, { today });
      } catch (error) {
        asCliError(error, file);
      }
      // All files or none: a failure half-way leaves the folder as it was (exit 2).
      let paths: string[];
      try {
        paths = await writeFilesAll(options.outDir, split.files);
      } catch (error) {
        asCliError(error);
      }
      const lines = [
        t(lang, 'split.cli.wrote', {
          path: file,
          count: split.files.length,
          dir: options.outDir,
          date: today,
        }),
        ...split.files.map((f, i) =>
          t(lang, 'split.cli.fileLine', {
            path: paths[i] ?? join(options.outDir, f.fileName),
            unit: f.unit,
            rows: f.rows,
          }),
        ),
      ];
      if (split.identitySource === 'list') {
        lines.unshift(
          t(lang, 'split.cli.identityFromList', { sheet: SHEETS.items, id: split.masterId }),
        );
      }
      outputOf(command)(`${lines.join('\n')}\n`);
    });
};

async function requireFolder(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch {
    // Reported below.
  }
  throw new CliError(message('split.cli.noFolder', { dir }), 2);
}
