import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { t } from '../../core/i18n';
import { splitLedgerBytes, type SplitBytes } from '../../xlsx/cycle-bytes';
import { writeFilesAll } from '../../xlsx/write-folder';
import { CliError } from '../errors';
import type { CommandRegistration } from '../program';
import { asCliError, openWorkbook, outputOf, todayOf } from './cycle-support';

const HELP_AFTER = `
每个责任单位一个文件 台账-<单位>.xlsx：说明、该单位的台账行、相关清单条目、名录；
文档列（整改措施、责任单位、督办县领导、整改时限、截止日期）已锁定（无密码），
单位填写的列开放。文件内的标识记录总台账、单位和分发日期，rectify collect 据此回收。
One file per responsible unit, marked with the master ledger, the unit and the split date.

退出码 (exit codes):
  0  已写入全部单位文件 (all unit files written)
  2  未写入：不是台账、无法读取、没有责任单位、输出文件夹不存在、写入中途失败（已写的文件均删除）
     (nothing written: not a ledger, unreadable, no 责任单位, output folder missing, a write
     failed half-way: the files written so far are removed)
`;

interface SplitOptions {
  readonly outDir: string;
  readonly today?: string;
}

/** `rectify split LEDGER.xlsx --out-dir DIR [--today YYYY-MM-DD]`. */
export const registerSplit: CommandRegistration = (program, lang) => {
  program
    .command('split')
    .description(t(lang, 'cli.split.description'))
    .argument('<ledger>', '总台账 .xlsx (the master ledger)')
    .requiredOption(
      '--out-dir <dir>',
      '单位文件写入的文件夹（须已存在）(folder for the unit files)',
    )
    .option('--today <date>', '分发日期 YYYY-MM-DD，默认今天 (the split date; default: today)')
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, options: SplitOptions, command: Command) => {
      const today = todayOf(options.today);
      await requireFolder(options.outDir);
      const ledger = await openWorkbook(file);
      let split: SplitBytes;
      try {
        split = await splitLedgerBytes(ledger.snapshot, { today });
      } catch (error) {
        asCliError(error, `${file}：`);
      }
      // All files or none: a failure half-way leaves the folder as it was (exit 2).
      let paths: string[];
      try {
        paths = await writeFilesAll(options.outDir, split.files);
      } catch (error) {
        asCliError(error);
      }
      const idNote =
        split.identitySource === 'list'
          ? `总台账没有 RECTIFY_LEDGER_ID 标识（旧版本生成），以清单内容作为标识：${split.masterId}\n`
          : '';
      const lines = [
        `已从 ${file} 分发 ${split.files.length} 个单位文件到 ${options.outDir}（分发日期 ${today}）(written):`,
        ...split.files.map(
          (f, i) => `  ${paths[i] ?? join(options.outDir, f.fileName)}\t${f.unit}\t${f.rows} 行`,
        ),
      ];
      outputOf(command)(`${idNote}${lines.join('\n')}\n`);
    });
};

async function requireFolder(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch {
    // Reported below.
  }
  throw new CliError(
    `输出文件夹不存在：${dir}，请先建立该文件夹 (the output folder does not exist)`,
    2,
  );
}
