import type { Server as HttpsServer } from 'node:https';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { FastifyInstance } from 'fastify';
import { answerStartingUp, handleInteraction } from '../commands/index.js';
import {
  type Config,
  ConfigError,
  describeDatabaseUrl,
  loadConfig,
  loadDotEnv,
  type ProcessRole,
  splitSecrets,
} from './config.js';
import type { DiscordStatus } from './contracts.js';
import { createDb, type Db, pingDb } from './db/client.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded.js';
import { applyMigrations } from './db/migrate.js';
import { connectDiscord, type DiscordConnection } from './discord/client.js';
import { connectDiscordRest, type DiscordRestConnection } from './discord/rest.js';
import { effectStatus } from './domain/effects.js';
import { buildApp } from './http/app.js';
import { readTlsFiles, reloadTls, type TlsFiles } from './http/tls.js';
import { type JobQueue, type QueueOptions, startJobQueue } from './jobs/boss.js';
import { createHandlers } from './jobs/handlers.js';
import { queueDepths } from './jobs/queue-depth.js';
import { sweepUnsettledVotes } from './jobs/sweep.js';
import { startWorkers, type Workers } from './jobs/worker.js';
import { createLogger, type Logger } from './log.js';
import { createMetrics, type Metrics } from './metrics.js';
import { exitGracefullyOnSignals } from './shutdown.js';

export interface RunningBot {
  /** Base URL of the HTTP listener, e.g. http://127.0.0.1:3000 (https:// with TLS_*_FILE). */
  url: string;
  /** What this process runs (RUN). */
  roles: readonly ProcessRole[];
  db: Db;
  queue: JobQueue;
  app: FastifyInstance;
  /** The gateway connection, when this process runs the gateway role with a token. */
  discord: DiscordConnection | null;
  /** What GET /metrics serves; null with METRICS=off. */
  metrics: Metrics | null;
  /** Resolves once reward workers run (after Discord is ready); never without the worker role. */
  workersStarted: Promise<Workers>;
  /** Re-reads TLS_CERT_FILE/TLS_KEY_FILE (SIGHUP); false when they are unusable or TLS is off. */
  reloadTls(): Promise<boolean>;
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
 *
 * RUN selects the roles of this process: `web` serves the webhooks (stores
 * and enqueues), `worker` runs the reward jobs and the sweeper (over Discord
 * REST), `gateway` holds the Discord gateway (its shards of it) and handles
 * slash commands and member joins. Every process serves /healthz and
 * /readyz, and every one uses the database and the queue.
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

  const runs = (role: ProcessRole) => config.RUN.includes(role);
  // The one clock of the jobs; slash commands may be given another (tests pin it).
  const clock = () => new Date();
  const tlsFiles: TlsFiles | undefined =
    config.TLS_CERT_FILE && config.TLS_KEY_FILE
      ? { certFile: config.TLS_CERT_FILE, keyFile: config.TLS_KEY_FILE }
      : undefined;
  try {
    // Unusable certificate files stop the start before anything else runs.
    const tls = tlsFiles ? await readTlsFiles(tlsFiles) : undefined;
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
    const metrics = config.METRICS ? createMetrics({ queueDepth: () => queueDepths(db) }) : null;

    let discord: DiscordConnection | null = null;
    // What the jobs use to reach Discord: the gateway's client, or REST only.
    let jobsDiscord: DiscordConnection | DiscordRestConnection | null = null;
    // Discord logs in before the queue starts; commands that enqueue run later.
    let startedQueue: JobQueue | undefined;
    let wakeRewards = () => {};
    let wakePremium = () => {};
    if (config.DISCORD_TOKEN && runs('gateway')) {
      discord = connectDiscord({
        token: config.DISCORD_TOKEN,
        apiUrl: config.DISCORD_API_URL,
        restTimeoutMs: config.DISCORD_REST_TIMEOUT_MS,
        shardIds: config.SHARD_IDS,
        shardCount: config.SHARD_COUNT,
        log,
        metrics: metrics ?? undefined,
        onMemberJoin: (guildId, userId) => void onMemberJoin(guildId, userId),
        onInteraction: (interaction) =>
          void (startedQueue
            ? handleInteraction(interaction, {
                db,
                queue: startedQueue,
                log,
                publicUrl: config.PUBLIC_URL,
                webhookSecretGraceMs: config.WEBHOOK_SECRET_GRACE_HOURS * 3_600_000,
                now: opts.now ?? clock,
              })
            : answerStartingUp(interaction, log)),
      });
      const connection = discord;
      stack.push({ name: 'discord', close: () => connection.destroy() });
    }
    if (config.DISCORD_TOKEN && runs('worker')) {
      jobsDiscord =
        discord ??
        connectDiscordRest({
          token: config.DISCORD_TOKEN,
          apiUrl: config.DISCORD_API_URL,
          restTimeoutMs: config.DISCORD_REST_TIMEOUT_MS,
          log,
          metrics: metrics ?? undefined,
        });
      const connection = jobsDiscord;
      if (connection !== discord) stack.push({ name: 'discord-rest', close: () => connection.destroy() });
    }
    if (!config.DISCORD_TOKEN && (runs('worker') || runs('gateway'))) {
      log.warn(
        'DISCORD_TOKEN is not set: running as a listener only. Webhooks are accepted and stored; ' +
          'rewards wait until the bot runs with a token.',
      );
    }

    const queue = await startJobQueue({ url: databaseUrl, log, retry: opts.retry });
    startedQueue = queue;
    stack.push({ name: 'queue', close: () => queue.stop(config.SHUTDOWN_TIMEOUT_MS * 0.6) });

    const workersStarted = jobsDiscord
      ? jobsDiscord.ready.then(async () => {
          if (!queue.isRunning()) throw new Error('stopped before Discord was ready');
          const workers = await startWorkers({
            queue: queue,
            db,
            log,
            concurrency: config.REWARD_CONCURRENCY,
            metrics: metrics ?? undefined,
            handlers: createHandlers({
              db,
              queue,
              discord: jobsDiscord!.actions,
              log,
              now: clock,
              premiumReminderHours: config.PREMIUM_REMINDER_HOURS,
              metrics: metrics ?? undefined,
              botVoteReward: { currency: config.BOT_VOTE_CURRENCY, roleId: config.BOT_VOTE_ROLE_ID ?? null },
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
          db.rewardEffect.count({ where: { guildId, userId, status: effectStatus.pendingMember } }),
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
      roles: config.RUN,
      webhooks: runs('web'),
      db,
      queue,
      webhookAuth: config.RANKLY_WEBHOOK_AUTH,
      allowUnauthenticatedWebhooks: config.ALLOW_UNAUTHENTICATED_WEBHOOKS,
      onVoteStored: () => wakeRewards(),
      premiumSecrets: splitSecrets(config.RANKLY_PREMIUM_WEBHOOK_SECRET),
      onPremiumStored: () => wakePremium(),
      botVoteSecrets: splitSecrets(config.RANKLY_VOTE_WEBHOOK_SECRET),
      botVoteGuildId: config.BOT_VOTE_GUILD_ID,
      checkDatabase: () => pingDb(db),
      queueRunning: () => queue.isRunning(),
      discordStatus: (): DiscordStatus | undefined => {
        const usesDiscord = runs('gateway') || runs('worker');
        if (!usesDiscord) return undefined;
        if (!config.DISCORD_TOKEN) return 'listener-only';
        // A gateway process is ready when its shards are; a worker-only one when REST works.
        return (discord ?? jobsDiscord)?.state();
      },
      shuttingDown: () => shuttingDown,
      metrics: metrics ?? undefined,
      metricsToken: config.METRICS_TOKEN,
      http: {
        trustProxy: config.TRUST_PROXY,
        requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
        webhookRateLimit: config.WEBHOOK_RATE_LIMIT,
        tls,
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
    const url = `${tls ? 'https' : 'http'}://${config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST}:${port}`;
    const database = embedded
      ? `embedded Postgres in ${resolve(config.DATA_DIR, 'postgres')}`
      : describeDatabaseUrl(databaseUrl);
    log.info(
      {
        url,
        database,
        roles: config.RUN,
        ...(config.SHARD_IDS ? { shards: config.SHARD_IDS, shardCount: config.SHARD_COUNT } : {}),
        discord: discord ? discord.state() : config.DISCORD_TOKEN ? 'rest-only' : 'listener-only',
      },
      `listening on ${url} (${runs('web') ? `webhooks: POST ${url}/webhook/votes` : 'health only'}), ` +
        `running ${config.RUN.join(', ')}, database: ${database}`,
    );
    if (!config.RANKLY_WEBHOOK_AUTH && runs('web')) {
      log.warn(
        config.ALLOW_UNAUTHENTICATED_WEBHOOKS
          ? 'ALLOW_UNAUTHENTICATED_WEBHOOKS is on and RANKLY_WEBHOOK_AUTH is not set: /webhook/votes accepts ' +
              'votes from anyone for guilds without their own secret. For local development only.'
          : 'RANKLY_WEBHOOK_AUTH is not set: /webhook/votes refuses votes (401) for guilds without their own ' +
              "secret. Set it and paste the same value into the Authorization field of Rankly's webhook " +
              'settings, or give each guild its own with /setup webhook.',
      );
    }

    const reload = async () =>
      tlsFiles ? reloadTls(app.server as unknown as HttpsServer, tlsFiles, log) : false;
    return {
      url,
      roles: config.RUN,
      db,
      queue,
      app,
      discord,
      metrics,
      workersStarted,
      reloadTls: reload,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

async function main(): Promise<void> {
  // V8 lets the old generation grow up to four times its live size before a
  // full collection when a program allocates fast, as the reward job does
  // (Prisma's query compiler): 44 MB of live objects reached 212-319 MB of
  // RSS under 45-50 votes/s. Collecting at 1.2 times kept the peak at 182 MB
  // with no measurable cost in latency or throughput (see README,
  // Performance). Not allowed in NODE_OPTIONS, so it is set here.
  setFlagsFromString('--heap-growing-percent=20');
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
    // SIGHUP re-reads the certificate (after a renewal) without a restart.
    reload: config.TLS_CERT_FILE
      ? async () => void (await starting.catch(() => undefined))?.reloadTls()
      : undefined,
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
