import { parseArgs } from 'node:util';
import { exportUsage, runExportCommand } from './cli-export.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { createDb } from './db/client.js';
import { embeddedDatabaseUrl } from './db/embedded.js';
import { isDatabaseUnavailable } from './db/errors.js';
import { startJobQueue } from './jobs/boss.js';
import { listDeadLetters, replayDeadLetters, retryRefusedRewards } from './jobs/dead-letters.js';
import { getPremiumStatus } from './jobs/premium.js';
import { createLogger } from './log.js';

const usage = `Usage: npm run cli -- <command>

Commands:
  deadletters list [--all]          Jobs that used up their retries (--all: replayed ones too)
  deadletters replay <id>... | --all
                                    Send them back to their queue with fresh retries
  rewards retry <guildId>           Grant a guild's refused rewards again (after fixing permissions)
  premium status [--user <id>] [--guild <id>]
                                    What /premium shows: a user's and a guild's premium
${exportUsage}

The CLI reads the same environment as the bot (DATABASE_URL, or the embedded
database of a bot running from DATA_DIR).`;

/** Operator commands. Exit codes: 0 done, 1 failed, 2 bad usage. */
async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'export') return runExportCommand(argv.slice(1));
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: 'boolean', default: false },
      user: { type: 'string' },
      guild: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [group, action, ...ids] = positionals;
  const known =
    (group === 'deadletters' && (action === 'list' || action === 'replay')) ||
    (group === 'premium' && action === 'status' && (values.user || values.guild)) ||
    (group === 'rewards' && action === 'retry' && ids.length === 1 && /^\d{17,20}$/.test(ids[0] ?? ''));
  if (values.help || !known) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (action === 'replay' && !values.all && (ids.length === 0 || ids.some((id) => !/^\d+$/.test(id)))) {
    console.error('deadletters replay: give one or more numeric ids, or --all');
    return 2;
  }

  loadDotEnv();
  const config = loadConfig();
  const url = config.DATABASE_URL ?? (await embeddedDatabaseUrl(config.DATA_DIR, config.EMBEDDED_PG_PORT));
  if (!url) {
    console.error(`no database: set DATABASE_URL, or run this next to a bot that uses ${config.DATA_DIR}`);
    return 1;
  }
  const log = createLogger({ level: 'warn', pretty: false });
  const db = createDb(url, { poolSize: 2 });
  try {
    if (group === 'premium') {
      const status = await getPremiumStatus(db, { userId: values.user, guildId: values.guild });
      console.log(JSON.stringify(status, null, 2));
      return 0;
    }
    if (group === 'rewards') {
      const queue = await startJobQueue({ url, log, poolSize: 2 });
      try {
        const count = await retryRefusedRewards(db, queue, ids[0] as string);
        console.log(`sent ${count} vote reward${count === 1 ? '' : 's'} back to the queue`);
        return 0;
      } finally {
        await queue.stop(1000);
      }
    }
    if (action === 'list') {
      const letters = await listDeadLetters(db, { includeReplayed: values.all });
      if (letters.length === 0) console.log('no dead letters');
      for (const l of letters) {
        const state = l.replayedAt ? `replayed ${l.replayedAt.toISOString()}` : 'waiting';
        console.log(
          `${l.id}\t${l.queue}\t${l.failedAt.toISOString()}\t${state}\t${JSON.stringify(l.data)}\t${l.reason}`,
        );
      }
      return 0;
    }
    const queue = await startJobQueue({ url, log, poolSize: 2 });
    try {
      const replayed = await replayDeadLetters(db, queue, values.all ? 'all' : ids.map((id) => BigInt(id)));
      console.log(`replayed ${replayed} dead letter${replayed === 1 ? '' : 's'}`);
      return 0;
    } finally {
      await queue.stop(1000);
    }
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError) console.error(err.message);
    else if (isDatabaseUnavailable(err)) {
      console.error(
        'error: cannot reach the database. With the embedded database, the bot must be running (npm start); otherwise check DATABASE_URL.',
      );
    } else console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
