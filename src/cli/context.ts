import { InvalidArgumentError } from 'commander';
import { type Config, loadConfig } from '../config.js';
import { createDb, type Db } from '../db/client.js';
import { embeddedDatabaseUrl } from '../db/embedded.js';
import { isSnowflake, snowflakeRule } from '../domain/snowflake.js';
import { type JobQueue, startJobQueue } from '../jobs/boss.js';
import { createLogger } from '../log.js';

/**
 * What a command may touch of the outside world: its environment and its
 * output. Tests run the CLI in-process with their own; `bin/rankly-bot.js`
 * and `npm run cli` pass the process's.
 */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
}

/**
 * An expected failure with a message for the operator and an exit code:
 * 1 the thing failed, 2 the command was used wrongly.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The bot's configuration, from the same environment (and .env) as the bot. */
export function configOf(io: CliIo): Config {
  return loadConfig(io.env);
}

/** DATABASE_URL, or the embedded server of a bot running from DATA_DIR. */
export async function databaseUrlOf(config: Config): Promise<string> {
  const url = config.DATABASE_URL ?? (await embeddedDatabaseUrl(config.DATA_DIR, config.EMBEDDED_PG_PORT));
  if (!url) {
    throw new CliError(
      `no database: set DATABASE_URL, or run this next to a bot that uses DATA_DIR=${config.DATA_DIR}`,
    );
  }
  return url;
}

/** Runs `fn` with a small database client (and the job queue, if asked), closed afterwards. */
export async function withDatabase<T>(
  io: CliIo,
  fn: (ctx: { db: Db; config: Config; url: string }) => Promise<T>,
): Promise<T> {
  const config = configOf(io);
  const url = await databaseUrlOf(config);
  const db = createDb(url, { poolSize: 2 });
  try {
    return await fn({ db, config, url });
  } finally {
    await db.$disconnect();
  }
}

export async function withQueue<T>(
  io: CliIo,
  fn: (ctx: { db: Db; queue: JobQueue; config: Config }) => Promise<T>,
): Promise<T> {
  return withDatabase(io, async ({ db, config, url }) => {
    const queue = await startJobQueue({
      url,
      log: createLogger({ level: 'warn', pretty: false }),
      poolSize: 2,
    });
    try {
      return await fn({ db, queue, config });
    } finally {
      await queue.stop(1000);
    }
  });
}

/** A Discord ID argument, checked before anything is sent anywhere. */
export function snowflakeArg(name: string) {
  return (value: string): string => {
    if (!isSnowflake(value)) throw new InvalidArgumentError(`${name} ${snowflakeRule}`);
    return value;
  };
}
