import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { exportVotesCsv } from '../db/vote-export.js';
import { isStatsPeriod, type StatsPeriod, statsPeriods } from '../domain/stats-period.js';
import { type CliIo, snowflakeArg, withDatabase } from './context.js';

/**
 * `export votes`: the same CSV as /setup export, without Discord's upload
 * limit, streamed to a file or standard output.
 */
export function registerExportCommands(program: Command, io: CliIo): void {
  program
    .command('export')
    .description("a guild's data as CSV")
    .command('votes')
    .description("a guild's votes as CSV, as /setup export gives them")
    .requiredOption('--guild <id>', 'the guild (server)', snowflakeArg('--guild'))
    .option('--period <period>', `one of ${statsPeriods.join(', ')}`, periodArg, 'all' as StatsPeriod)
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (opts: { guild: string; period: StatsPeriod; out?: string }) => {
      await withDatabase(io, async ({ db }) => {
        const file = opts.out ? createWriteStream(opts.out) : undefined;
        try {
          // A path that cannot be written fails here, before any query.
          if (file) await once(file, 'open');
          const { votes } = await exportVotesCsv(
            db,
            { guildId: opts.guild, period: opts.period, now: new Date() },
            async (chunk) => {
              if (!file) io.out(chunk);
              else if (!file.write(chunk)) await once(file, 'drain');
              return true;
            },
          );
          const summary = `${votes} vote${votes === 1 ? '' : 's'} written to ${opts.out ?? 'standard output'}\n`;
          if (file) {
            file.end();
            await once(file, 'finish');
            io.out(summary);
          } else io.err(summary);
        } finally {
          if (file && !file.writableFinished) file.destroy();
        }
      });
    });
}

function periodArg(value: string): StatsPeriod {
  if (!isStatsPeriod(value))
    throw new InvalidArgumentError(`--period must be one of ${statsPeriods.join(', ')}`);
  return value;
}
