import type { Command } from 'commander';
import { joinNames, t, type Lang } from '../../core/i18n';
import { diagnosticText } from '../../core/list/diagnostics';
import type { ListItem, RectificationList } from '../../core/list/schema';
import { DEFAULT_SEED_PATH, readList } from '../input';
import type { CommandRegistration } from '../program';

/** `rectify parse [FILE] [--json]`: reads a rectification list and shows what was understood. */
export const registerParse: CommandRegistration = (program, lang) => {
  program
    .command('parse')
    .description(t(lang, 'cli.parse.description'))
    .argument('[file]', t(lang, 'cli.parse.argFile'))
    .option('--json', t(lang, 'cli.parse.optJson'))
    .addHelpText('after', `\n${t(lang, 'cli.help.exitCodes')}\n${t(lang, 'cli.parse.exitCodes')}\n`)
    .action(async (file: string | undefined, options: { json?: boolean }, command: Command) => {
      const path = file ?? DEFAULT_SEED_PATH;
      // The output is a contract: readList checks it against the schema before anyone relies on it.
      const checked = await readList(path);
      const write = outputOf(command);
      write(options.json ? `${JSON.stringify(checked, null, 2)}\n` : summaryOf(checked, lang));
    });
};

/** The writer configured on the root program (runProgram's Io), so tests can capture output. */
function outputOf(command: Command): (text: string) => void {
  let root = command;
  while (root.parent) root = root.parent;
  const writeOut = root.configureOutput().writeOut;
  return writeOut ?? ((text: string) => void process.stdout.write(text));
}

export function summaryOf(list: RectificationList, lang: Lang = 'zh'): string {
  const measures = list.items.reduce((sum, item) => sum + item.measures.length, 0);
  const errors = list.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = list.diagnostics.length - errors;
  const lines = [
    list.title === '' ? t(lang, 'cli.parse.untitled') : list.title,
    t(lang, 'cli.parse.counts', { items: list.items.length, measures }),
    '',
    ...list.items.map((item) => itemLine(item, lang)),
    '',
    list.diagnostics.length === 0
      ? t(lang, 'cli.parse.noDiagnostics')
      : t(lang, 'cli.parse.diagnostics', { total: list.diagnostics.length, errors, warnings }),
    ...list.diagnostics.map((d) =>
      t(lang, 'cli.parse.diagnosticLine', {
        severity: t(lang, d.severity === 'error' ? 'severity.error' : 'severity.warning'),
        message: diagnosticText(d, lang),
      }),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function itemLine(item: ListItem, lang: Lang): string {
  const leaders =
    item.leaders.length === 0 ? t(lang, 'common.none') : joinNames(lang, item.leaders);
  return t(lang, 'cli.parse.itemLine', {
    numeral: item.numeral,
    leaders,
    deadline: deadlineOf(item, lang),
    measures: item.measures.length,
  });
}

function deadlineOf(item: ListItem, lang: Lang): string {
  const { deadline } = item;
  const done = deadline.reportedDone ? t(lang, 'cli.parse.reportedDone') : '';
  switch (deadline.kind) {
    case 'date':
      return `${deadline.date ?? ''}${done}`;
    case 'ongoing':
      return `${t(lang, 'cli.parse.ongoing')}${done}`;
    case 'relative':
      return `${t(lang, 'cli.parse.deadlineRelative', { text: deadline.text })}${done}`;
    case 'unknown':
      return deadline.text === ''
        ? t(lang, 'cli.parse.deadlineMissing')
        : `${t(lang, 'cli.parse.deadlineUnknown', { text: deadline.text })}${done}`;
  }
}
