import type { Server as HttpsServer } from 'node:https';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
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
import { createDashboard } from './dashboard/create.js';
import { createDb, pingDb } from './db/client.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded.js';
import { applyMigrations } from './db/migrate.js';
import type { DiscordActions } from './discord/actions.js';
import { connectDiscord, type DiscordConnection } from './discord/client.js';
import { startDiscordProxy } from './discord/proxy.js';
import { connectDiscordRest, type DiscordRestConnection } from './discord/rest.js';
import { buildApp } from './http/app.js';
import { readTlsFiles, reloadTls, type TlsFiles } from './http/tls.js';
import { createJobQueue } from './jobs/boss.js';
import { createHandlers } from './jobs/handlers.js';
import { createMemberJoinHandler } from './jobs/member-joined.js';
import { missedVoteGaps } from './jobs/missed-votes.js';
import { queueDepths } from './jobs/queue-depth.js';
import { schedulePeriodicWork } from './jobs/sweep.js';
import { createWorkers, type Workers } from './jobs/worker.js';
import { createLogger, type Logger } from './log.js';
import { createMetrics } from './metrics.js';
import { createRanklyApi } from './rankly/api.js';
import type { RunningBot, StartOptions } from './running-bot.js';
import { createStopStack, exitGracefullyOnSignals } from './shutdown.js';
import { listenerUrl, reportListening, warnIfListenerOnly } from './start-report.js';
import { commandSettings, jobSettings } from './wiring.js';

export type { RunningBot, StartOptions };

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
 *
 * Every part is made before anything that uses it, so nothing is handed
 * over later; two are started after parts that already hold them. The queue
 * starts while Discord logs in (their waits overlap): until it runs, a slash
 * command is answered "starting up". The workers start once Discord is
 * ready (or never, without a token): until then a stored vote's wake-up
 * finds no worker to wake, and the job waits for their first poll.
 */
export async function startBot(config: Config, log: Logger, opts: StartOptions = {}): Promise<RunningBot> {
  const stack = createStopStack(log);
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
      const server = await startEmbeddedPostgres({
        dataDir: config.DATA_DIR,
        port: config.EMBEDDED_PG_PORT,
        log,
      });
      stack.push('embedded-postgres', () => server.stop());
      embedded = server;
      databaseUrl = server.url;
    }
    if (opts.migrate !== false) await applyMigrations(databaseUrl, log);
    const db = createDb(databaseUrl);
    await db.$connect();
    stack.push('database', () => db.$disconnect());
    const metrics = config.METRICS
      ? createMetrics({ queueDepth: () => queueDepths(db), missedVotes: () => missedVoteGaps(db) })
      : null;
    const ranklyApi = config.RANKLY_API_KEY
      ? createRanklyApi({ key: config.RANKLY_API_KEY, url: config.RANKLY_API_URL })
      : null;
    if (runs('discord-proxy'))
      stack.push('discord-proxy', (await startDiscordProxy(config, log, metrics)).close);
    const queue = createJobQueue({ url: databaseUrl, log, retry: opts.retry });
    // Once started, also while it stops: a late command runs (and fails if it must enqueue), not "starting up".
    const queueStarted = () => queue.isRunning() || queue.isStopping();
    const discordOptions = {
      apiUrl: config.DISCORD_API_URL,
      restTimeoutMs: config.DISCORD_REST_TIMEOUT_MS,
      globalRateLimit: config.DISCORD_GLOBAL_RATE_LIMIT,
      log,
      metrics: metrics ?? undefined,
    };

    let gatewayActions: DiscordActions | undefined;
    const discord =
      config.DISCORD_TOKEN && runs('gateway')
        ? connectDiscord({
            ...discordOptions,
            token: config.DISCORD_TOKEN,
            shardIds: config.SHARD_IDS,
            shardCount: config.SHARD_COUNT,
            onMemberJoin: createMemberJoinHandler({ db, queue, log }),
            onInteraction: (interaction) =>
              void (queueStarted()
                ? handleInteraction(interaction, {
                    db,
                    queue,
                    log,
                    ...commandSettings(config),
                    rankly: ranklyApi ?? undefined,
                    // Set below, once connected: interactions arrive only after that.
                    discord: gatewayActions,
                    now: opts.now ?? clock,
                  })
                : answerStartingUp(interaction, log)),
          })
        : null;
    gatewayActions = discord?.actions;
    if (discord) stack.push('discord', () => discord.destroy());
    // What the jobs use to reach Discord: the gateway's client, or REST only.
    const jobsDiscord: DiscordConnection | DiscordRestConnection | null =
      config.DISCORD_TOKEN && runs('worker')
        ? (discord ?? connectDiscordRest({ ...discordOptions, token: config.DISCORD_TOKEN }))
        : null;
    if (jobsDiscord && jobsDiscord !== discord) stack.push('discord-rest', () => jobsDiscord.destroy());
    warnIfListenerOnly(config, log);

    await queue.start();
    stack.push('queue', () => queue.stop(config.SHUTDOWN_TIMEOUT_MS * 0.6));

    const workers = jobsDiscord
      ? createWorkers({
          queue,
          db,
          log,
          concurrency: config.REWARD_CONCURRENCY,
          metrics: metrics ?? undefined,
          handlers: createHandlers({
            db,
            queue,
            discord: jobsDiscord.actions,
            log,
            now: clock,
            metrics: metrics ?? undefined,
            ...jobSettings(config, opts.retry),
          }),
        })
      : null;
    const workersStarted =
      jobsDiscord && workers
        ? jobsDiscord.ready.then(async (): Promise<Workers> => {
            if (!queue.isRunning()) throw new Error('stopped before Discord was ready');
            await workers.start();
            const ranklyChecks = ranklyApi && {
              api: ranklyApi,
              everyMs: config.RANKLY_CHECK_MINUTES * 60_000,
            };
            const stopPeriodic = schedulePeriodicWork(
              { db, queue, log, now: clock, discord: jobsDiscord.actions },
              ranklyChecks,
            );
            stack.push('sweeper and checks', async () => stopPeriodic());
            log.info({ concurrency: config.REWARD_CONCURRENCY }, 'reward workers started');
            return workers;
          })
        : new Promise<Workers>(() => {});
    workersStarted.catch((err: unknown) => log.error({ err }, 'could not start the reward workers'));

    // The web dashboard, in processes that serve the web role (README "Dashboard").
    const dashboard = runs('web')
      ? createDashboard(config, { db, queue, log, now: opts.now ?? clock })
      : null;
    if (dashboard) stack.push('dashboard', dashboard.destroy);

    let shuttingDown = false;
    const app = buildApp({
      log,
      roles: config.RUN,
      webhooks: runs('web'),
      ...(dashboard ? { dashboard: dashboard.deps } : {}),
      db,
      queue,
      webhookAuth: config.RANKLY_WEBHOOK_AUTH,
      allowUnauthenticatedWebhooks: config.ALLOW_UNAUTHENTICATED_WEBHOOKS,
      onVoteStored: () => workers?.wake('voteReward'),
      premiumSecrets: splitSecrets(config.RANKLY_PREMIUM_WEBHOOK_SECRET),
      onPremiumStored: () => workers?.wake('premiumApply'),
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
    stack.push('http', async () => {
      shuttingDown = true;
      await app.close();
    });
    const url = listenerUrl(config, app.server.address(), tls !== undefined);
    reportListening(config, log, {
      url,
      database: embedded
        ? `embedded Postgres in ${resolve(config.DATA_DIR, 'postgres')}`
        : describeDatabaseUrl(databaseUrl),
      discord: discord ? discord.state() : config.DISCORD_TOKEN ? 'rest-only' : 'listener-only',
    });

    return {
      url,
      roles: config.RUN,
      db,
      queue,
      app,
      discord,
      metrics,
      workersStarted,
      reloadTls: async () =>
        tlsFiles ? reloadTls(app.server as unknown as HttpsServer, tlsFiles, log) : false,
      stop: stack.stopAll,
    };
  } catch (err) {
    await stack.stopAll();
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
