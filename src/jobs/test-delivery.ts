import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import type { Logger } from '../log.js';

/**
 * vote.test: Rankly's "Test Webhook" button reached us. Tell the guild's log
 * channel (if one is set) that the wiring works. Never grants anything.
 */
export async function announceTestDelivery(
  deps: { db: Db; discord: DiscordActions; log: Logger },
  data: { guildId: string; userId: string; votedAt: string },
): Promise<void> {
  const config = await deps.db.guildConfig.findUnique({
    where: { guildId: data.guildId },
    select: { logChannelId: true },
  });
  if (!config?.logChannelId) return;
  await deps.discord.sendMessage(
    config.logChannelId,
    `✅ Rankly test webhook received (user <@${data.userId}>, ${data.votedAt}). ` +
      'The webhook URL and secret work; test deliveries never grant rewards.',
  );
}
