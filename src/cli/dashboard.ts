import type { Command } from 'commander';
import { revokeUserSessions } from '../dashboard/sessions.js';
import { type CliIo, snowflakeArg, withDatabase } from './context.js';

/**
 * `dashboard revoke --user <id>`: ends every dashboard session of a user at
 * once (their sessions are rows; the next page they open asks them to log
 * in). For a leaked cookie, or an admin who should no longer have access
 * before Discord's role change reaches the dashboard (at most 30 s).
 */
export function registerDashboardCommands(program: Command, io: CliIo): void {
  program
    .command('dashboard')
    .description('the web dashboard')
    .command('revoke')
    .description('ends every dashboard session of a user')
    .requiredOption('--user <id>', 'the Discord user', snowflakeArg('--user'))
    .action(async (opts: { user: string }) => {
      await withDatabase(io, async ({ db }) => {
        const ended = await revokeUserSessions(db, opts.user);
        io.out(`${ended} dashboard session${ended === 1 ? '' : 's'} of ${opts.user} ended\n`);
      });
    });
}
