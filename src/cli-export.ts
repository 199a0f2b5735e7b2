import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig, loadDotEnv } from './config.js';
import { createDb } from './db/client.js';
import { embeddedDatabaseUrl } from './db/embedded.js';
import { exportVotesCsv } from './db/vote-export.js';
import { isStatsPeriod, statsPeriods } from './domain/stats-period.js';

export const exportUsage = `  export votes --guild <id> [--period 7d|30d|90d|all] [--out <file>]
                                    A guild's votes as CSV, as /setup export gives them
                                    (default: all time, to standard output)`;

/**
 * `npm run cli -- export votes ...`: the same CSV as /setup export, without
 * Discord's upload limit, streamed to a file or standard output.
 * Exit codes as the rest of the CLI: 0 done, 1 failed, 2 bad usage.
 */
export async function runExportCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    console.error(`export votes: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const period = values.period;
  const problem =
    positionals.join(' ') !== 'votes'
      ? 'the only export is "votes"'
      : !values.guild || !/^\d{17,20}$/.test(values.guild)
        ? '--guild <id> is required: the guild (server) id, 17 to 20 digits'
        : !isStatsPeriod(period)
          ? `--period must be one of ${statsPeriods.join(', ')}`
          : undefined;
  if (problem || !isStatsPeriod(period) || !values.guild) {
    console.error(`export votes: ${problem}\nusage:\n${exportUsage}`);
    return 2;
  }

  loadDotEnv();
  const config = loadConfig();
  const url = config.DATABASE_URL ?? (await embeddedDatabaseUrl(config.DATA_DIR, config.EMBEDDED_PG_PORT));
  if (!url) {
    console.error(`no database: set DATABASE_URL, or run this next to a bot that uses ${config.DATA_DIR}`);
    return 1;
  }
  const db = createDb(url, { poolSize: 1 });
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  try {
    if (values.out) await once(out, 'open'); // a path that cannot be written fails here, before any query
    const { votes } = await exportVotesCsv(
      db,
      { guildId: values.guild, period, now: new Date() },
      async (chunk) => {
        if (!out.write(chunk)) await once(out, 'drain');
        return true;
      },
    );
    const summary = `${votes} vote${votes === 1 ? '' : 's'} written to ${values.out ?? 'standard output'}`;
    if (values.out) {
      out.end();
      await once(out, 'finish');
      console.log(summary);
    } else console.error(summary);
    return 0;
  } finally {
    if (values.out && !out.writableFinished) out.destroy();
    await db.$disconnect();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      guild: { type: 'string' },
      period: { type: 'string', default: 'all' },
      out: { type: 'string' },
    },
  });
}
