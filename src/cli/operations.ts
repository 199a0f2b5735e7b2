import type { Command } from 'commander';
import { deployCommands } from '../../commands/deploy.js';
import { getPremiumStatus } from '../db/entitlements.js';
import { retryRefusedRewards } from '../jobs/dead-letters.js';
import { CliError, type CliIo, configOf, snowflakeArg, withDatabase, withQueue } from './context.js';

/** `rewards retry`, `premium status` and `commands deploy`: one-off operator actions. */
export function registerOperationCommands(program: Command, io: CliIo): void {
  program
    .command('rewards')
    .description("a guild's refused rewards")
    .command('retry')
    .description("grant a guild's refused rewards again (after fixing permissions or a deleted role)")
    .argument('<guildId>', 'the guild', snowflakeArg('guildId'))
    .action(async (guildId: string) => {
      await withQueue(io, async ({ db, queue }) => {
        const count = await retryRefusedRewards(db, queue, guildId);
        io.out(`sent ${count} vote reward${count === 1 ? '' : 's'} back to the queue\n`);
      });
    });

  program
    .command('premium')
    .description('premium entitlements')
    .command('status')
    .description("what /premium shows: a user's and a guild's premium, as JSON")
    .option('--user <id>', 'a user', snowflakeArg('--user'))
    .option('--guild <id>', 'a guild', snowflakeArg('--guild'))
    .action(async (opts: { user?: string; guild?: string }) => {
      if (!opts.user && !opts.guild) throw new CliError('premium status: give --user, --guild or both', 2);
      await withDatabase(io, async ({ db }) => {
        const status = await getPremiumStatus(db, { userId: opts.user, guildId: opts.guild });
        io.out(`${JSON.stringify(status, null, 2)}\n`);
      });
    });

  program
    .command('commands')
    .description('slash commands')
    .command('deploy')
    .description('register the slash commands with Discord (same as `npm run commands:deploy`)')
    .option(
      '--guild <id>',
      'only in this guild, at once (development); default: globally',
      snowflakeArg('--guild'),
    )
    .action(async (opts: { guild?: string }) => {
      const config = configOf(io);
      if (!config.DISCORD_TOKEN) {
        throw new CliError('DISCORD_TOKEN is not set: the commands are registered for the bot it belongs to');
      }
      let registered: Array<{ name: string }>;
      try {
        registered = await deployCommands({
          token: config.DISCORD_TOKEN,
          apiUrl: config.DISCORD_API_URL,
          guildId: opts.guild,
        });
      } catch (err) {
        throw new CliError(
          `could not register the commands: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      io.out(
        `registered ${registered.map((c) => `/${c.name}`).join(', ')} ${opts.guild ? `in guild ${opts.guild}` : 'globally'}\n`,
      );
    });
}
