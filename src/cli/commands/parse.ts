import type { Command } from 'commander';
import type { ListItem, RectificationList } from '../../core/list/schema';
import { DEFAULT_SEED_PATH, readList } from '../input';
import type { CommandRegistration } from '../program';

/** `rectify parse [FILE] [--json]`: reads a rectification list and shows what was understood. */
export const registerParse: CommandRegistration = (program) => {
  program
    .command('parse')
    .description('读取整改清单并显示读到的条目 (read a rectification list and show its items)')
    .argument(
      '[file]',
      '清单文件（文本、.docx、.doc、.pdf、.xlsx），默认为内置的保靖县清单 (list document; default: the built-in seed)',
    )
    .option('--json', '输出经过结构校验的 JSON (print schema-validated JSON)')
    .action(async (file: string | undefined, options: { json?: boolean }, command: Command) => {
      const path = file ?? DEFAULT_SEED_PATH;
      // The output is a contract: readList checks it against the schema before anyone relies on it.
      const checked = await readList(path);
      const write = outputOf(command);
      write(options.json ? `${JSON.stringify(checked, null, 2)}\n` : summaryOf(checked));
    });
};

/** The writer configured on the root program (runProgram's Io), so tests can capture output. */
function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  const writeOut = root.configureOutput().writeOut;
  return writeOut ?? ((text: string) => void process.stdout.write(text));
}

export function summaryOf(list: RectificationList): string {
  const measures = list.items.reduce((sum, item) => sum + item.measures.length, 0);
  const errors = list.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = list.diagnostics.length - errors;
  const lines = [
    list.title === '' ? '（无标题）' : list.title,
    `共 ${list.items.length} 条、${measures} 项措施 (${list.items.length} items, ${measures} measures)`,
    '',
    ...list.items.map(itemLine),
    '',
    list.diagnostics.length === 0
      ? '没有问题 (no diagnostics)'
      : `提示 ${list.diagnostics.length} 条：错误 ${errors}，警告 ${warnings} (diagnostics: ${errors} errors, ${warnings} warnings)`,
    ...list.diagnostics.map((d) => `  ${d.severity === 'error' ? '错误' : '警告'} ${d.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

function itemLine(item: ListItem): string {
  const leaders = item.leaders.length === 0 ? '（无）' : item.leaders.join('、');
  return `${item.numeral}、 督办县领导：${leaders}｜整改时限：${deadlineOf(item)}｜措施 ${item.measures.length} 项`;
}

function deadlineOf(item: ListItem): string {
  const { deadline } = item;
  const done = deadline.reportedDone ? '（已报完成）' : '';
  switch (deadline.kind) {
    case 'date':
      return `${deadline.date ?? ''}${done}`;
    case 'ongoing':
      return `持续推进${done}`;
    case 'relative':
      return `${deadline.text}（相对时限）${done}`;
    case 'unknown':
      return deadline.text === '' ? '（缺少）' : `未识别“${deadline.text}”${done}`;
  }
}
