import type { Db } from '../db/client.js';
import type { EconomySettings } from '../economy/unbelievaboat.js';
import type { JobQueue } from '../jobs/boss.js';
import type { Logger } from '../log.js';
import type { GuildAccess } from './guild-access.js';
import type { OAuthSettings } from './oauth.js';

/** What the dashboard is built from (main.ts makes it when the OAuth2 settings are there). */
export interface DashboardDeps {
  db: Db;
  queue: JobQueue;
  log: Logger;
  oauth: OAuthSettings;
  /** PUBLIC_URL without a trailing slash: the only Origin a form may be posted from. */
  publicUrl: string;
  guildAccess: GuildAccess;
  /** ENCRYPTION_KEY: Discord's access token is kept encrypted with it, or not at all without it. */
  encryptionKey: Buffer | undefined;
  /** WEBHOOK_SECRET_GRACE_HOURS in ms. */
  webhookSecretGraceMs: number;
  /** RANKLY_WEBHOOK_AUTH is set (the checklist's webhook step). */
  globalWebhookSecret: boolean;
  /** UNBELIEVABOAT_API_URL and ENCRYPTION_KEY, as /setup economy has them (wiring.ts). */
  economy: EconomySettings;
  /** OUTBOUND_WEBHOOKS_ALLOW_PRIVATE, as /setup events has it. */
  allowPrivateEventTargets: boolean;
  now: () => Date;
}

/** Why /dashboard is off, naming what to set; null when it can run. */
export function dashboardMissing(config: {
  DISCORD_CLIENT_ID?: string;
  DISCORD_CLIENT_SECRET?: string;
  PUBLIC_URL?: string;
  DISCORD_TOKEN?: string;
}): string[] {
  return [
    ['DISCORD_CLIENT_ID', config.DISCORD_CLIENT_ID],
    ['DISCORD_CLIENT_SECRET', config.DISCORD_CLIENT_SECRET],
    ['PUBLIC_URL', config.PUBLIC_URL],
    ['DISCORD_TOKEN', config.DISCORD_TOKEN],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name as string);
}
