import { languageOfEnvironment } from '../core/i18n';
import { COMMANDS } from './commands/index';
import { buildProgram, runProgram } from './program';

// The language is chosen once, from the locale, and every message follows it.
const lang = languageOfEnvironment(process.env);
const code = await runProgram(buildProgram(COMMANDS, lang), process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
