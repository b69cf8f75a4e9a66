import { COMMANDS } from './commands/index';
import { buildProgram, runProgram } from './program';

const code = await runProgram(buildProgram(COMMANDS), process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
