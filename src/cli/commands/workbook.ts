import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { isIsoDate, isoFromParts, type IsoDate } from '../../core/dates';
import { t, type Lang } from '../../core/i18n';
import { rowsWithUserValues } from '../../core/ledger/user-values';
import { diagnosticText } from '../../core/list/diagnostics';
import type { RectificationList } from '../../core/list/schema';
import { buildLedgerWorkbookPlan } from '../../core/workbook/plan';
import { openWorkbookFile } from '../../xlsx/read';
import { WorkbookFileError, describeFsError } from '../../xlsx/errors';
import { writeBytesAtomic } from '../../xlsx/write';
import { writeNewWorkbook } from '../../xlsx/write-plan';
import { CliError } from '../errors';
import { mergeIntoWorkbookFile } from './workbook-merge';
import { DEFAULT_SEED_PATH, readList } from '../input';
import type { CommandRegistration } from '../program';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { addSettingOptions, settingsFromOptions } from '../settings-options';

export const DEFAULT_WORKBOOK_PATH = join('out', '整改台账.xlsx');

interface WorkbookOptions {
  readonly seed?: string;
  readonly out: string;
  readonly today?: string;
  readonly merge?: string;
  readonly force?: boolean;
  readonly dueSoonDays?: string;
  readonly staleDays?: string;
}

/** `rectify workbook [--seed FILE] [--out FILE.xlsx] [--today YYYY-MM-DD] [--merge OLD.xlsx]`. */
export const registerWorkbook: CommandRegistration = (program, lang) => {
  const workbookCommand = program
    .command('workbook')
    .description(t(lang, 'cli.workbook.description'))
    .option('--seed <file>', t(lang, 'cli.workbook.optSeed'))
    .option('--out <file.xlsx>', t(lang, 'cli.workbook.optOut'), DEFAULT_WORKBOOK_PATH)
    .option('--today <YYYY-MM-DD>', t(lang, 'cli.workbook.optToday'))
    .option('--merge <old.xlsx>', t(lang, 'cli.workbook.optMerge'))
    .option('--force', t(lang, 'cli.workbook.optForce'));
  addSettingOptions(workbookCommand, ['dueSoonDays', 'staleDays'], 'cli.setting.forWorkbook', lang)
    .addHelpText('after', `\n${t(lang, 'cli.workbook.helpAfter')}\n`)
    .action(async (options: WorkbookOptions, command: Command) => {
      const write = outputOf(command);
      const today = todayOf(options.today, lang);
      const seed = options.seed ?? DEFAULT_SEED_PATH;
      if (options.merge !== undefined) {
        const out = command.getOptionValueSource('out') === 'cli' ? options.out : options.merge;
        return mergeCommand(
          options.merge,
          out,
          seed,
          today,
          write,
          settingsFromOptions(options),
          lang,
        );
      }
      if (extname(options.out).toLowerCase() !== '.xlsx') {
        throw new CliError(t(lang, 'cli.out.notXlsx', { path: options.out }));
      }
      const list = await readList(seed);
      if (list.items.length === 0) throw new CliError(t(lang, 'cli.list.noItems', { path: seed }));
      if (options.force !== true) await refuseFilledLedger(options.out, lang);
      const plan = buildLedgerWorkbookPlan(list, {
        today,
        sourceName: basename(seed),
        generatedAt: timestamp(new Date()),
        settings: { ...DEFAULT_SETTINGS, ...settingsFromOptions(options) },
        ledgerId: randomUUID(),
      });
      // The default folder is the tool's own to make; a folder the user names must exist.
      if (command.getOptionValueSource('out') !== 'cli') {
        await mkdir(dirname(options.out), { recursive: true });
      }
      const backup = await keepPrevious(options.out, lang);
      let bytes: number;
      let sheets: readonly { readonly name: string; readonly rows: number }[];
      try {
        const written = await writeNewWorkbook(plan, options.out);
        bytes = written.size;
        sheets = written.decisions.sheets;
      } catch (error) {
        if (error instanceof WorkbookFileError) throw new CliError(error.said);
        throw error;
      }

      const lines = [
        t(lang, 'cli.workbook.wrote', { path: options.out, kb: Math.round(bytes / 1024), today }),
        ...sheets.map((s) => t(lang, 'cli.workbook.sheetLine', s)),
      ];
      if (backup) lines.push(t(lang, 'cli.workbook.backup', { path: backup }));
      const notes = [...list.diagnostics, ...(plan.diagnostics ?? [])];
      lines.push(
        notes.length === 0
          ? t(lang, 'cli.workbook.noDiagnostics')
          : t(lang, 'cli.workbook.diagnostics', { count: notes.length }),
      );
      lines.push(...diagnosticLines(list, lang));
      for (const d of plan.diagnostics ?? []) {
        lines.push(t(lang, 'cli.planNoteLine', { message: d.message }));
      }
      write(`${lines.join('\n')}\n`);
    });
};

/** `--merge`: the new list merged into the old ledger (see src/cli/commands/workbook-merge.ts). */
async function mergeCommand(
  mergePath: string,
  out: string,
  seed: string,
  today: IsoDate,
  write: (text: string) => void,
  settings: Partial<Settings>,
  lang: Lang,
): Promise<void> {
  // .xlsm too: a macro-enabled ledger stays one (the merge checks it matches the old workbook).
  if (!['.xlsx', '.xlsm'].includes(extname(out).toLowerCase())) {
    throw new CliError(t(lang, 'cli.out.notXlsx', { path: out }));
  }
  const list = await readList(seed);
  if (list.items.length === 0) throw new CliError(t(lang, 'cli.list.noItems', { path: seed }));
  const merged = await mergeIntoWorkbookFile(
    {
      list,
      sourceName: basename(seed),
      mergePath,
      today,
      generatedAt: timestamp(new Date()),
      settings,
      lang,
    },
    out,
  );
  const backup = await keepPrevious(out, lang);
  let bytes: number;
  try {
    bytes = await writeBytesAtomic(merged.result.bytes, out);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.said);
    throw error;
  }
  const kb = Math.round(bytes / 1024);
  const lines = [
    t(lang, 'cli.workbook.merged', { seed: basename(seed), merge: mergePath, out, kb }),
    ...merged.lines,
  ];
  if (backup) lines.push(t(lang, 'cli.workbook.backup', { path: backup }));
  lines.push(...diagnosticLines(list, lang));
  write(`${lines.join('\n')}\n`);
}

function diagnosticLines(list: RectificationList, lang: Lang): string[] {
  return list.diagnostics.map((d) =>
    // The diagnostic says its place itself (a line, a page, a table cell).
    t(lang, 'cli.parse.diagnosticLine', {
      severity: t(lang, d.severity === 'error' ? 'severity.error' : 'severity.warning'),
      message: diagnosticText(d, lang),
    }),
  );
}

/**
 * A fresh ledger over one that people have filled in would bury their work in a backup: refused,
 * pointing at --merge (the decision of what counts as typed work is the core's).
 */
async function refuseFilledLedger(path: string, lang: Lang): Promise<void> {
  let rows: number;
  try {
    const found = await stat(path);
    if (!found.isFile()) return;
    rows = rowsWithUserValues((await openWorkbookFile(path)).reading);
  } catch {
    // Nothing there, or not a workbook we can read: nothing typed to lose (the backup keeps it).
    return;
  }
  if (rows > 0) throw new CliError(t(lang, 'cli.workbook.holdsUserValues', { path, rows }));
}

function todayOf(given: string | undefined, lang: Lang): IsoDate {
  if (given === undefined) {
    const now = new Date();
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  if (!isIsoDate(given)) {
    throw new CliError(t(lang, 'cli.today.invalid', { value: given }));
  }
  return given;
}

const pad = (n: number) => String(n).padStart(2, '0');

function timestamp(now: Date): string {
  const day = isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return `${day} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * A ledger already at the destination may hold weeks of typed progress: it is copied aside with
 * a time stamp before being replaced, so a second run never loses anyone's work.
 */
export async function keepPrevious(path: string, lang: Lang = 'zh'): Promise<string | null> {
  try {
    const found = await stat(path);
    if (!found.isFile()) return null;
  } catch {
    // Nothing there yet (or not reachable; the write reports that plainly).
    return null;
  }
  const now = new Date();
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const backup = join(dirname(path), `${basename(path, extname(path))}.备份-${stamp}.xlsx`);
  try {
    await copyFile(path, backup);
  } catch (error) {
    throw new CliError(
      t(lang, 'cli.workbook.backupFailed', { path, reason: describeFsError(error, lang) }),
    );
  }
  return backup;
}

/** The writer configured on the root program (runProgram's Io), so tests can capture output. */
function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  return root.configureOutput().writeOut ?? ((text: string) => void process.stdout.write(text));
}
