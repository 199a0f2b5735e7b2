import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { handleInteraction } from '../commands/index.js';
import { type Config, ConfigError, describeDatabaseUrl, loadConfig, loadDotEnv } from './config.js';
import { createDb, type Db, pingDb } from './db/client.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded.js';
import { applyMigrations } from './db/migrate.js';
import { connectDiscord, type DiscordConnection } from './discord/client.js';
import { buildApp } from './http/app.js';
import type { DiscordStatus } from './http/health.js';
import { type JobQueue, type QueueOptions, startJobQueue } from './jobs/boss.js';
import { createHandlers } from './jobs/handlers.js';
import { sweepUnsettledVotes } from './jobs/sweep.js';
import { startWorkers, type Workers } from './jobs/worker.js';
import { createLogger, type Logger } from './log.js';
import { exitGracefullyOnSignals } from './shutdown.js';

export interface RunningBot {
  /** Base URL of the HTTP listener, e.g. http://127.0.0.1:3000 */
  url: string;
  db: Db;
  queue: JobQueue;
  app: FastifyInstance;
  discord: DiscordConnection | null;
  /** Resolves once reward workers run (after Discord is ready). */
  workersStarted: Promise<Workers>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Apply pending migrations first (default true; tests use a migrated template). */
  migrate?: boolean;
  /** Overrides every queue's retry policy (tests use short ones). */
  retry?: QueueOptions['retry'];
  /** The clock of slash commands (tests pin it to compute periods by hand). */
  now?: () => Date;
}

/**
 * The composition root, and the only place that knows the start and stop
 * order: database, Discord (logs in in the background), queue, HTTP; on
 * stop the reverse, so in-flight requests finish before the queue stops and
 * in-flight jobs finish while Discord is still connected.
 */
export async function startBot(config: Config, log: Logger, opts: StartOptions = {}): Promise<RunningBot> {
  const stack: Array<{ name: string; close: () => Promise<unknown> }> = [];
  const stopAll = async () => {
    for (const { name, close } of stack.reverse()) {
      try {
        await close();
        log.debug({ component: name }, 'stopped');
      } catch (err) {
        log.error({ err, component: name }, 'error while stopping');
      }
    }
    stack.length = 0;
  };

  try {
    let embedded: EmbeddedPostgres | undefined;
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({
        dataDir: config.DATA_DIR,
        port: config.EMBEDDED_PG_PORT,
        log,
      });
      stack.push({ name: 'embedded-postgres', close: () => embedded!.stop() });
      databaseUrl = embedded.url;
    }
    if (opts.migrate !== false) await applyMigrations(databaseUrl, log);
    const db = createDb(databaseUrl);
    await db.$connect();
    stack.push({ name: 'database', close: () => db.$disconnect() });

    let discord: DiscordConnection | null = null;
    // Discord logs in before the queue starts; commands that enqueue run later.
    let startedQueue: JobQueue | undefined;
    const lateQueue = () => {
      if (!startedQueue) throw new Error('the job queue is not running yet');
      return startedQueue;
    };
    let wakeRewards = () => {};
    let wakePremium = () => {};
    if (config.DISCORD_TOKEN) {
      discord = connectDiscord({
        token: config.DISCORD_TOKEN,
        apiUrl: config.DISCORD_API_URL,
        restTimeoutMs: config.DISCORD_REST_TIMEOUT_MS,
        log,
        onMemberJoin: (guildId, userId) => void onMemberJoin(guildId, userId),
        onInteraction: (interaction) =>
          void handleInteraction(interaction, {
            db,
            queue: lateQueue(),
            log,
            publicUrl: config.PUBLIC_URL,
            ...(opts.now ? { now: opts.now } : {}),
          }),
      });
      const connection = discord;
      stack.push({ name: 'discord', close: () => connection.destroy() });
    } else {
      log.warn(
        'DISCORD_TOKEN is not set: running as a listener only. Webhooks are accepted and stored; ' +
          'rewards wait until the bot runs with a token.',
      );
    }

    const queue = await startJobQueue({ url: databaseUrl, log, retry: opts.retry });
    startedQueue = queue;
    stack.push({ name: 'queue', close: () => queue.stop(config.SHUTDOWN_TIMEOUT_MS * 0.6) });

    const workersStarted = discord
      ? discord.ready.then(async () => {
          if (!queue.isRunning()) throw new Error('stopped before Discord was ready');
          const workers = await startWorkers({
            queue: queue,
            db,
            log,
            concurrency: config.REWARD_CONCURRENCY,
            handlers: createHandlers({
              db,
              queue,
              discord: discord!.actions,
              log,
              premiumReminderHours: config.PREMIUM_REMINDER_HOURS,
            }),
          });
          wakeRewards = () => workers.wake('voteReward');
          const sweep = () =>
            sweepUnsettledVotes({ db, queue, log }).catch((err: unknown) =>
              log.error({ err }, 'could not sweep unsettled votes'),
            );
          void sweep();
          const sweeper = setInterval(sweep, 15 * 60_000);
          sweeper.unref();
          stack.push({ name: 'sweeper', close: async () => clearInterval(sweeper) });
          wakePremium = () => workers.wake('premiumApply');
          log.info({ concurrency: config.REWARD_CONCURRENCY }, 'reward workers started');
          return workers;
        })
      : new Promise<Workers>(() => {});
    workersStarted.catch((err: unknown) => log.error({ err }, 'could not start the reward workers'));

    async function onMemberJoin(guildId: string, userId: string) {
      try {
        const [parked, premium] = await Promise.all([
          db.rewardEffect.count({ where: { guildId, userId, status: 'pending_member' } }),
          db.entitlement.count({ where: { scope: 'user', subjectId: userId, status: 'active' } }),
        ]);
        if (parked > 0 || premium > 0) await queue.send('memberJoined', { guildId, userId });
      } catch (err) {
        log.error({ err, guildId, userId }, 'could not check parked rewards of a joining member');
      }
    }

    let shuttingDown = false;
    const app = buildApp({
      log,
      db,
      queue,
      webhookAuth: config.RANKLY_WEBHOOK_AUTH,
      onVoteStored: () => wakeRewards(),
      premiumSecrets: (config.RANKLY_PREMIUM_WEBHOOK_SECRET ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      onPremiumStored: () => wakePremium(),
      checkDatabase: () => pingDb(db),
      queueRunning: () => queue.isRunning(),
      discordStatus: (): DiscordStatus => (discord ? discord.state() : 'listener-only'),
      shuttingDown: () => shuttingDown,
      http: {
        trustProxy: config.TRUST_PROXY,
        requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
        webhookRateLimit: config.WEBHOOK_RATE_LIMIT,
      },
    });
    await app.listen({ port: config.PORT, host: config.HOST });
    stack.push({
      name: 'http',
      close: async () => {
        shuttingDown = true;
        await app.close();
      },
    });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://${config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST}:${port}`;
    const database = embedded
      ? `embedded Postgres in ${resolve(config.DATA_DIR, 'postgres')}`
      : describeDatabaseUrl(databaseUrl);
    log.info(
      { url, database, discord: discord ? discord.state() : 'listener-only' },
      `listening on ${url} (webhooks: POST ${url}/webhook/votes), database: ${database}`,
    );
    if (!config.RANKLY_WEBHOOK_AUTH) {
      log.warn(
        'RANKLY_WEBHOOK_AUTH is not set: /webhook/votes accepts any caller. Set it and paste the same value ' +
          "into the Authorization field of Rankly's webhook settings (guilds with their own secret are still checked).",
      );
    }

    return { url, db, queue, app, discord, workersStarted, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger({ level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
  const starting = startBot(config, log);
  // A signal during start-up waits for it to finish, then stops what started
  // (the embedded database included); a failed start cleaned up after itself.
  exitGracefullyOnSignals({
    log,
    timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    stop: async () => (await starting.catch(() => undefined))?.stop(),
  });
  try {
    await starting;
  } catch (err) {
    log.fatal({ err }, 'could not start');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
