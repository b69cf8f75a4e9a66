import type { Command } from 'commander';
import type { IsoDate } from '../../core/dates';
import { isIsoDate, isoFromParts } from '../../core/dates';
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

const HELP_AFTER = `
生成的工作表 (sheets written):
  领导汇总        每位督办县领导一行，另有合计行、统计日期和台账错误数
  汇总-<姓名>     每位领导一张：其措施按紧急程度排序，逾期红色、30天内到期黄色

只替换本工具生成的工作表（原位置不变），其他工作表、单元格和名称一律不动。
如果某个要用的表名已被您自己的工作表占用，本命令会停止并说出该表名，什么也不写；
请把那张表改名或删除后重试。已不在台账中的领导，其旧汇总表会被删除。
Only sheets this tool generated are replaced (in place). If a wanted sheet name is held by your own
sheet, the command stops, names that sheet and writes nothing: rename it and run again.

退出码 (exit codes):
  0  已写入，台账没有错误 (written; the ledger has no errors)
  1  已写入，但台账有错误，汇总中已注明 (written; the ledger has errors, stated on the sheets)
  2  未写入：文件无法读取、没有台账、表名被占用或无法写入
     (nothing written: unreadable file, no ledger, a sheet name is taken, or cannot write)
`;

interface SummarizeOptions {
  readonly out?: string;
  readonly today?: string;
}

/** `rectify summarize FILE.xlsx [--out FILE.xlsx] [--today YYYY-MM-DD]`. */
export const registerSummarize: CommandRegistration = (program) => {
  program
    .command('summarize')
    .description(
      '按督办县领导生成“领导汇总”和“汇总-<姓名>”工作表 (add or refresh the per-leader summary sheets)',
    )
    .argument('<file>', '台账工作簿 .xlsx (the ledger workbook)')
    .option(
      '--out <file>',
      '另存为此文件；不给则原地更新 (write here; default: update FILE in place)',
    )
    .option('--today <date>', '统计日期 YYYY-MM-DD，默认今天 (the as-of date; default: today)')
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, options: SummarizeOptions, command: Command) => {
      const today = todayOf(options.today);
      const opened = await open(file);
      const out = options.out ?? file;
      const outcome = await summarize(file, opened, today, out);
      outputOf(command)(report(out, today, outcome));
      if (outcome.ledgerErrors > 0) {
        throw new CliError(
          `汇总已写入，但台账有 ${outcome.ledgerErrors} 个错误：报送前请运行 rectify validate 查看并改正 ` +
            `(summaries written, but the ledger has ${outcome.ledgerErrors} errors; run rectify validate)`,
          1,
        );
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
      throw new CliError(`未写入任何内容：${error.message}`, 2);
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

function report(out: string, today: IsoDate, outcome: Outcome): string {
  const lines = [
    `已写入 ${out}（统计日期 ${today}）(written)`,
    ...outcome.applied.sheets.map(
      (s, i) =>
        `  ${s.action === 'created' ? '新建' : '更新'} ${s.name}（${outcome.rows.get(s.name) ?? 0} ${i === 0 ? '位领导' : s.name === UNIT_SUMMARY_SHEET ? '个单位' : '项措施'}）`,
    ),
    ...outcome.removed.map((name) => `  删除 ${name}（该领导已不在台账中）`),
    outcome.ledgerErrors === 0
      ? '台账没有错误 (the ledger has no errors)'
      : `台账有 ${outcome.ledgerErrors} 个错误，汇总中已注明 (the ledger has ${outcome.ledgerErrors} errors)`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `--today` as given, or the local calendar date: the only place the clock is read. */
function todayOf(option: string | undefined): IsoDate {
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
function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  return root.configureOutput().writeOut ?? ((text: string) => void process.stdout.write(text));
}
