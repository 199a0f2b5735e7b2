import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import type { Logger } from '../log.js';

/**
 * vote.test: Rankly's "Test Webhook" button reached us. Tell the guild's log
 * channel (if one is set) that the wiring works. Never grants anything.
 */
export async function announceTestDelivery(
  deps: { db: Db; discord: DiscordActions; log: Logger; now: () => Date },
  data: { guildId: string; userId: string; votedAt: string },
): Promise<void> {
  // Remembered for /setup status: the wiring from Rankly to the bot works.
  const config = await deps.db.guildConfig.upsert({
    where: { guildId: data.guildId },
    create: { guildId: data.guildId, testDeliveryAt: deps.now() },
    update: { testDeliveryAt: deps.now() },
    select: { logChannelId: true },
  });
  if (!config.logChannelId) return;
  await deps.discord.sendMessage(
    config.logChannelId,
    `✅ Rankly test webhook received (user <@${data.userId}>, ${data.votedAt}). ` +
      'The webhook URL and secret work; test deliveries never grant rewards.',
  );
}
