import type { CommandRegistration } from '../program';
import { registerParse } from './parse';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CommandRegistration[] = [registerParse];
