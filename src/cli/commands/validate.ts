import type { Command } from 'commander';
import { isIsoDate, isoFromParts, type IsoDate } from '../../core/dates';
import { readSettings, SETTING_SPECS } from '../../core/settings';
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
export const registerValidate: CommandRegistration = (program) => {
  const command = program
    .command('validate')
    .description('报送前校验台账，逐格指出问题 (check a ledger before submission, cell by cell)')
    .argument('<file>', '台账工作簿 .xlsx (the ledger workbook)')
    .option('--json', '输出 JSON (print JSON)')
    .option('--today <date>', '以此日期为今天，格式 YYYY-MM-DD (treat this date as today)');
  addSettingOptions(
    command,
    ['staleDays'],
    `本次校验使用，默认取工作簿“${SETTING_SPECS.staleDays.label}”`,
  ).action(async (file: string, options: ValidateOptions, command: Command) => {
    const today = todayOf(options.today);
    const given = settingsFromOptions({ staleDays: options.staleDays });
    const { reading } = await openWorkbook(file);
    const staleDays = given.staleDays ?? readSettings(reading).settings.staleDays;
    const report = validateWorkbook(reading, { today, staleDays });
    const write = outputOf(command);
    write(
      options.json
        ? `${JSON.stringify(jsonOf(file, report), null, 2)}
`
        : textOf(file, report),
    );
    process.exitCode = report.errors > 0 ? 1 : 0;
  });
};

async function openWorkbook(path: string) {
  try {
    return await openWorkbookFile(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.message, 2);
    throw error;
  }
}

function todayOf(option: string | undefined): IsoDate {
  if (option === undefined) {
    // The command line is where the clock is read: the local calendar day of the user.
    const now = new Date();
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  if (!isIsoDate(option)) {
    throw new CliError(
      `--today 应为真实日期，格式 YYYY-MM-DD，收到“${option}” (--today must be a real date as YYYY-MM-DD)`,
    );
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

/** Errors first, then warnings, each grouped by rule, every line starting with its address. */
export function textOf(file: string, report: ValidationReport): string {
  const lines = [`校验 ${file}（今天为 ${report.today}）`];
  const groups: [string, ValidationIssue[]][] = [
    [`错误 ${report.errors} 个`, report.issues.filter((i) => i.severity === 'error')],
    [`警告 ${report.warnings} 个`, report.issues.filter((i) => i.severity === 'warning')],
  ];
  for (const [title, issues] of groups) {
    if (issues.length === 0) continue;
    lines.push('', `${title}：`);
    for (const [code, ofCode] of byCode(issues)) {
      lines.push(`  [${code}] ${ofCode.length} 个`);
      for (const issue of ofCode) lines.push(`    ${issue.message}`);
    }
  }
  if (report.issues.length === 0) lines.push('', '没有发现问题。');
  lines.push('', report.errors > 0 ? `不可报送：${report.errors} 个错误` : '可以报送');
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
