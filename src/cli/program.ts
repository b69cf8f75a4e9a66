import type { Command } from 'commander';
import { CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { LocalizedError, t, type Lang } from '../core/i18n';
import { CliError } from './errors';
import { LocalizedCommand } from './localized-command';

/**
 * One subcommand: each lives in its own file under src/cli/commands and takes its texts from the
 * catalogue (src/core/i18n) in the language the program was built for.
 */
export type CommandRegistration = (program: Command, lang: Lang) => void;

/** The whole command line in one language, chosen once by the caller (main.ts: the locale). */
export function buildProgram(
  commands: readonly CommandRegistration[],
  lang: Lang = 'zh',
): LocalizedCommand {
  const program = new LocalizedCommand('rectify', lang);
  program
    .description(t(lang, 'cli.description'))
    .version(pkg.version, '-v, --version', t(lang, 'cli.option.version'))
    .helpOption('-h, --help', t(lang, 'cli.option.help'))
    .helpCommand(`help ${t(lang, 'cli.help.commandPlaceholder')}`, t(lang, 'cli.command.help'))
    .showHelpAfterError(t(lang, 'cli.help.afterError'))
    .addHelpText('after', `\n${t(lang, 'cli.help.exitCodes')}\n${t(lang, 'cli.exitCodes')}\n`)
    .exitOverride();
  for (const register of commands) register(program, lang);
  return program;
}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Runs the program and returns the exit code; a CliError becomes one line on stderr. */
export async function runProgram(
  program: LocalizedCommand,
  argv: readonly string[],
  io: Io,
): Promise<number> {
  program.configureOutput({ writeOut: io.out, writeErr: io.err });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      io.err(`${t(program.lang, 'cli.error.line', { message: error.text(program.lang) })}\n`);
      return error.exitCode;
    }
    // A refusal from the core or a shell that no command wrapped: still the user's to act on.
    if (error instanceof LocalizedError) {
      io.err(`${t(program.lang, 'cli.error.line', { message: error.text(program.lang) })}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    const message = t(program.lang, 'cli.error.internal', { detail });
    io.err(`${t(program.lang, 'cli.error.line', { message })}\n`);
    return 70;
  }
}
