import { DefaultRestOptions, REST } from 'discord.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { discordRestOptions } from '../discord/client.js';
import type { JobQueue } from '../jobs/boss.js';
import type { Logger } from '../log.js';
import { economySettings } from '../wiring.js';
import { type DashboardDeps, dashboardMissing } from './deps.js';
import { createGuildAccess } from './guild-access.js';

/**
 * The dashboard's parts, from the configuration (main.ts calls this for a
 * process with the web role). It reads guilds with the bot's token over its
 * own REST client, so it works in a `web`-only process; `destroy` stops that
 * client's timers.
 */
export function createDashboard(
  config: Config,
  parts: { db: Db; queue: JobQueue; log: Logger; now: () => Date },
): { deps: DashboardDeps | { missing: string[] }; destroy(): Promise<void> } {
  const missing = dashboardMissing(config);
  const { DISCORD_CLIENT_ID, DISCORD_CLIENT_SECRET, PUBLIC_URL, DISCORD_TOKEN } = config;
  if (missing.length > 0 || !DISCORD_CLIENT_ID || !DISCORD_CLIENT_SECRET || !PUBLIC_URL || !DISCORD_TOKEN)
    return { deps: { missing }, destroy: async () => {} };
  const apiUrl = config.DISCORD_API_URL ?? DefaultRestOptions.api;
  const rest = new REST(
    discordRestOptions({
      apiUrl,
      restTimeoutMs: config.DISCORD_REST_TIMEOUT_MS,
      globalRateLimit: config.DISCORD_GLOBAL_RATE_LIMIT,
    }),
  ).setToken(DISCORD_TOKEN);
  const publicUrl = PUBLIC_URL.replace(/\/+$/, '');
  return {
    deps: {
      ...parts,
      log: parts.log.child({ component: 'dashboard' }),
      oauth: {
        clientId: DISCORD_CLIENT_ID,
        clientSecret: DISCORD_CLIENT_SECRET,
        redirectUri: `${publicUrl}/dashboard/callback`,
        apiUrl,
      },
      publicUrl,
      guildAccess: createGuildAccess(rest),
      encryptionKey: config.ENCRYPTION_KEY,
      webhookSecretGraceMs: config.WEBHOOK_SECRET_GRACE_HOURS * 3_600_000,
      globalWebhookSecret: Boolean(config.RANKLY_WEBHOOK_AUTH),
      // The same values the slash commands get (wiring.ts commandSettings), so both refuse alike.
      economy: economySettings(config),
      allowPrivateEventTargets: config.OUTBOUND_WEBHOOKS_ALLOW_PRIVATE,
    },
    async destroy() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
