import type { Command } from 'commander';
import { t } from '../../core/i18n';
import {
  collectReturns,
  COLLECT_LOG_SHEET,
  KIND_LABELS,
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

const HELP_AFTER = `
按文件中的分发标识核对来源：没有标识或来自另一份总台账的文件拒收（其他文件照常回收）。
按问题序号 + 措施序号对应行；只采纳本单位行的填报列。修改文档列或其他单位的行不采纳并列出；
分发后总台账与单位对同一单元格改得不同，为冲突：保留总台账的值，两个值都列出。
单位新增的行（责任单位含本单位）添加到总台账，备注中注明；任何行都不删除。
所有采纳、未采纳和冲突都记入“回收记录”工作表（逐次追加）。

退出码 (exit codes):
  0  全部采纳 (everything taken)
  1  已写入，但有未采纳、冲突或拒收的文件 (written, with refusals or conflicts)
  2  未写入：总台账无法读取，或没有可回收的文件 (nothing written)
`;

interface CollectOptions {
  readonly out?: string;
  readonly today?: string;
}

/** `rectify collect LEDGER.xlsx RETURNED.xlsx... [--out OUT.xlsx] [--today YYYY-MM-DD]`. */
export const registerCollect: CommandRegistration = (program, lang) => {
  program
    .command('collect')
    .description(t(lang, 'cli.collect.description'))
    .argument('<ledger>', '总台账 .xlsx (the master ledger)')
    .argument('<returned...>', '单位发回的文件 (the returned unit files)')
    .option(
      '--out <file>',
      '另存为此文件；不给则原地更新并备份 (default: update in place, with a backup)',
    )
    .option('--today <date>', '回收日期 YYYY-MM-DD，默认今天 (the collect date; default: today)')
    .addHelpText('after', HELP_AFTER)
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
            `${file} 没有台账标识，也没有可识别的“清单”表 (the ledger has no identifier)`,
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
          write(describe(outcome));
          throw new CliError(
            '没有可回收的文件，总台账未改动 (no file could be collected; nothing written)',
            2,
          );
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
          describe(outcome),
          `已写入 ${out}，记录见“${COLLECT_LOG_SHEET}”表 (written)`,
        ];
        if (backup !== null) lines.push(`原文件已备份为 ${backup} (the previous file was kept)`);
        write(`${lines.join('\n')}\n`);
        if (outcome.verdict === 'partial') {
          throw new CliError(
            '已回收，但有未采纳、冲突或拒收的内容，请查看上面的列表或“回收记录”表 (collected with refusals or conflicts)',
            1,
          );
        }
      },
    );
};

async function readReturned(path: string): Promise<ReturnedWorkbook> {
  try {
    const workbook = await readCycleWorkbook(path);
    return { file: path, names: workbook.names, snapshot: workbook.snapshot };
  } catch (error) {
    if (error instanceof WorkbookFileError) return { file: path, unreadable: error.message };
    throw error;
  }
}

/** Long cells (a measure's wording) cut for the terminal; 回收记录 keeps them whole. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function describe(outcome: CollectOutcome): string {
  const lines: string[] = [];
  for (const f of outcome.files) {
    lines.push(
      f.accepted
        ? `${f.file}（${f.unit ?? ''}）：采纳 ${f.taken} 处，新增 ${f.added} 行，未采纳 ${f.refused} 处，冲突 ${f.conflicts} 处`
        : `${f.file}：拒收`,
    );
  }
  for (const e of outcome.entries) {
    if (e.kind === 'taken') {
      lines.push(
        `  ${KIND_LABELS[e.kind]} ${e.cell} ${e.column}：“${short(e.before)}” → “${short(e.after)}”（${e.unit}）`,
      );
    } else {
      const at = e.cell === '' ? '' : ` ${e.cell}`;
      const col = e.column === '' ? '' : ` ${e.column}`;
      const values =
        e.before === '' && e.after === '' ? '' : `：“${short(e.before)}” → “${short(e.after)}”`;
      lines.push(`  ${KIND_LABELS[e.kind]}${at}${col}${values} — ${e.reason}（${e.file}）`);
    }
  }
  return `${lines.join('\n')}\n`;
}
