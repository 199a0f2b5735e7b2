import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { CliError, type CliIo } from './cli/context.js';
import { registerDashboardCommands } from './cli/dashboard.js';
import { registerDeadLetterCommands } from './cli/deadletters.js';
import { registerDoctorCommand } from './cli/doctor.js';
import { registerExportCommands } from './cli/export.js';
import { registerOperationCommands } from './cli/operations.js';
import { registerSendCommands } from './cli/send.js';
import { ConfigError, loadDotEnv } from './config.js';
import { isDatabaseUnavailable } from './db/errors.js';

/**
 * The operator CLI (`npm run cli -- <command>`, or the `rankly-bot` bin).
 * Each command group lives in its own module under cli/; this file only
 * assembles them. Exit codes: 0 done, 1 failed, 2 used wrongly.
 */
export function buildCli(io: CliIo): Command {
  const program = new Command('rankly-bot')
    .description(
      'Operator commands for the Rankly rewards bot. They read the same environment (and .env) as ' +
        'the bot; with the embedded database (no DATABASE_URL), run them while the bot is running.',
    )
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .helpCommand(true);
  registerSendCommands(program, io);
  registerDoctorCommand(program, io);
  registerDeadLetterCommands(program, io);
  registerOperationCommands(program, io);
  registerExportCommands(program, io);
  registerDashboardCommands(program, io);
  return program;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await buildCli(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has printed the help or the usage error already.
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    if (err instanceof CliError) {
      io.err(`error: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof ConfigError) {
      io.err(`${err.message}\n`);
      return 1;
    }
    if (isDatabaseUnavailable(err)) {
      io.err(
        'error: cannot reach the database. With the embedded database, the bot must be running (npm start); otherwise check DATABASE_URL.\n',
      );
      return 1;
    }
    io.err(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

/** The process entry, for `npm run cli` and bin/rankly-bot.js: reads .env like the bot, then exits with the code. */
export async function main(): Promise<never> {
  loadDotEnv();
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
  process.exit(code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
