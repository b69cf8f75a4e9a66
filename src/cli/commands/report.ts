import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { IsoDate } from '../../core/dates';
import type { WorkbookSnapshot } from '../../core/grid';
import { t } from '../../core/i18n';
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

const HELP_AFTER = `
生成整改进展情况报告（Word .docx，A4，公文字体）：总体情况、分督办县领导和分责任单位统计表、
逾期未完成事项（逾期天数、责任单位、最新进展）；给出 --since 上期台账时，另列新完成、新增逾期、
进展有更新、未更新的措施（按问题序号+措施序号对应）。
The progress report as .docx; with --since, what changed since the previous ledger.

退出码 (exit codes):
  0  已写入报告 (report written)
  2  未写入：无法读取、不是台账、输出文件夹不存在 (nothing written)

--sheet：报告同时写入台账的“进展报告”表（A4 纵向、每页重复标题、页脚页码），可在 Excel 中打印。
`;

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
    .argument('<ledger>', '台账 .xlsx (the ledger)')
    .requiredOption('--out <file>', '报告 .docx 路径（文件夹须已存在）(the report to write)')
    .option('--since <previous>', '上期台账 .xlsx，列出本期变化 (the previous ledger)')
    .option(
      '--since-date <date>',
      '上期台账的统计日期 YYYY-MM-DD，默认取其中最近的更新日期 (the day the previous ledger described)',
    )
    .option('--today <date>', '统计日期 YYYY-MM-DD，默认今天 (the as-of date; default: today)')
    .option(
      '--sheet',
      `同时把报告写入台账的“${REPORT_SHEET}”表（原文件先备份）(also write the report into the ledger as a sheet)`,
    )
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, options: ReportOptions, command: Command) => {
      const today = todayOf(options.today);
      const sinceDate =
        options.sinceDate === undefined ? undefined : dateOption('--since-date', options.sinceDate);
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
        asCliError(error, `${file}：`);
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
      const lines = [summaryLine(model, options.out)];
      if (sheetBytes !== null) {
        try {
          const backup = await keepPrevious(file);
          await writeBytesAtomic(sheetBytes, file);
          lines.push(`已写入 ${file} 的“${REPORT_SHEET}”表 (sheet written)`);
          if (backup !== null) lines.push(`原文件已备份为 ${backup} (the previous file was kept)`);
        } catch (error) {
          withPrefix(error, `报告 ${options.out} 已写入，但“${REPORT_SHEET}”表未写入台账：`);
        }
      }
      outputOf(command)(`${lines.join('\n')}\n`);
    });
};

function summaryLine(model: ReportModel, out: string): string {
  const { counts, changes } = model;
  let line =
    `已写入 ${out}：${model.title}（截至 ${model.asOf}），措施 ${counts.measures} 条，` +
    `逾期 ${counts.overdue} 条，临期 ${counts.dueSoon} 条 (report written)`;
  if (changes !== null) {
    line +=
      `\n与上期（${changes.since}）相比：新完成 ${changes.newlyDone.length}，新增逾期 ${changes.newlyOverdue.length}，` +
      `进展有更新 ${changes.progressUpdated.length}，未更新 ${changes.notUpdated.length}`;
  }
  return line;
}

/** A file or sheet refusal as exit 2, saying first what was and was not written. */
function withPrefix(error: unknown, prefix: string): never {
  if (error instanceof WorkbookFileError || error instanceof SheetConflictError) {
    throw new CliError(`${prefix}${error.message}`, 2);
  }
  asCliError(error, prefix);
}

/** The ledger with its 进展报告 sheet, as bytes: a file we cannot read or edit stops here. */
async function sheetWritten(file: string, sheet: SheetPlan): Promise<Uint8Array> {
  try {
    return await ledgerUpdateBytes(await readCycleWorkbook(file), { sheets: [sheet] }, file);
  } catch (error) {
    withPrefix(error, '未写入任何内容（--sheet）：');
  }
}

async function readSnapshot(path: string): Promise<WorkbookSnapshot> {
  try {
    return (await openWorkbookFile(path)).reading;
  } catch (error) {
    asCliError(error);
  }
}

function dateOption(flag: string, value: string): IsoDate {
  try {
    return todayOf(value);
  } catch {
    throw new CliError(`${flag} 应为真实日期 YYYY-MM-DD，收到“${value}” (expected YYYY-MM-DD)`, 2);
  }
}

async function requireFolderOf(out: string): Promise<void> {
  const dir = dirname(resolve(out));
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch {
    // Reported below.
  }
  throw new CliError(
    `报告所在的文件夹不存在：${dir}，请先建立该文件夹；未写入任何内容 (the folder of --out does not exist)`,
    2,
  );
}
