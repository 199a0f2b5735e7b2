import type { Db } from '../db/client.js';
import { openGuidedSetup } from '../db/guided-setup.js';
import type { DiscordActions } from '../discord/actions.js';
import { guildLanguage } from '../domain/vote-message.js';
import type { Logger } from '../log.js';
import { t } from '../messages/index.js';

/**
 * vote.test: Rankly's "Test Webhook" button reached us. Mark it on the
 * guild's open guided setup message (/setup start) and tell the log channel
 * (if one is set) that the wiring works. Never grants anything.
 */
export async function announceTestDelivery(
  deps: { db: Db; discord: DiscordActions; log: Logger; now: () => Date },
  data: { guildId: string; userId: string; votedAt: string },
): Promise<void> {
  const now = deps.now();
  // Remembered for /setup status: the wiring from Rankly to the bot works.
  const config = await deps.db.guildConfig.upsert({
    where: { guildId: data.guildId },
    create: { guildId: data.guildId, testDeliveryAt: now },
    update: { testDeliveryAt: now },
    select: { logChannelId: true, language: true },
  });
  await markGuidedSetup(deps, data.guildId, now);
  if (!config.logChannelId) return;
  // The log channel is the staff's: in the guild's language, as its alerts are (guild-alerts.ts).
  const locale = guildLanguage(config.language, deps.discord.guildLocale?.(data.guildId));
  await deps.discord.sendMessage(
    config.logChannelId,
    t('alert.testDelivery', { user: `<@${data.userId}>`, votedAt: data.votedAt }, locale),
  );
}

/**
 * The guided setup message's first line says the test delivery arrived:
 * only that line (`content`) is edited, the choices below stay as they are.
 * Best effort: a message closed or a token expired meanwhile costs nothing
 * but the mark, and an edit is safe to repeat if the job runs again.
 */
async function markGuidedSetup(
  deps: { db: Db; discord: DiscordActions; log: Logger },
  guildId: string,
  now: Date,
): Promise<void> {
  const guided = await openGuidedSetup(deps.db, guildId, now);
  if (!guided) return;
  const content = t(
    'guided.testReceived',
    { when: `<t:${Math.floor(now.getTime() / 1000)}:R>` },
    guided.locale,
  );
  try {
    await deps.discord.editInteractionReply(guided.applicationId, guided.token, { content });
    deps.log.info({ guildId }, 'guided setup message marks the test delivery');
  } catch (err) {
    // The error's URL holds the token: log.ts's error serializer redacts it.
    deps.log.warn({ guildId, err }, 'could not mark the test delivery on the guided setup message');
  }
}
