import { SlashCommandBuilder } from 'discord.js';
import { getPremiumStatus } from '../src/db/entitlements.js';
import { dateTime, embed } from './look.js';
import type { SlashCommand } from './types.js';

type Status = Awaited<ReturnType<typeof getPremiumStatus>>['user'];

function describe(status: Status): string {
  if (!status) return 'None';
  const lines = [`**${status.tier}**: ${status.active ? 'active' : status.status}`];
  lines.push(`Since ${dateTime(status.since)}`);
  if (status.lifetime) lines.push('Lifetime');
  else if (status.until) lines.push(`${status.active ? 'Until' : 'Ended'} ${dateTime(status.until)}`);
  if (status.active && status.autoRenew) lines.push('Renews automatically');
  if (status.giftedBy) lines.push(`Gifted by <@${status.giftedBy}>`);
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
    const user = interaction.options.getUser('user') ?? interaction.user;
    const status = await getPremiumStatus(
      deps.db,
      { userId: user.id, guildId: interaction.guildId ?? undefined },
      deps.now(),
    );
    await interaction.reply({
      embeds: [
        embed(`💎 Premium of ${user.displayName}`).addFields(
          { name: 'User premium', value: describe(status.user) },
          { name: 'This server', value: describe(status.guild) },
        ),
      ],
      allowedMentions: { parse: [] },
    });
  },
};
