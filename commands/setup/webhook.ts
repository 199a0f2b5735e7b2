import type { EmbedBuilder } from 'discord.js';
import { guildSecretState, newWebhookSecret, rotateGuildSecret } from '../../src/db/webhook-secrets.js';
import { type MessageKey, type MessageValues, t } from '../../src/messages/index.js';
import { dateTime, embed, ephemeral, relativeTime } from '../look.js';
import { type CommandDeps, UserFacingError } from '../types.js';
import { type SetupSubcommand, webhookUrl } from './subcommand.js';

/**
 * This guild's webhook URL and, when it has no secret of its own yet or
 * `rotate` asks for one, a new secret: what /setup webhook and the guided
 * setup's Finish show. A new secret comes with `store`, to call once the
 * message showing it reached Discord: a secret the admin never saw must not
 * replace theirs.
 */
export async function webhookDetails(
  deps: CommandDeps,
  guildId: string,
  rotate: boolean,
  locale = 'en',
): Promise<{ embed: EmbedBuilder; store?: () => Promise<void> }> {
  const say = (key: MessageKey, values: MessageValues = {}) => t(key, values, locale);
  const now = deps.now();
  const { own } = await guildSecretState(deps.db, guildId, now);
  const url = webhookUrl(deps, guildId);
  const reply = embed(say('webhook.title')).addFields({ name: say('webhook.urlField'), value: `\`${url}\`` });
  if (!deps.publicUrl) reply.addFields({ name: say('webhook.noteField'), value: say('webhook.noPublicUrl') });
  if (own && !rotate) {
    reply.setDescription(say('webhook.hasSecret'));
    return { embed: reply };
  }
  // Shown once, stored as a hash: the bot cannot leak what it does not keep.
  const secret = newWebhookSecret();
  const graceMs = deps.webhookSecretGraceMs ?? 24 * 3_600_000;
  const previousUntil = own && graceMs > 0 ? new Date(now.getTime() + graceMs) : null;
  reply.setDescription(
    [
      say('webhook.pasteThese'),
      own
        ? previousUntil
          ? say('webhook.previousUntil', {
              until: dateTime(previousUntil),
              relative: relativeTime(previousUntil),
            })
          : say('webhook.previousGone')
        : say('webhook.firstSecret'),
    ].join('\n'),
  );
  reply.addFields({ name: 'Authorization', value: `\`${secret}\`` });
  const store = async () => {
    try {
      await rotateGuildSecret(deps.db, guildId, secret, previousUntil);
    } catch (err) {
      deps.log.error({ err }, 'could not store a new webhook secret');
      throw new UserFacingError(say('webhook.notStored'));
    }
  };
  return { embed: reply, store };
}

export const webhookSubcommand: SetupSubcommand = {
  name: 'webhook',
  description: "This server's webhook URL and secret for Rankly",
  action: 'settings',
  options: (s) =>
    s.addBooleanOption((o) =>
      o.setName('rotate').setDescription('Make a new secret (the old one keeps working for a grace period)'),
    ),
  async run(interaction, deps) {
    const details = await webhookDetails(
      deps,
      interaction.guildId,
      interaction.options.getBoolean('rotate') ?? false,
      interaction.locale,
    );
    await interaction.reply({ embeds: [details.embed], flags: ephemeral });
    await details.store?.();
  },
};
