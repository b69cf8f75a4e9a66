import { Command, Help, type ErrorOptions } from 'commander';
import { t, type Lang } from '../core/i18n';

/**
 * commander speaks English; this command and its help speak the user's language. Subcommands made
 * by `.command()` are of the same kind (createCommand), so every level of the program is covered.
 */
export class LocalizedCommand extends Command {
  constructor(
    name: string | undefined,
    readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalizedCommand(name, this.lang);
  }

  override createHelp(): Help {
    return Object.assign(new LocalizedHelp(this.lang), this.configureHelp());
  }

  /** commander's own errors, recognised by their code, said again in the user's language. */
  override error(message: string, errorOptions?: ErrorOptions): never {
    const said = commanderMessage(this.lang, message, errorOptions?.code);
    return super.error(t(this.lang, 'cli.error.line', { message: said }), errorOptions);
  }
}

const quoted = (message: string): string[] =>
  [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');

/** commander's message for `code`, in `lang`; the names it quotes are kept as they are. */
export function commanderMessage(lang: Lang, message: string, code: string | undefined): string {
  const [first = '', second = ''] = quoted(message);
  const similar = /\(Did you mean (?:one of )?(.+)\?\)/.exec(message)?.[1];
  const suggestion = similar ? t(lang, 'cli.error.didYouMean', { candidates: similar }) : '';
  switch (code) {
    case 'commander.unknownCommand':
      return t(lang, 'cli.error.unknownCommand', { name: first }) + suggestion;
    case 'commander.unknownOption':
      return t(lang, 'cli.error.unknownOption', { flag: first }) + suggestion;
    case 'commander.missingArgument':
      return t(lang, 'cli.error.missingArgument', { name: first });
    case 'commander.optionMissingArgument':
      return t(lang, 'cli.error.optionMissingArgument', { flag: first });
    case 'commander.missingMandatoryOptionValue':
      return t(lang, 'cli.error.missingMandatoryOption', { flag: first });
    case 'commander.conflictingOption':
      return t(lang, 'cli.error.conflictingOption', { first, second });
    case 'commander.excessArguments': {
      const [, expected = '0', received = '0'] =
        /Expected (\d+) arguments? but got (\d+)/.exec(message) ?? [];
      return t(lang, 'cli.error.excessArguments', { expected, received });
    }
    default:
      // Anything else (a value our own parser refused) is already a sentence of ours.
      return message.replace(/^error: /, '');
  }
}

const TITLES: Readonly<Record<string, Parameters<typeof t>[1]>> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
  'Global Options:': 'cli.help.globalOptions',
};

/** Full-width characters take two columns in a terminal; commander counts them as one. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;

class LocalizedHelp extends Help {
  constructor(readonly lang: Lang) {
    super();
  }

  override styleTitle(title: string): string {
    const key = TITLES[title];
    return key === undefined ? title : t(this.lang, key as 'cli.help.usage');
  }

  override commandUsage(command: Command): string {
    return this.#placeholders(super.commandUsage(command));
  }

  override subcommandTerm(command: Command): string {
    return this.#placeholders(super.subcommandTerm(command));
  }

  override optionDescription(option: Parameters<Help['optionDescription']>[0]): string {
    return this.#defaults(super.optionDescription(option));
  }

  override argumentDescription(argument: Parameters<Help['argumentDescription']>[0]): string {
    return this.#defaults(super.argumentDescription(argument));
  }

  override displayWidth(text: string): number {
    return super.displayWidth(text) + (text.match(WIDE)?.length ?? 0);
  }

  /** commander's `[options]` and `[command]` in usage lines. */
  #placeholders(usage: string): string {
    return usage
      .replace(/\[options\]/g, t(this.lang, 'cli.help.optionsPlaceholder'))
      .replace(/\[command\]/g, t(this.lang, 'cli.help.commandPlaceholder'));
  }

  #defaults(description: string): string {
    return description.replace(/ ?\(default: (.*)\)$/, (_whole, value: string) =>
      t(this.lang, 'cli.help.default', { value: value.replace(/^"(.*)"$/, '$1') }),
    );
  }
}
