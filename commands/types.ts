import type {
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Db } from '../src/db/client.js';
import type { DiscordActions } from '../src/discord/actions.js';
import type { EconomySettings } from '../src/economy/unbelievaboat.js';
import type { JobQueue } from '../src/jobs/boss.js';
import type { Logger } from '../src/log.js';
import type { RanklyApi } from '../src/rankly/api.js';

export interface CommandDeps {
  db: Db;
  queue: JobQueue;
  log: Logger;
  /** PUBLIC_URL: the listener's public base URL, for /setup webhook. */
  publicUrl: string | undefined;
  /** WEBHOOK_SECRET_GRACE_HOURS in ms: how long /setup webhook rotate keeps the old secret valid. */
  webhookSecretGraceMs?: number;
  /** RANKLY_WEBHOOK_AUTH is set: it covers the guilds without a secret of their own. */
  globalWebhookSecret?: boolean;
  /** OUTBOUND_WEBHOOKS_ALLOW_PRIVATE: /setup events may name private or loopback endpoints. */
  allowPrivateEventTargets?: boolean;
  /** Rankly's read API, with RANKLY_API_KEY: /votes show asks it whether a member can vote. */
  rankly?: RanklyApi;
  /** UNBELIEVABOAT_API_URL and ENCRYPTION_KEY, for /setup economy. */
  economy?: EconomySettings;
  /** The gateway's Discord actions: /shop delivers a bought role at once (the shop.deliver job otherwise). */
  discord?: DiscordActions;
  now: () => Date;
}

/** Every command runs in a server the gateway has loaded: guildId, guild and member are there. */
export type GuildCommand = ChatInputCommandInteraction<'cached'>;

/**
 * What the setup code reads of any interaction in a loaded server: a slash
 * command, a component of the guided setup or its modal's submit.
 */
export type GuildInteraction = Pick<
  GuildCommand,
  'guild' | 'guildId' | 'member' | 'memberPermissions' | 'user' | 'locale'
>;

export interface SlashCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: GuildCommand, deps: CommandDeps): Promise<void>;
}

/**
 * An expected failure to show the user as is ("not configured yet", "no
 * votes yet"): answered ephemerally, not logged as an error.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
