import type { CommandRegistration } from '../program';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CommandRegistration[] = [];
