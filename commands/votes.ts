import { SlashCommandBuilder } from 'discord.js';
import { getLeaderboard, getMemberVoteStats } from '../src/db/vote-stats.js';
import { policyFrom } from '../src/domain/reward-policy.js';
import { embed, ephemeral, relativeTime } from './look.js';
import type { SlashCommand } from './types.js';

const periods = { week: 7, month: 30, all: null } as const;

/** /votes show [user] and /votes leaderboard [period]. */
export const votesCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('votes')
    .setDescription('Vote streaks, balances and the leaderboard')
    .setDMPermission(false)
    .addSubcommand((s) =>
      s
        .setName('show')
        .setDescription("Your votes (or another member's): streak, last vote, next vote, balance")
        .addUserOption((o) => o.setName('user').setDescription('Whose votes to show')),
    )
    .addSubcommand((s) =>
      s
        .setName('leaderboard')
        .setDescription('Top 10 voters of this server, and your rank')
        .addStringOption((o) =>
          o
            .setName('period')
            .setDescription('Which votes count (default: this month)')
            .addChoices(
              { name: 'Last 7 days', value: 'week' },
              { name: 'Last 30 days', value: 'month' },
              { name: 'All time', value: 'all' },
            ),
        ),
    )
    .toJSON(),

  async execute(interaction, deps) {
    const guildId = interaction.guildId as string;
    const now = (deps.now ?? (() => new Date()))();
    if (interaction.options.getSubcommand() === 'leaderboard') {
      const period = (interaction.options.getString('period') ?? 'month') as keyof typeof periods;
      const days = periods[period];
      const since = days === null ? null : new Date(now.getTime() - days * 86_400_000);
      const { top, caller } = await getLeaderboard(deps.db, guildId, since, interaction.user.id);
      const title = `🏆 Top voters${days === null ? ' of all time' : ` of the last ${days} days`}`;
      if (top.length === 0) {
        await interaction.reply({ embeds: [embed(title).setDescription('No votes yet. Be the first!')] });
        return;
      }
      const medal = (rank: number) => ['🥇', '🥈', '🥉'][rank - 1] ?? `**${rank}.**`;
      const lines = top.map(
        (r) => `${medal(r.rank)} <@${r.userId}>: ${r.votes} vote${r.votes === 1 ? '' : 's'}`,
      );
      const you = caller
        ? `You are #${caller.rank} with ${caller.votes} vote${caller.votes === 1 ? '' : 's'}.`
        : 'You have no votes in this period yet.';
      await interaction.reply({
        embeds: [embed(title).setDescription(lines.join('\n')).addFields({ name: 'You', value: you })],
        allowedMentions: { parse: [] },
      });
      return;
    }

    const user = interaction.options.getUser('user') ?? interaction.user;
    const [stats, config] = await Promise.all([
      getMemberVoteStats(deps.db, guildId, user.id),
      deps.db.guildConfig.findUnique({ where: { guildId } }),
    ]);
    const policy = policyFrom(config);
    const cooldownHours = config?.voteCooldownHours ?? 12;
    const self = user.id === interaction.user.id;
    if (stats.votes === 0) {
      await interaction.reply({
        content: self
          ? 'You have not voted for this server yet. Vote on Rankly to start a streak!'
          : `<@${user.id}> has not voted for this server yet.`,
        flags: ephemeral,
        allowedMentions: { parse: [] },
      });
      return;
    }
    // A streak whose window has passed is broken, even before the next vote records it.
    const streakAlive =
      stats.lastVoteAt !== null &&
      now.getTime() - stats.lastVoteAt.getTime() <= policy.streakWindowHours * 3_600_000;
    const nextVote = stats.lastVoteAt
      ? new Date(stats.lastVoteAt.getTime() + cooldownHours * 3_600_000)
      : null;
    const reply = embed(`🗳️ Votes of ${user.displayName}`)
      .setThumbnail(user.displayAvatarURL())
      .addFields(
        { name: 'Votes', value: String(stats.votes), inline: true },
        { name: 'Streak', value: String(streakAlive ? stats.currentStreak : 0), inline: true },
        { name: 'Best streak', value: String(stats.bestStreak), inline: true },
        {
          name: 'Last vote',
          value: stats.lastVoteAt ? relativeTime(stats.lastVoteAt) : 'never',
          inline: true,
        },
        {
          name: 'Next vote',
          value: !nextVote || nextVote <= now ? 'now' : relativeTime(nextVote),
          inline: true,
        },
        { name: 'Balance', value: `${stats.balance} ${policy.currencyName}`, inline: true },
      );
    await interaction.reply({ embeds: [reply] });
  },
};
