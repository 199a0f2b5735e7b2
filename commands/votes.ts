import { SlashCommandBuilder } from 'discord.js';
import { goalProgress } from '../src/db/goal.js';
import { getLeaderboard, getMemberVoteStats, getUncreditedVotes } from '../src/db/vote-stats.js';
import { policyFrom } from '../src/domain/reward-policy.js';
import { streakStands } from '../src/domain/streak.js';
import { currencyNoun } from '../src/domain/vote-message.js';
import { formatNumber, formatRelativeTime, t } from '../src/messages/index.js';
import { goalField } from './goal-view.js';
import { embed, ephemeral, relativeTime, shortTime } from './look.js';
import { periodChoices, showVoteStats } from './stats.js';
import { type CommandDeps, type GuildCommand, type SlashCommand, UserFacingError } from './types.js';
import { protectionOf, tierFields } from './votes-loyalty.js';

const leaderboardPeriods = ['week', 'month', 'all'] as const;

/** /votes show [user], /votes leaderboard [period], /votes remind and /votes stats [period] [private]. */
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
              { name: 'This week (UTC, from Monday)', value: 'week' },
              { name: 'This month (UTC)', value: 'month' },
              { name: 'All time', value: 'all' },
            ),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('remind')
        .setDescription('A DM when you can vote again')
        .addStringOption((o) =>
          o
            .setName('state')
            .setDescription('On or off')
            .setRequired(true)
            .addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('stats')
        .setDescription('Vote trends of this server: a chart of votes per day and voting patterns')
        .addStringOption((o) =>
          o
            .setName('period')
            .setDescription('Which days (default: the last 30)')
            .addChoices(...periodChoices),
        )
        .addBooleanOption((o) =>
          o.setName('private').setDescription('Only you see the answer (default: the whole channel)'),
        ),
    )
    .toJSON(),

  async execute(interaction, deps) {
    const { guildId, locale } = interaction;
    const now = deps.now();
    if (interaction.options.getSubcommand() === 'stats') return showVoteStats(interaction, deps);
    if (interaction.options.getSubcommand() === 'remind') return setReminder(interaction, deps, now);
    if (interaction.options.getSubcommand() === 'leaderboard') {
      const period = (interaction.options.getString('period') ??
        'month') as (typeof leaderboardPeriods)[number];
      if (!leaderboardPeriods.includes(period)) throw new UserFacingError(t('votes.pickPeriod', {}, locale));
      const { top, caller } = await getLeaderboard(deps.db, guildId, period, interaction.user.id, { now });
      const title = t('votes.leaderboardTitle', { period }, locale);
      if (top.length === 0) {
        await interaction.reply({
          embeds: [embed(title).setDescription(t('votes.leaderboardEmpty', {}, locale))],
        });
        return;
      }
      const medal = (rank: number) => ['🥇', '🥈', '🥉'][rank - 1] ?? `**${rank}.**`;
      const lines = top.map((r) =>
        t('votes.leaderboardLine', { medal: medal(r.rank), user: `<@${r.userId}>`, n: r.votes }, locale),
      );
      const you = caller
        ? t('votes.callerRank', { rank: caller.rank, n: caller.votes }, locale)
        : t('votes.callerNone', {}, locale);
      await interaction.reply({
        embeds: [
          embed(title)
            .setDescription(lines.join('\n'))
            .addFields({ name: t('votes.you', {}, locale), value: you }),
        ],
        allowedMentions: { parse: [] },
      });
      return;
    }

    const user = interaction.options.getUser('user') ?? interaction.user;
    const [stats, config, goal] = await Promise.all([
      getMemberVoteStats(deps.db, guildId, user.id),
      deps.db.guildConfig.findUnique({ where: { guildId } }),
      goalProgress(deps.db, guildId, now),
    ]);
    const policy = policyFrom(config);
    const cooldownHours = config?.voteCooldownHours ?? 12;
    const self = user.id === interaction.user.id;
    if (stats.votes === 0) {
      const uncredited = await getUncreditedVotes(deps.db, guildId, user.id);
      const who = self ? t('votes.you', {}, locale) : `<@${user.id}>`;
      const reasons = uncredited.reasons.join('; ') || t('votes.noReason', {}, locale);
      await interaction.reply({
        content:
          uncredited.count > 0
            ? `${who}: ${t('votes.noneCredited', { n: uncredited.count, reasons }, locale)}`
            : self
              ? t('votes.notVotedSelf', {}, locale)
              : t('votes.notVotedOther', { user: `<@${user.id}>` }, locale),
        flags: ephemeral,
        allowedMentions: { parse: [] },
      });
      return;
    }
    // A streak whose window has passed is broken, even before the next vote records it.
    // With streak protection left this month, a missed window does not break it yet.
    const protection = protectionOf(config, stats, now, locale);
    const streakAlive = streakStands(stats.lastVoteAt, now, policy.streakWindowHours, protection.available);
    const nextVote = stats.lastVoteAt
      ? new Date(stats.lastVoteAt.getTime() + cooldownHours * 3_600_000)
      : null;
    // Rankly itself knows, for the server its API key belongs to (the one its counts were checked for).
    const canVote = deps.rankly && config?.ranklyCheckedAt ? await deps.rankly.canVote(user.id) : null;
    const votableNow = t('votes.now', {}, locale);
    // Written out in the member's language ("in 3 Stunden"), with the clock time Discord shows in their time zone.
    const ownGuess =
      !nextVote || nextVote <= now
        ? votableNow
        : `${formatRelativeTime(nextVote, now, locale)} · ${shortTime(nextVote)}`;
    const nextVoteText =
      canVote === null
        ? ownGuess
        : canVote
          ? votableNow
          : ownGuess === votableNow
            ? t('votes.notYet', {}, locale)
            : ownGuess;
    const loyalty = await tierFields(deps, config, guildId, user.id, now, locale);
    const field = (key: Parameters<typeof t>[0], value: string) => ({
      name: t(key, {}, locale),
      value,
      inline: true,
    });
    const reply = embed(t('votes.showTitle', { name: user.displayName }, locale))
      .setThumbnail(user.displayAvatarURL())
      .addFields(
        field('votes.field.votes', formatNumber(stats.votes, locale)),
        field('votes.field.streak', formatNumber(streakAlive ? stats.currentStreak : 0, locale)),
        field('votes.field.bestStreak', formatNumber(stats.bestStreak, locale)),
        // Discord renders <t:…:R> in the reader's own language and time zone.
        field(
          'votes.field.lastVote',
          stats.lastVoteAt ? relativeTime(stats.lastVoteAt) : t('votes.never', {}, locale),
        ),
        field('votes.field.nextVote', nextVoteText),
        field(
          'votes.field.balance',
          t(
            'reward.currency',
            { amount: stats.balance, currency: currencyNoun(policy.currencyName, stats.balance, locale) },
            locale,
          ),
        ),
        ...protection.field,
        ...loyalty,
      );
    if (goal) reply.addFields(goalField(goal, policy.currencyName, locale));
    await interaction.reply({ embeds: [reply] });
  },
};

async function setReminder(interaction: GuildCommand, deps: CommandDeps, now: Date) {
  const { guildId, locale } = interaction;
  const userId = interaction.user.id;
  const on = interaction.options.getString('state', true) === 'on';
  await deps.db.member.upsert({
    where: { guildId_userId: { guildId, userId } },
    create: { guildId, userId, remindEnabled: on },
    update: { remindEnabled: on },
  });
  if (!on) {
    await interaction.reply({ content: t('votes.remindOff', {}, locale), flags: ephemeral });
    return;
  }
  const [latest, config, user] = await Promise.all([
    deps.db.vote.findFirst({ where: { guildId, userId }, orderBy: { votedAt: 'desc' } }),
    deps.db.guildConfig.findUnique({ where: { guildId }, select: { voteCooldownHours: true } }),
    deps.db.discordUser.findUnique({ where: { userId } }),
  ]);
  if (user?.dmsClosedAt) {
    // Give DMs another chance: the member asked for them.
    await deps.db.discordUser.update({ where: { userId }, data: { dmsClosedAt: null } });
  }
  const due = latest
    ? new Date(latest.votedAt.getTime() + (config?.voteCooldownHours ?? 12) * 3_600_000)
    : null;
  if (latest && due && due > now) {
    await deps.queue.send(
      'voteRemind',
      { guildId, userId, voteId: latest.id.toString() },
      { startAfter: due },
    );
  }
  await interaction.reply({
    content:
      due && due > now
        ? t('votes.remindOnNext', { when: relativeTime(due) }, locale)
        : t('votes.remindOn', {}, locale),
    flags: ephemeral,
  });
}
