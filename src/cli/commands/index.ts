import type { CommandRegistration } from '../program';
import { registerCollect } from './collect';
import { registerInspect } from './inspect';
import { registerParse } from './parse';
import { registerReport } from './report';
import { registerSplit } from './split';
import { registerSummarize } from './summarize';
import { registerValidate } from './validate';
import { registerWorkbook } from './workbook';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CommandRegistration[] = [
  registerParse,
  registerWorkbook,
  registerValidate,
  registerSummarize,
  registerInspect,
  registerSplit,
  registerCollect,
  registerReport,
];
