import type {
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Db } from '../src/db/client.js';
import type { JobQueue } from '../src/jobs/boss.js';
import type { Logger } from '../src/log.js';

export interface CommandDeps {
  db: Db;
  queue: JobQueue;
  log: Logger;
  /** PUBLIC_URL: the listener's public base URL, for /setup webhook. */
  publicUrl: string | undefined;
  /** WEBHOOK_SECRET_GRACE_HOURS in ms: how long /setup webhook rotate keeps the old secret valid. */
  webhookSecretGraceMs?: number;
  now: () => Date;
}

export interface SlashCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, deps: CommandDeps): Promise<void>;
}

/**
 * An expected failure to show the user as is ("not configured yet", "no
 * votes yet"): answered ephemerally, not logged as an error.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
