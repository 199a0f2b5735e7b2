import { SlashCommandBuilder } from 'discord.js';
import { getPremiumStatus } from '../src/db/entitlements.js';
import { t } from '../src/messages/index.js';
import { dateTime, embed } from './look.js';
import type { SlashCommand } from './types.js';

type Status = Awaited<ReturnType<typeof getPremiumStatus>>['user'];

function describe(status: Status, locale: string): string {
  if (!status) return t('premium.none', {}, locale);
  const lines = [`**${status.tier}**: ${t('premium.status', { status: status.status }, locale)}`];
  // Discord renders <t:…:f> in the reader's own language and time zone.
  lines.push(t('premium.since', { date: dateTime(status.since) }, locale));
  if (status.lifetime) lines.push(t('premium.lifetime', {}, locale));
  else if (status.until)
    lines.push(
      t(status.active ? 'premium.until' : 'premium.ended', { date: dateTime(status.until) }, locale),
    );
  if (status.active && status.autoRenew) lines.push(t('premium.renews', {}, locale));
  if (status.giftedBy) lines.push(t('premium.giftedBy', { user: `<@${status.giftedBy}>` }, locale));
  return lines.join('\n');
}

/** /premium [user]: a user's premium and this server's. */
export const premiumCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('premium')
    .setDescription("Your premium (or another member's) and this server's")
    .setDMPermission(false)
    .addUserOption((o) => o.setName('user').setDescription('Whose premium to show'))
    .toJSON(),

  async execute(interaction, deps) {
    const { locale } = interaction;
    const user = interaction.options.getUser('user') ?? interaction.user;
    const status = await getPremiumStatus(
      deps.db,
      { userId: user.id, guildId: interaction.guildId ?? undefined },
      deps.now(),
    );
    await interaction.reply({
      embeds: [
        embed(t('premium.title', { name: user.displayName }, locale)).addFields(
          { name: t('premium.userField', {}, locale), value: describe(status.user, locale) },
          { name: t('premium.guildField', {}, locale), value: describe(status.guild, locale) },
        ),
      ],
      allowedMentions: { parse: [] },
    });
  },
};
