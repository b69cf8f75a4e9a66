import { languageOfEnvironment } from '../core/i18n';
import { COMMANDS } from './commands/index';
import { closablePipe } from './closable-pipe';
import { buildProgram, runProgram } from './program';

// The language is chosen once, from the locale, and every message follows it.
const lang = languageOfEnvironment(process.env);
const out = closablePipe(process.stdout);
const err = closablePipe(process.stderr);
const code = await runProgram(buildProgram(COMMANDS, lang), process.argv.slice(2), {
  out,
  err,
});
process.exitCode = code;
