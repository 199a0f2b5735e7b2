import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every Prometheus metric of one bot, in one registry (GET /metrics). One
 * registry per bot rather than prom-client's global one: tests run several
 * bots in one process, and each must count only its own work. Built once in
 * main.ts and handed to the few choke points that count: the HTTP hooks,
 * the job worker, the Discord REST client and the reward ledger.
 */
export interface Metrics {
  registry: Registry;
  /** A webhook answered: route template (`/webhook/votes/:guildId`) and outcome. */
  webhooks: Counter<'route' | 'outcome'>;
  /** Seconds from a webhook's arrival to its answer. */
  ackSeconds: Histogram<'route'>;
  /** Job attempts that succeeded, failed for good (dead letter) or will be retried. */
  jobs: Counter<'queue' | 'result'>;
  /** Discord REST calls that failed: Discord's JSON error code, else the HTTP status or network error. */
  discordErrors: Counter<'code' | 'status'>;
  /** Ledger rows that reached 'done': a reward actually given. */
  rewards: Counter<'kind'>;
  /** Votes stored but set aside unrewarded: the bot is not in their guild. */
  votesNotInGuild: Counter;
}

export type JobResult = 'completed' | 'failed' | 'retried';

export interface MetricsOptions {
  /** Jobs waiting per queue, read when Prometheus scrapes (one cheap SQL count). */
  queueDepth?: () => Promise<Array<{ queue: string; depth: number }>>;
  /** Per guild: votes Rankly counted this month that never arrived (jobs/missed-votes.ts), read when Prometheus scrapes. */
  missedVotes?: () => Promise<Array<{ guild: string; missed: number }>>;
}

export function createMetrics(opts: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rankly_' });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
    new Counter({ name, help, labelNames, registers: [registry] });
  const webhooks = counter(
    'rankly_webhooks_received_total',
    'Webhook requests answered, by route and outcome',
    ['route', 'outcome'],
  );
  const ackSeconds = new Histogram({
    name: 'rankly_webhook_ack_seconds',
    help: 'Time from receiving a webhook to answering it, in seconds (Rankly gives up after 5 s)',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const jobs = counter(
    'rankly_jobs_total',
    'Job attempts by queue and result: completed, retried (will run again) or failed (dead letter)',
    ['queue', 'result'],
  );
  const discordErrors = counter(
    'rankly_discord_api_errors_total',
    'Failed Discord REST calls, by Discord error code (or HTTP status / network error) and HTTP status',
    ['code', 'status'],
  );
  const rewards = counter(
    'rankly_rewards_granted_total',
    'Rewards given, by kind (role, currency, milestone, dm, announcement, reminder)',
    ['kind'],
  );
  const votesNotInGuild = counter(
    'rankly_votes_not_in_guild_total',
    'Votes stored but not rewarded because the bot is not in their guild',
  );
  const queueDepth = opts.queueDepth;
  if (queueDepth) {
    new Gauge({
      name: 'rankly_queue_depth',
      help: 'Jobs waiting in each queue (created or waiting for a retry), read at scrape time',
      labelNames: ['queue'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        // With the database down the other metrics are still worth a scrape;
        // the gauge is then left out rather than showing stale numbers.
        const depths = await queueDepth().catch(() => []);
        for (const { queue, depth } of depths) this.set({ queue }, depth);
      },
    });
  }
  const missedVotes = opts.missedVotes;
  if (missedVotes) {
    new Gauge({
      name: 'rankly_missed_votes',
      help: 'Votes Rankly counted this month (UTC) that never reached the bot, as of the last check (RANKLY_API_KEY)',
      labelNames: ['guild'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const { guild, missed } of await missedVotes().catch(() => [])) this.set({ guild }, missed);
      },
    });
  }
  return { registry, webhooks, ackSeconds, jobs, discordErrors, rewards, votesNotInGuild };
}
