import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { t } from '../../core/i18n';
import { buildSplit, ledgerIdentity, masterTable, type UnitFile } from '../../core/cycle';
import { writeNewWorkbook } from '../../xlsx/cycle-files';
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
  2  未写入：不是台账、无法读取、没有责任单位、输出文件夹不存在
     (nothing written: not a ledger, unreadable, no 责任单位, output folder missing)
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
      let files: UnitFile[];
      let idNote = '';
      try {
        masterTable(ledger.snapshot); // not a ledger: say so before anything else
        const identity = ledgerIdentity(ledger.names, ledger.snapshot);
        if (identity === null) {
          throw new CliError(
            `${file} 没有台账标识，也没有可识别的“清单”表，无法分发 (the ledger has no identifier and no 清单 sheet)`,
            2,
          );
        }
        if (identity.source === 'list') {
          idNote = `总台账没有 RECTIFY_LEDGER_ID 标识（旧版本生成），以清单内容作为标识：${identity.id}\n`;
        }
        files = buildSplit({
          snapshot: ledger.snapshot,
          masterId: identity.id,
          listId: identity.listId,
          today,
        });
      } catch (error) {
        asCliError(error);
      }
      const lines = [
        `已从 ${file} 分发 ${files.length} 个单位文件到 ${options.outDir}（分发日期 ${today}）(written):`,
      ];
      for (const unitFile of files) {
        const path = join(options.outDir, unitFile.fileName);
        try {
          await writeNewWorkbook(unitFile.plan, path);
        } catch (error) {
          asCliError(error);
        }
        lines.push(`  ${path}\t${unitFile.unit}\t${unitFile.rows} 行`);
      }
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
