import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { CliError } from './errors';

/** One subcommand: each lives in its own file under src/cli/commands. */
export type CommandRegistration = (program: Command) => void;

export function buildProgram(commands: readonly CommandRegistration[]): Command {
  const program = new Command('rectify')
    .description('整改台账助手：把整改清单读成结构化台账，校验台账，生成领导汇总。')
    .version(pkg.version, '-v, --version', '显示版本号 (show the version)')
    .helpOption('-h, --help', '显示帮助 (show help)')
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Runs the program and returns the exit code; a CliError becomes one line on stderr. */
export async function runProgram(
  program: Command,
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
      io.err(`rectify: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`rectify: 内部错误，请报告此问题 (internal error, please report it): ${detail}\n`);
    return 70;
  }
}
