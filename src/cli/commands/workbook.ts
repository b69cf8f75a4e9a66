import { randomUUID } from 'node:crypto';
import { copyFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import ExcelJS from 'exceljs';
import { isIsoDate, isoFromParts, type IsoDate } from '../../core/dates';
import { buildLedgerWorkbookPlan } from '../../core/workbook/plan';
import { applyPlan } from '../../xlsx/apply-plan';
import { WorkbookFileError, describeFsError } from '../../xlsx/errors';
import { withTextNames } from '../../xlsx/cycle-files';
import { writeBytesAtomic, writeWorkbookAtomic } from '../../xlsx/write';
import { CliError } from '../errors';
import { mergeIntoWorkbookFile } from './workbook-merge';
import { DEFAULT_SEED_PATH, readList } from '../input';
import type { CommandRegistration } from '../program';

export const DEFAULT_WORKBOOK_PATH = join('out', '整改台账.xlsx');

interface WorkbookOptions {
  readonly seed?: string;
  readonly out: string;
  readonly today?: string;
  readonly merge?: string;
}

/** `rectify workbook [--seed FILE] [--out FILE.xlsx] [--today YYYY-MM-DD] [--merge OLD.xlsx]`. */
export const registerWorkbook: CommandRegistration = (program) => {
  program
    .command('workbook')
    .description('由整改清单生成结构化整改台账工作簿 (build the ledger workbook from a list)')
    .option('--seed <file>', '清单文本文件，默认为内置的保靖县清单 (list file; default: the seed)')
    .option('--out <file.xlsx>', '输出的工作簿 (the workbook to write)', DEFAULT_WORKBOOK_PATH)
    .option('--today <YYYY-MM-DD>', '以此日期为“今天” (take this date as today)')
    .option(
      '--merge <old.xlsx>',
      '把清单合并进已填写的台账，保留用户填写的全部内容；未给 --out 时写回该文件 (merge the list into a filled-in ledger, keeping everything users typed; written back in place unless --out is given)',
    )
    .action(async (options: WorkbookOptions, command: Command) => {
      const write = outputOf(command);
      const today = todayOf(options.today);
      const seed = options.seed ?? DEFAULT_SEED_PATH;
      if (options.merge !== undefined) {
        const out = command.getOptionValueSource('out') === 'cli' ? options.out : options.merge;
        return mergeCommand(options.merge, out, seed, today, write);
      }
      if (extname(options.out).toLowerCase() !== '.xlsx') {
        throw new CliError(
          `输出文件须以 .xlsx 结尾：${options.out} (the output must be an .xlsx file)`,
        );
      }
      const list = await readList(seed);
      if (list.items.length === 0) {
        throw new CliError(
          `清单文件中没有找到任何条目：${seed}，条目应以“一、”“二、”这样的编号开头 (no item found)`,
        );
      }
      const plan = buildLedgerWorkbookPlan(list, {
        today,
        sourceName: basename(seed),
        generatedAt: timestamp(new Date()),
        ledgerId: randomUUID(),
      });
      const workbook = new ExcelJS.Workbook();
      workbook.creator = '整改台账助手';
      const result = applyPlan(workbook, plan);
      const backup = await keepPrevious(options.out);
      let bytes: number;
      try {
        const written = new Uint8Array(await workbook.xlsx.writeBuffer());
        bytes = await writeBytesAtomic(
          await withTextNames(written, plan.textNames ?? []),
          options.out,
        );
      } catch (error) {
        if (error instanceof WorkbookFileError) throw new CliError(error.message);
        throw error;
      }

      const lines = [
        `已写入 ${options.out}（${Math.round(bytes / 1024)} KB，统计日期 ${today}）(wrote the workbook)`,
        ...result.sheets.map((s) => `  ${s.name}\t${s.rows} 行`),
      ];
      if (backup) lines.push(`原文件已备份为 ${backup} (the previous file was kept)`);
      const notes = [...list.diagnostics, ...(plan.diagnostics ?? [])];
      lines.push(
        notes.length === 0
          ? '清单解析没有问题 (no diagnostics)'
          : `提示 ${notes.length} 条 (${notes.length} diagnostics):`,
      );
      for (const d of list.diagnostics) {
        lines.push(`  ${d.severity === 'error' ? '错误' : '警告'} 第 ${d.line} 行：${d.message}`);
      }
      for (const d of plan.diagnostics ?? []) lines.push(`  警告 ${d.message}`);
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
): Promise<void> {
  if (extname(out).toLowerCase() !== '.xlsx') {
    throw new CliError(`输出文件须以 .xlsx 结尾：${out} (the output must be an .xlsx file)`);
  }
  const list = await readList(seed);
  if (list.items.length === 0) {
    throw new CliError(
      `清单文件中没有找到任何条目：${seed}，条目应以“一、”“二、”这样的编号开头 (no item found)`,
    );
  }
  const merged = await mergeIntoWorkbookFile({
    list,
    sourceName: basename(seed),
    mergePath,
    today,
    generatedAt: timestamp(new Date()),
  });
  const backup = await keepPrevious(out);
  let bytes: number;
  try {
    bytes = await writeWorkbookAtomic(merged.workbook, out);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(error.message);
    throw error;
  }
  const lines = [
    `已把 ${basename(seed)} 合并进 ${mergePath}，写入 ${out}（${Math.round(bytes / 1024)} KB）(merged and wrote the workbook)`,
    ...merged.lines,
  ];
  if (backup) lines.push(`原文件已备份为 ${backup} (the previous file was kept)`);
  for (const d of list.diagnostics) {
    lines.push(`  ${d.severity === 'error' ? '错误' : '警告'} 第 ${d.line} 行：${d.message}`);
  }
  write(`${lines.join('\n')}\n`);
}

function todayOf(given: string | undefined): IsoDate {
  if (given === undefined) {
    const now = new Date();
    return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  if (!isIsoDate(given)) {
    throw new CliError(
      `--today 须为 YYYY-MM-DD 格式的真实日期，收到“${given}” (expected a real date)`,
    );
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
export async function keepPrevious(path: string): Promise<string | null> {
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
    throw new CliError(`无法备份已有文件 ${path}：${describeFsError(error)} (cannot back up)`);
  }
  return backup;
}

/** The writer configured on the root program (runProgram's Io), so tests can capture output. */
function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  return root.configureOutput().writeOut ?? ((text: string) => void process.stdout.write(text));
}
