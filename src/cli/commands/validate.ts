import type { Command } from 'commander';
import { isIsoDate, isoFromParts, type IsoDate } from '../../core/dates';
import { ruleName, t, type Lang } from '../../core/i18n';
import { readSettings } from '../../core/settings';
import type { ValidationIssue, ValidationReport } from '../../core/validate/types';
import { validateWorkbook } from '../../core/validate/validate';
import { openWorkbookFile } from '../../xlsx/read';
import { WorkbookFileError } from '../../xlsx/errors';
import { CliError } from '../errors';
import type { CommandRegistration } from '../program';
import { addSettingOptions, settingsFromOptions } from '../settings-options';

interface ValidateOptions {
  json?: boolean;
  today?: string;
  staleDays?: string;
}

/**
 * `rectify validate FILE.xlsx [--json] [--today YYYY-MM-DD] [--stale-days N]`: checks a ledger
 * before submission. The stale window is the workbook's own (说明, 未更新提醒天数) unless the flag
 * gives one for this run. Exit 0 without errors, 1 with errors, 2 when the file cannot be read.
 * The file is only read, never written.
 */
export const registerValidate: CommandRegistration = (program, lang) => {
  const command = program
    .command('validate')
    .description(t(lang, 'cli.validate.description'))
    .argument('<file>', t(lang, 'cli.validate.argFile'))
    .option('--json', t(lang, 'cli.validate.optJson'))
    .option('--today <date>', t(lang, 'cli.validate.optToday'));
  addSettingOptions(command, ['staleDays'], 'cli.setting.forValidate', lang)
    .addHelpText(
      'after',
      `\n${t(lang, 'cli.help.exitCodes')}\n${t(lang, 'cli.validate.exitCodes')}\n`,
    )
    .action(async (file: string, options: ValidateOptions, command: Command) => {
      const today = todayOf(options.today, lang);
      const given = settingsFromOptions({ staleDays: options.staleDays });
      const { reading } = await openWorkbook(file);
      const staleDays = given.staleDays ?? readSettings(reading).settings.staleDays;
      const report = validateWorkbook(reading, { today, staleDays });
      const write = outputOf(command);
      write(
        options.json
          ? `${JSON.stringify(jsonOf(file, report), null, 2)}\n`
          : textOf(file, report, lang),
      );
      process.exitCode = report.errors > 0 ? 1 : 0;
    });
};

async function openWorkbook(path: string) {
  try {
    return await openWorkbookFile(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.said, 2);
    throw error;
  }
}

function todayOf(option: string | undefined, lang: Lang): IsoDate {
  if (option === undefined) {
    // The command line is where the clock is read: the local calendar day of the user.
    const now = new Date();
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  if (!isIsoDate(option)) {
    throw new CliError(t(lang, 'cli.today.invalid', { value: option }));
  }
  return option;
}

/** The `--json` contract of issue 5: these fields, in this order. */
export function jsonOf(file: string, report: ValidationReport) {
  return {
    file,
    today: report.today,
    errors: report.errors,
    warnings: report.warnings,
    issues: report.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      sheet: i.sheet,
      cell: i.cell,
      row: i.row,
      column: i.column,
      value: i.value,
      message: i.message,
    })),
  };
}

/**
 * Errors first, then warnings; within each, findings grouped under their rule's name (from the
 * catalogue, `rule.<code>`), every line starting with its address.
 */
export function textOf(file: string, report: ValidationReport, lang: Lang = 'zh'): string {
  const lines = [t(lang, 'cli.validate.header', { file, today: report.today })];
  const groups: [string, ValidationIssue[]][] = [
    [
      t(lang, 'cli.validate.errors', { count: report.errors }),
      report.issues.filter((i) => i.severity === 'error'),
    ],
    [
      t(lang, 'cli.validate.warnings', { count: report.warnings }),
      report.issues.filter((i) => i.severity === 'warning'),
    ],
  ];
  for (const [title, issues] of groups) {
    if (issues.length === 0) continue;
    lines.push('', title);
    for (const [code, ofCode] of byCode(issues)) {
      lines.push(
        t(lang, 'cli.validate.rule', { rule: ruleName(lang, code), count: ofCode.length }),
      );
      for (const issue of ofCode) {
        lines.push(`    ${lang === 'en' ? issue.messageEn : issue.message}`);
      }
    }
  }
  if (report.issues.length === 0) lines.push('', t(lang, 'cli.validate.noIssues'));
  lines.push(
    '',
    report.errors > 0
      ? t(lang, 'cli.validate.notReady', { errors: report.errors })
      : t(lang, 'cli.validate.ready'),
  );
  return `${lines.join('\n')}\n`;
}

function byCode(issues: readonly ValidationIssue[]): Map<string, ValidationIssue[]> {
  const groups = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.code);
    if (group === undefined) groups.set(issue.code, [issue]);
    else group.push(issue);
  }
  return groups;
}

/** The writer configured on the root program (runProgram's Io), so tests can capture output. */
function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  const writeOut = root.configureOutput().writeOut;
  return writeOut ?? ((text: string) => void process.stdout.write(text));
}
