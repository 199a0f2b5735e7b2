import type { SetupSubcommand } from './subcommand.js';

/**
 * A /setup subcommand group (`/setup shop add`): several subcommands under
 * one name, which counts once towards Discord's 25 options of /setup.
 */
export interface SetupGroup {
  name: string;
  description: string;
  subcommands: SetupSubcommand[];
}
