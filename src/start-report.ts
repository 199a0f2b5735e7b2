import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import type { Logger } from './log.js';

/**
 * What a starting process tells its operator: where it listens, what it
 * runs and on which database, and what is missing for it to do its job.
 */

/** The URL the listener answers on here (the loopback address when it listens on all of them). */
export function listenerUrl(config: Config, address: string | AddressInfo | null, tls: boolean): string {
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  return `${tls ? 'https' : 'http'}://${host}:${port}`;
}

/** Logged once Discord has been set off and before the listener starts. */
export function warnIfListenerOnly(config: Config, log: Logger): void {
  const usesDiscord = config.RUN.includes('worker') || config.RUN.includes('gateway');
  if (!config.DISCORD_TOKEN && usesDiscord) {
    log.warn(
      'DISCORD_TOKEN is not set: running as a listener only. Webhooks are accepted and stored; ' +
        'rewards wait until the bot runs with a token.',
    );
  }
}

/** Logged once the listener runs: the line the README's quick start shows. */
export function reportListening(
  config: Config,
  log: Logger,
  facts: { url: string; database: string; discord: string },
): void {
  const { url, database } = facts;
  const web = config.RUN.includes('web');
  log.info(
    {
      url,
      database,
      roles: config.RUN,
      ...(config.SHARD_IDS ? { shards: config.SHARD_IDS, shardCount: config.SHARD_COUNT } : {}),
      discord: facts.discord,
    },
    `listening on ${url} (${web ? `webhooks: POST ${url}/webhook/votes` : 'health only'}), ` +
      `running ${config.RUN.join(', ')}, database: ${database}`,
  );
  if (!config.RANKLY_WEBHOOK_AUTH && web) {
    log.warn(
      config.ALLOW_UNAUTHENTICATED_WEBHOOKS
        ? 'ALLOW_UNAUTHENTICATED_WEBHOOKS is on and RANKLY_WEBHOOK_AUTH is not set: /webhook/votes accepts ' +
            'votes from anyone for guilds without their own secret. For local development only.'
        : 'RANKLY_WEBHOOK_AUTH is not set: /webhook/votes refuses votes (401) for guilds without their own ' +
            "secret. Set it and paste the same value into the Authorization field of Rankly's webhook " +
            'settings, or give each guild its own with /setup webhook.',
    );
  }
}
