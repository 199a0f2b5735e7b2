import type { EmbedBuilder } from 'discord.js';
import { guildSecretState, newWebhookSecret, rotateGuildSecret } from '../../src/db/webhook-secrets.js';
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
): Promise<{ embed: EmbedBuilder; store?: () => Promise<void> }> {
  const now = deps.now();
  const { own } = await guildSecretState(deps.db, guildId, now);
  const url = webhookUrl(deps, guildId);
  const reply = embed('🔗 Rankly webhook').addFields({ name: 'Webhook URL', value: `\`${url}\`` });
  if (!deps.publicUrl) {
    reply.addFields({
      name: 'Note',
      value: 'The bot does not know its public address: ask its operator to set PUBLIC_URL.',
    });
  }
  if (own && !rotate) {
    reply.setDescription(
      'This server has a secret already. It is stored only as a hash, so it cannot be shown again; use `/setup webhook rotate: True` to make a new one.',
    );
    return { embed: reply };
  }
  // Shown once, stored as a hash: the bot cannot leak what it does not keep.
  const secret = newWebhookSecret();
  const graceMs = deps.webhookSecretGraceMs ?? 24 * 3_600_000;
  const previousUntil = own && graceMs > 0 ? new Date(now.getTime() + graceMs) : null;
  reply.setDescription(
    [
      'Paste these into Rankly: Server Settings → Vote Webhooks. **The secret is shown only now.**',
      own
        ? previousUntil
          ? `The previous secret keeps working until ${dateTime(previousUntil)} (${relativeTime(previousUntil)}), so votes are not lost while you update Rankly.`
          : 'The previous secret no longer works.'
        : "From now on this server's votes need this secret; the bot-wide one no longer applies here.",
    ].join('\n'),
  );
  reply.addFields({ name: 'Authorization', value: `\`${secret}\`` });
  const store = async () => {
    try {
      await rotateGuildSecret(deps.db, guildId, secret, previousUntil);
    } catch (err) {
      deps.log.error({ err }, 'could not store a new webhook secret');
      throw new UserFacingError(
        'The new secret could not be saved, so it does not work; the previous one still does. Run `/setup webhook rotate: True` again.',
      );
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
    );
    await interaction.reply({ embeds: [details.embed], flags: ephemeral });
    await details.store?.();
  },
};
