import type { Config } from './config.js';
import type { QueueOptions } from './jobs/boss.js';

/**
 * What the slash commands and the job handlers take from the configuration,
 * read off it in one place for main.ts (which adds the live parts: the
 * database, the queue, Discord, the clock).
 */

/** Guilds' UnbelievaBoat payments (README "Economy"): off without ENCRYPTION_KEY. */
export function economySettings(config: Config) {
  return {
    apiUrl: config.UNBELIEVABOAT_API_URL,
    ...(config.ENCRYPTION_KEY ? { key: config.ENCRYPTION_KEY } : {}),
  };
}

/** The configured part of the slash commands' CommandDeps. */
export function commandSettings(config: Config) {
  return {
    publicUrl: config.PUBLIC_URL,
    webhookSecretGraceMs: config.WEBHOOK_SECRET_GRACE_HOURS * 3_600_000,
    globalWebhookSecret: Boolean(config.RANKLY_WEBHOOK_AUTH),
    allowPrivateEventTargets: config.OUTBOUND_WEBHOOKS_ALLOW_PRIVATE,
    economy: economySettings(config),
  };
}

/** The configured part of the job handlers' deps (jobs/handlers.ts). */
export function jobSettings(config: Config, retry: QueueOptions['retry']) {
  return {
    premiumReminderHours: config.PREMIUM_REMINDER_HOURS,
    dmsClosedForMs: config.DMS_CLOSED_DAYS * 86_400_000,
    announceBatchMs: config.ANNOUNCE_BATCH_MS,
    economy: economySettings(config),
    botVoteReward: { currency: config.BOT_VOTE_CURRENCY, roleId: config.BOT_VOTE_ROLE_ID ?? null },
    events: {
      allowPrivate: config.OUTBOUND_WEBHOOKS_ALLOW_PRIVATE,
      // Tests' short retry policy covers event deliveries too.
      ...(retry?.retryDelay !== undefined
        ? { retryBaseMs: retry.retryDelay * 1000, retryBackoff: retry.retryBackoff ?? true }
        : {}),
    },
  };
}
